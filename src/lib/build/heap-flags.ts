/**
 * The V8 flags every process of the build runs with. V8 lets the old generation grow to several
 * times what its last full collection left alive while collecting is cheap, and keeps the pages it
 * frees for reuse: at 10,000 datasets Node held 2.0–2.7 GB with at most 550 MB alive. Growing by
 * 30 % over what is alive caps that garbage for any catalogue size (a fixed --max-old-space-size
 * would fail a large one), for about as many full collections.
 */
import { LARGEST_WHOLE_INDEX } from '../search/search-shards.ts';

/** How far V8 lets the heap grow beyond what was alive after a full collection, in percent. */
export const HEAP_GROWING_PERCENT = 30;

/** The flags, as given on Node's command line (a child process) or to v8.setFlagsFromString (the build's own). */
export const BUILD_V8_FLAGS: readonly string[] = [`--heap-growing-percent=${HEAP_GROWING_PERCENT}`];

/**
 * The most each of V8's two semi-spaces (the young generation, where new objects are made) may
 * hold, in MB. V8 sizes them to the machine: 64 MB each here, 128 MB of the build's process and as
 * much of the export worker's once grown, and kept. At 16 the young generation is collected more
 * often, each collection costing what survives it rather than the space's size: at 10,000
 * datasets the build's process held ~100 MB less, and the tree's peak ~95 MB less, for ~5 % more
 * CPU (more objects live long enough to be promoted). On a rebuild the peak is Pagefind's and the
 * cost remains (docs/developers.md, "A young generation of 16 MB semi-spaces"). The export worker
 * is not at the peak at 10,000 datasets (it has ended before Pagefind writes a language beside the
 * build's process) and keeps V8's own: see {@link exportWorkerArgv}.
 */
export const MAX_SEMI_SPACE_MB = 16;

/** The flag that bounds V8's semi-spaces. */
const SEMI_SPACE_FLAG = '--max-semi-space-size';

/**
 * The flags V8 reads only as a process starts (its heap's layout), so never given to
 * v8.setFlagsFromString: on the build's command line, in package.json's `build` script
 * (tests/memory/heap-flags.test.ts holds the two together).
 */
export const BUILD_START_FLAGS: readonly string[] = [`${SEMI_SPACE_FLAG}=${MAX_SEMI_SPACE_MB}`];

/**
 * The most datasets a catalogue may have for the export worker to run without the young
 * generation's bound: the size up to which each language is one search index
 * (search-shards.ts), the build measured at 10,000 datasets. Beyond it the
 * worker lives through most of the pages and is part of the build's peak (at 50,000 datasets the
 * build's process at ~2.4 GB beside the worker at ~1.2 GB).
 */
export const WORKER_UNBOUND_DATASETS = LARGEST_WHOLE_INDEX;

/**
 * The Node flags of the export worker's process for a catalogue of `datasets`, from the build's
 * own (`parentArgv`, its `process.execArgv`), with {@link BUILD_V8_FLAGS}: with the young
 * generation's bound ({@link BUILD_START_FLAGS}) above {@link WORKER_UNBOUND_DATASETS}, without it
 * up to there, whatever the build's own. Up to there the worker has ended before Pagefind writes
 * a language beside the build's process, so the bound bought no peak and cost the worker ~4 s of
 * its ~25 s of CPU at 10,000 datasets; the worker ends sooner without it, which the search index
 * waits for.
 */
export function exportWorkerArgv(parentArgv: readonly string[], datasets: number): string[] {
	const unbound = parentArgv.filter((flag) => !flag.startsWith(SEMI_SPACE_FLAG));
	return datasets > WORKER_UNBOUND_DATASETS ? [...unbound, ...BUILD_START_FLAGS, ...BUILD_V8_FLAGS] : [...unbound, ...BUILD_V8_FLAGS];
}
