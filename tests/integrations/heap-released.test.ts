/**
 * The search index waits for an ended worker's heap to leave the process (src/lib/build/heap-released.ts):
 * until the resident set has fallen by half that heap, for a bounded time, and not at all for a small heap.
 */
import { describe, expect, it } from 'vitest';
import { heapReleased, NEGLIGIBLE_HEAP_BYTES } from '../../src/lib/build/heap-released.ts';

const MB = 1024 * 1024;

describe('heapReleased', () => {
	it('does not wait for a heap too small to matter', async () => {
		let reads = 0;
		await heapReleased(NEGLIGIBLE_HEAP_BYTES - 1, { rss: () => ++reads * 0 + 1000 * MB, timeoutMs: 60_000 });
		expect(reads).toBe(0);
	});

	it('waits until the resident set has fallen by half the heap', async () => {
		const readings = [1000, 990, 980, 900, 700, 690];
		let read = 0;
		const rss = () => readings[Math.min(read++, readings.length - 1)]! * MB;
		await heapReleased(500 * MB, { rss, intervalMs: 1, timeoutMs: 60_000 });
		// 1,000 MB at the start; 750 MB is the target, first reached by the reading of 700.
		expect(read).toBe(5);
	});

	it('waits no longer than its time limit', async () => {
		const started = performance.now();
		await heapReleased(500 * MB, { rss: () => 1000 * MB, intervalMs: 5, timeoutMs: 50 });
		expect(performance.now() - started).toBeGreaterThanOrEqual(45);
		expect(performance.now() - started).toBeLessThan(5000);
	});
});
