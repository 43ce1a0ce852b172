/**
 * Gives back the memory the build's process holds but no longer uses, once the pages are done and
 * Pagefind writes the last language's index: that write is one of the build's two peaks, Pagefind's
 * memory beside the build's process. V8 keeps the heap it grew to for the pages, and an ordinary
 * collection keeps its emptied pages for reuse. A last-resort collection compacts the heap and gives
 * them back: at 10,000 datasets the process went from ~940 to ~720 MB, for 0.6–0.9 s of its time
 * while Pagefind works in its own process. Called only once nothing of the pages is left to make
 * (after-pages-collections.ts): a collection during the pages would only see the heap grow again.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** V8's collector, as its `gc` extension takes it (V8's src/extensions/gc-extension.cc). */
type Collect = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

let collect: Collect | null | undefined;

/**
 * V8's collector for this process: `gc` when Node was started with `--expose-gc`, otherwise the
 * one a new context gets once the flag is set (as Jest's leak detector does); null when neither works.
 */
function collector(): Collect | null {
	if (collect !== undefined) return collect;
	const exposed = (globalThis as { gc?: unknown }).gc;
	if (typeof exposed === 'function') return (collect = exposed as Collect);
	try {
		setFlagsFromString('--expose-gc');
		const found: unknown = runInNewContext('gc');
		collect = typeof found === 'function' ? (found as Collect) : null;
	} catch {
		collect = null;
	}
	return collect;
}

/** What {@link releaseGarbage} did: the process's resident memory before and after, in bytes, and its time. */
export interface ReleasedGarbage {
	rssBefore: number;
	rssAfter: number;
	milliseconds: number;
}

/** Collects every unreachable object and gives the freed heap back; undefined when V8's collector cannot be reached. */
export function releaseGarbage(): ReleasedGarbage | undefined {
	const gc = collector();
	if (!gc) return undefined;
	const rssBefore = process.memoryUsage.rss();
	const started = performance.now();
	gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
	return { rssBefore, rssAfter: process.memoryUsage.rss(), milliseconds: performance.now() - started };
}

/** {@link ReleasedGarbage} for the build's log: megabytes given back and left, and seconds taken. */
export function releaseFigures(released: ReleasedGarbage): { given: number; left: number; seconds: string } {
	return {
		given: Math.round((released.rssBefore - released.rssAfter) / 2 ** 20),
		left: Math.round(released.rssAfter / 2 ** 20),
		seconds: (released.milliseconds / 1000).toFixed(2),
	};
}
