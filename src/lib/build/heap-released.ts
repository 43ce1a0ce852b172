/**
 * Waiting for the memory of a worker thread that has ended to leave the process. V8 does not give
 * an ended worker's heap back at once: its pages stay resident in a pool for about 8 s (Node 24;
 * no flag or collection shortens it), 570 MB of the build's process at 10,000 datasets. The search
 * index waits for this before it writes (src/integrations/pagefind.ts), so that its own peak does
 * not come on top of them.
 */
import { setTimeout as sleep } from 'node:timers/promises';

/** A heap smaller than this is not waited for: its pages are not worth the seconds. */
export const NEGLIGIBLE_HEAP_BYTES = 64 * 1024 * 1024;

/** How {@link heapReleased} watches the process. */
export interface ReleaseWatch {
	/** The process's resident set, in bytes (process.memoryUsage.rss). */
	rss?: () => number;
	/** The longest wait, in milliseconds (10,000: V8 lets go after about 8,000). */
	timeoutMs?: number;
	/** How often the resident set is read, in milliseconds (200). */
	intervalMs?: number;
}

/**
 * Settles once the resident set of the process has fallen by half of `heapBytes` (the size of the
 * heap of a worker that has just ended) from what it is now, or after `timeoutMs`; at once for a
 * heap under {@link NEGLIGIBLE_HEAP_BYTES}. Half, because the process allocates meanwhile.
 */
export async function heapReleased(
	heapBytes: number,
	{ rss = process.memoryUsage.rss, timeoutMs = 10_000, intervalMs = 200 }: ReleaseWatch = {},
): Promise<void> {
	if (!(heapBytes >= NEGLIGIBLE_HEAP_BYTES)) return;
	const target = rss() - heapBytes / 2;
	const deadline = performance.now() + timeoutMs;
	while (rss() > target && performance.now() < deadline) await sleep(intervalMs);
}
