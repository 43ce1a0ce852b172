import { describe, expect, it } from 'vitest';
import { inOrder } from '../../src/components/search/in-order.ts';

/** A promise and the functions that settle it. */
function deferred<T>() {
	let resolve!: (value: T) => void;
	let reject!: (reason: unknown) => void;
	const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
	return { promise, resolve, reject };
}

describe('inOrder', () => {
	it('hands values out in order, each as soon as those before it have arrived', async () => {
		const loads = [deferred<string>(), deferred<string>(), deferred<string>(), deferred<string>()];
		const batches: [string[], boolean][] = [];
		const done = inOrder(
			loads.map((load) => load.promise),
			(batch, isFirst) => batches.push([batch, isFirst]),
		);
		loads[2]!.resolve('c');
		await Promise.resolve();
		expect(batches).toEqual([]);
		loads[0]!.resolve('a');
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(batches).toEqual([[['a'], true]]);
		loads[1]!.resolve('b');
		loads[3]!.resolve('d');
		await done;
		expect(batches).toEqual([
			[['a'], true],
			[['b', 'c'], false],
			[['d'], false],
		]);
	});

	it('hands nothing out for no loads, and rejects when a load fails', async () => {
		const batches: unknown[] = [];
		await inOrder([], (batch) => batches.push(batch));
		expect(batches).toEqual([]);
		await expect(inOrder([Promise.resolve(1), Promise.reject(new Error('404'))], () => undefined)).rejects.toThrow('404');
	});
});
