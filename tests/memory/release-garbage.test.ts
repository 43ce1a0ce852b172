import { describe, expect, it } from 'vitest';
import { releaseGarbage } from '../../src/lib/build/release-garbage.ts';

/** Grows the heap by ~100 MB of small objects that are garbage once it returns; returns how many. */
function makeGarbage(): number {
	const items = Array.from({ length: 1_500_000 }, (_, n) => ({ n, s: `item ${n}` }));
	return items.length;
}

describe('releaseGarbage', () => {
	it('gives back the heap that garbage grew, which an ordinary collection keeps', () => {
		releaseGarbage();
		const settled = process.memoryUsage().heapTotal;
		expect(makeGarbage()).toBe(1_500_000);
		expect(process.memoryUsage().heapTotal - settled).toBeGreaterThan(60 * 2 ** 20);
		const released = releaseGarbage();
		expect(released).toBeDefined();
		expect(released!.milliseconds).toBeGreaterThan(0);
		expect(process.memoryUsage().heapTotal - settled).toBeLessThan(30 * 2 ** 20);
	});
});
