/**
 * The V8 flags every process of the build runs with. V8 lets the old generation grow to several
 * times what its last full collection left alive while collecting is cheap, and keeps the pages it
 * frees for reuse: at 10,000 datasets Node held 2.0–2.7 GB with at most 550 MB alive. Growing by
 * 30 % over what is alive caps that garbage for any catalogue size (a fixed --max-old-space-size
 * would fail a large one), for about as many full collections.
 */

/** How far V8 lets the heap grow beyond what was alive after a full collection, in percent. */
export const HEAP_GROWING_PERCENT = 30;

/** The flags, as given on Node's command line (a child process) or to v8.setFlagsFromString (the build's own). */
export const BUILD_V8_FLAGS: readonly string[] = [`--heap-growing-percent=${HEAP_GROWING_PERCENT}`];
