/**
 * The worker thread of deferred-restores.ts: puts kept pages back into the output (a folder and a
 * hard link each, or a copy where links cannot be made: linked-page-cache.ts's restoreFile), in the
 * batches the build's main thread sends, so the ~24,000 `mkdir`s of a rebuild (~235 µs each on ext4
 * at 10,000 datasets) are not made on the main thread, which goes on with Astro's pages.
 *
 * Its data: the folder of kept pages. Messages in: a batch, `[entry, target, entry, target, …]`
 * (an entry's name in that folder, the output file it is put at), or `null` when no more will come.
 * Messages out: `{ done: n }` after each batch, or `{ failed, target }` for the first page that
 * could not be put back, after which nothing more is done (the build fails).
 */
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { newLinkState, restoreFile } from './linked-page-cache.ts';

/** What the worker says back. */
export type RestoreReply = { done: number } | { failed: string; target: string };

/** Puts back the pages of one batch from folder `pagesFolder`; the first failure, or undefined when every page is in place. */
export function restoreBatch(pagesFolder: string, batch: readonly string[], state = newLinkState()): { failed: string; target: string } | undefined {
	for (let i = 0; i < batch.length; i += 2) {
		const [source, target] = [join(pagesFolder, batch[i]!), batch[i + 1]!];
		try {
			// Answered "kept" already: a cached copy gone since is a failure, not a page to render.
			if (!restoreFile(source, target, state)) return { failed: `its cached copy ${source} is gone`, target };
		} catch (error) {
			return { failed: (error as Error).message, target };
		}
	}
	return undefined;
}

if (parentPort) {
	const port = parentPort;
	const { pagesFolder } = workerData as { pagesFolder: string };
	const state = newLinkState();
	let failed = false;
	port.on('message', (batch: string[] | null) => {
		if (batch === null) return port.close();
		if (failed) return;
		const failure = restoreBatch(pagesFolder, batch, state);
		failed = failure !== undefined;
		port.postMessage((failure ?? { done: batch.length / 2 }) satisfies RestoreReply);
	});
}
