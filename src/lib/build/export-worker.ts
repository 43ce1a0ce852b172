/**
 * The export worker's process (node:child_process, forked by src/integrations/data-exports.ts): it
 * receives the build's catalogue in its first message (V8's structured serialisation, far cheaper
 * than loading and validating the catalogue again: 0.6 s at 10,000 datasets), makes and checks the
 * exports at once, and writes them (write-exports.ts) once the build sends the output folder, which
 * Astro empties before it renders. It answers with one {@link ExportWorkerResult} and exits.
 *
 * A process rather than a worker thread because of what it leaves behind: an ended thread's heap
 * stays in the build's process for about 8 s (V8 keeps its pages in a pool), which the search index
 * had to wait out before writing so that the two peaks did not add up; a process gives all of its
 * memory back as it exits.
 */
import type { Catalogue } from '../model/catalogue.ts';
import { takeDatasetDigests } from '../model/dataset-digest.ts';
import { takeSourceKeys } from '../model/dataset-source-key.ts';
import { writeExports, type SiteLocation, type WrittenExports } from './write-exports.ts';

/** What the worker is given first. */
export interface ExportWorkerData {
	catalogue: Catalogue;
	location: SiteLocation;
	/** The catalogue folder (its dataset files are read for the editor's records, its link report for quality). */
	root: string;
	/** The digest of each of the catalogue's datasets, in order (model/dataset-digest.ts): the worker's keys take them. */
	datasetDigests?: string[];
	/** The key of the file each dataset was loaded from, in order (model/dataset-source-key.ts): the editor records' keys take them. */
	sourceKeys?: (string | null)[];
}

/** The worker's one answer: whether the files were written. */
export type ExportWorkerResult = { ok: true; written: WrittenExports } | { ok: false; message: string };

/** The message that gives the worker the output folder. */
export interface ExportWorkerGo {
	outDir: string;
}

/** The environment variable data-exports.ts forks this module with: it runs only as that process. */
export const EXPORT_WORKER_ENV = 'ODC_EXPORT_WORKER';

if (process.env[EXPORT_WORKER_ENV] === '1' && process.send) {
	const send = process.send.bind(process);
	let folderKnown!: (outDir: string) => void;
	const outDir = new Promise<string>((resolve) => (folderKnown = resolve));
	let started = false;
	// The build that forked it has gone (stopped, or failed before it asked for the files): nothing to write for.
	process.once('disconnect', () => process.exit(1));
	process.on('message', (message: ExportWorkerData | ExportWorkerGo) => {
		if ('outDir' in message) return folderKnown(message.outDir);
		if (started) return;
		started = true;
		const answer = (result: ExportWorkerResult) => send(result, () => process.exit(0));
		takeDatasetDigests(message.catalogue.datasets, message.datasetDigests);
		takeSourceKeys(message.catalogue.datasets, message.sourceKeys);
		writeExports(message.catalogue, message.location, message.root, outDir).then(
			(written) => answer({ ok: true, written }),
			(error: unknown) => answer({ ok: false, message: error instanceof Error ? error.message : String(error) }),
		);
	});
}
