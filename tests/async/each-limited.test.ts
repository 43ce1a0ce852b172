import { describe, expect, it } from 'vitest';
import { eachLimited } from '../../src/lib/async/each-limited.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('eachLimited', () => {
	it('runs the work on every item with its index, never more than the limit at once', async () => {
		let running = 0;
		let most = 0;
		const seen: [string, number][] = [];
		await eachLimited(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 3, async (item, index) => {
			most = Math.max(most, ++running);
			await tick();
			seen.push([item, index]);
			running--;
		});
		expect(most).toBe(3);
		expect(seen.sort()).toEqual([
			['a', 0],
			['b', 1],
			['c', 2],
			['d', 3],
			['e', 4],
			['f', 5],
			['g', 6],
		]);
		await expect(eachLimited([], 4, async () => {})).resolves.toBeUndefined();
	});

	it('rejects with the first error once the items under way have settled, and starts no other', async () => {
		const started: number[] = [];
		const settled: number[] = [];
		const outcome = eachLimited([0, 1, 2, 3, 4, 5], 2, async (item) => {
			started.push(item);
			await tick();
			if (item === 0) throw new Error('item 0 failed');
			await tick();
			settled.push(item);
		});
		await expect(outcome).rejects.toThrow('item 0 failed');
		expect(started).toEqual([0, 1]);
		expect(settled).toEqual([1]);
	});
});
