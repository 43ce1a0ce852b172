/**
 * Hands out the values of `loads` in their order as soon as they can be: a value goes out once it
 * and every value before it have arrived, in batches, so a list built from them grows from the top
 * and never reorders. Resolves when all have gone out; rejects as soon as one load fails.
 */
export async function inOrder<T>(loads: readonly Promise<T>[], show: (batch: T[], isFirst: boolean) => void): Promise<void> {
	const values: T[] = new Array<T>(loads.length);
	const arrived: boolean[] = new Array<boolean>(loads.length).fill(false);
	let next = 0;
	await Promise.all(
		loads.map(async (load, position) => {
			values[position] = await load;
			arrived[position] = true;
			const isFirst = next === 0;
			const batch: T[] = [];
			while (next < loads.length && arrived[next]) batch.push(values[next++]!);
			if (batch.length > 0) show(batch, isFirst);
		}),
	);
}
