/**
 * Runs `work` on every item, at most `limit` at a time, and settles once all have: many small
 * asynchronous file operations then overlap (each waits for the event loop and the thread pool,
 * which on a busy main thread costs more than the operation itself) without queueing thousands
 * at once ahead of everyone else's. Rejects with the first error, after the items under way have
 * settled; items not yet started are not started.
 */
export async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
	let next = 0;
	let failure: { error: unknown } | undefined;
	const worker = async () => {
		while (failure === undefined && next < items.length) {
			const index = next++;
			try {
				await work(items[index]!, index);
			} catch (error) {
				failure ??= { error };
			}
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
	if (failure !== undefined) throw failure.error;
}
