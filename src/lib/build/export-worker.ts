/**
 * The export worker's thread (node:worker_threads, started by src/integrations/data-exports.ts):
 * it receives the build's catalogue as `workerData` (a structured clone, far cheaper than loading
 * and validating the catalogue again), makes and checks the exports at once, and writes them
 * (write-exports.ts) once the main thread sends the output folder, which Astro empties before it
 * renders. It answers with one {@link ExportWorkerResult}.
 */
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import type { Catalogue } from '../model/catalogue.ts';
import { writeExports, type SiteLocation, type WrittenExports } from './write-exports.ts';

/** What the worker is started with. */
export interface ExportWorkerData {
	catalogue: Catalogue;
	location: SiteLocation;
	/** The catalogue folder (its dataset files are read for the editor's records, its link report for quality). */
	root: string;
}

/** Whether the files were written. */
export type ExportOutcome = { ok: true; written: WrittenExports } | { ok: false; message: string };

/** The worker's one answer, with the size of its heap (what the process holds until V8 lets it go: heap-released.ts). */
export type ExportWorkerResult = ExportOutcome & { heapBytes: number };

/** The message that gives the worker the output folder. */
export interface ExportWorkerGo {
	outDir: string;
}

if (parentPort) {
	const port = parentPort;
	const { catalogue, location, root } = workerData as ExportWorkerData;
	const outDir = new Promise<string>((resolve) => port.once('message', (message: ExportWorkerGo) => resolve(message.outDir)));
	const answer = (result: ExportOutcome) => port.postMessage({ ...result, heapBytes: getHeapStatistics().total_heap_size });
	writeExports(catalogue, location, root, outDir).then(
		(written) => answer({ ok: true, written }),
		(error: unknown) => answer({ ok: false, message: error instanceof Error ? error.message : String(error) }),
	);
}
