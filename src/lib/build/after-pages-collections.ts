/**
 * When the build's process collects its garbage once the pages are done (release-garbage.ts): at
 * the end of the pages, since Pagefind may be writing an index beside it, and once more before the
 * first index written after them. The language written last (French) had its records made while
 * the one before waited to be written: they were alive at the first collection and become garbage
 * only when handed to Pagefind, just before that write. At 10,000 datasets the second collection
 * gave back ~100 MB more, beside Pagefind's highest (~1.06 GB, writing French). Never more than
 * two: at 50,000 datasets each of ~20 shards is written after the one before, and a collection takes
 * ~2 s there.
 */
import { releaseGarbage, type ReleasedGarbage } from './release-garbage.ts';

/** The two collections of one build. */
export interface AfterPagesCollections {
	/** The pages are done: collects now. */
	pagesDone(): ReleasedGarbage | undefined;
	/** An index is about to be written: collects when it is the first written since the pages were done. */
	beforeWrite(): ReleasedGarbage | undefined;
	/** What the collection before the first index written after the pages gave back, once made. */
	readonly releasedBeforeWrite: ReleasedGarbage | undefined;
}

/** A build's collections, made with `release` ({@link releaseGarbage} but in tests). */
export function afterPagesCollections(release: () => ReleasedGarbage | undefined = releaseGarbage): AfterPagesCollections {
	let pagesDone = false;
	let collectedBeforeWrite = false;
	let releasedBeforeWrite: ReleasedGarbage | undefined;
	return {
		pagesDone() {
			pagesDone = true;
			return release();
		},
		beforeWrite() {
			if (!pagesDone || collectedBeforeWrite) return undefined;
			collectedBeforeWrite = true;
			return (releasedBeforeWrite = release());
		},
		get releasedBeforeWrite() {
			return releasedBeforeWrite;
		},
	};
}
