/**
 * Which of the search index's writes may start while Astro is still making the pages. Writing a
 * whole language takes Pagefind's process to its highest (~0.93 GB for English, ~1.06 GB for
 * French at 10,000 datasets) while the build's process holds the pages' memory (~0.8 GB): one such
 * write beside the pages is the build's peak already. A second whole language written beside them
 * (French, whose records are in Pagefind's hands well before the pages are done once English has
 * been written) added ~100–200 MB to it: it waits for the pages, and for the collection at their
 * end (after-pages-collections.ts). A shard's write is a fraction of a language's and is never held
 * back: at 50,000 datasets ~20 shards are written one after the other, and holding them would only
 * lengthen the build.
 */

/** One index about to be written. */
export interface IndexWrite {
	/** Whether it is a whole language's index rather than one shard of it. */
	wholeLanguage: boolean;
}

/** The writes of one build. */
export interface WritesBesidePages {
	/** Whether `write` must wait for the pages to be done; counts it among the writes beside them when it need not. */
	mustWait(write: IndexWrite): boolean;
	/** The pages are done: no write waits any more. */
	pagesDone(): void;
	/** Settles when {@link pagesDone} is called; never, for a build that fails before (its index is closed and its process ends). */
	readonly done: Promise<void>;
}

/** A build's writes: the first whole language written beside the pages goes, any other waits. */
export function writesBesidePages(): WritesBesidePages {
	let pagesDone = false;
	let wholeLanguagesBeside = 0;
	let finished!: () => void;
	const done = new Promise<void>((resolve) => (finished = resolve));
	return {
		mustWait(write) {
			if (pagesDone || !write.wholeLanguage) return false;
			return wholeLanguagesBeside++ > 0;
		},
		pagesDone() {
			pagesDone = true;
			finished();
		},
		done,
	};
}
