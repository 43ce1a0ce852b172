/**
 * The search index's writes that start while Astro is still making the pages. Writing a whole
 * language takes Pagefind's process to its highest (~0.93 GB for English, ~1.05–1.11 GB for French
 * at 10,000 datasets) while the build's process holds the pages' memory (~0.72–0.76 GB, much of it
 * garbage not yet collected). The first whole language (English, once the export worker has ended)
 * is written as it comes: that is one of the build's two peaks.
 *
 * A second whole language (French) is written beside the pages too, once the build's process has
 * collected its garbage (a last-resort collection, ~0.5 s of its time, after which the pages regrow
 * it slowly: 582 → 630 MB over French's write). It used to wait for the pages to be done, which
 * cost ~1–2 s when it was decided; since its records reach Pagefind ~20 s before the pages end,
 * the wait was the last ~6 s of a cold build at 10,000 datasets, for ~100 MB less at the peak
 * (docs/developers.md, "A second language written beside the pages").
 *
 * A shard's write is a fraction of a language's and never waits for a collection: at 50,000
 * datasets ~20 shards are written one after the other, and a collection there takes ~2 s.
 */
import { releaseGarbage, type ReleasedGarbage } from './release-garbage.ts';

/** One index about to be written. */
export interface IndexWrite {
	/** Whether it is a whole language's index rather than one shard of it. */
	wholeLanguage: boolean;
}

/** The writes of one build. */
export interface WritesBesidePages {
	/** `write` is about to start: the build's process collects its garbage first when it is a second whole language beside the pages. */
	beforeWrite(write: IndexWrite): void;
	/** The pages are done: no write is beside them any more (after-pages-collections.ts collects after them). */
	pagesDone(): void;
	/** What the collection before a second whole language beside the pages gave back, once made. */
	readonly released: ReleasedGarbage | undefined;
}

/** A build's writes, collecting with `release` ({@link releaseGarbage} but in tests). */
export function writesBesidePages(release: () => ReleasedGarbage | undefined = releaseGarbage): WritesBesidePages {
	let pagesDone = false;
	let wholeLanguagesBeside = 0;
	let released: ReleasedGarbage | undefined;
	return {
		beforeWrite(write) {
			if (pagesDone || !write.wholeLanguage) return;
			if (wholeLanguagesBeside++ === 1) released = release();
		},
		pagesDone() {
			pagesDone = true;
		},
		get released() {
			return released;
		},
	};
}
