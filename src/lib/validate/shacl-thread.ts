/**
 * The SHACL checks of `npm run validate` on a thread of their own (shacl-thread-worker.ts), while
 * the main thread maps the next datasets to DCAT-AP: with no results kept (a first run, a new
 * checkout, shapes or code changed), checking 10,000 datasets took ~7.5 s of one thread, ~3 s of
 * mapping and ~4 s of turning documents into graphs and checking them, with the second core idle.
 * The thread reads the same shapes (it refuses to check when their digest differs) and answers
 * each document with the results validateDocument gives, so where a check runs changes nothing.
 */
import { Worker } from 'node:worker_threads';
import type { JsonLdDocument } from '../export/dcat-ap/catalogue.ts';
import type { DocumentCheck } from '../export/dcat-ap/dataset-shacl.ts';
import type { ShaclResult } from '../export/dcat-ap/shacl.ts';

/** What the thread is given: the shapes' files and the digest of their text the caller keyed its results with. */
export interface ShaclThreadData {
	paths: readonly string[];
	digest: string;
}

/** A document the thread is asked to check. */
export interface ShaclThreadRequest {
	id: number;
	document: JsonLdDocument;
}

/** The thread's answer: the document's results, or why it could not check it. */
export type ShaclThreadAnswer = { id: number; results: ShaclResult[] } | { id: number; error: string };

/** A SHACL thread: its check, and how to stop it. */
export interface ShaclThread {
	/** The results of one document, checked on the thread; rejects when the thread could not check it or has ended. */
	check: DocumentCheck;
	/** Ends the thread; what still awaits an answer is rejected. */
	close(): Promise<void>;
}

/**
 * The thread's young generation, in MB. Each check makes and drops a group's graph: with V8's own
 * size for a thread, 10,000 datasets checked cold took 8.2–8.8 s and the process peaked at
 * 967–1,014 MB; with 32, 8.1–8.2 s and 826–845 MB (64: 8.1–8.4 s, 873–902 MB; three runs each, alternated).
 */
const YOUNG_GENERATION_MB = 32;

/** Starts a thread that checks documents against the shapes of `paths`, whose text must have `digest`. */
export function startShaclThread(paths: readonly string[], digest: string): ShaclThread {
	const worker = new Worker(new URL('./shacl-thread-worker.ts', import.meta.url), {
		workerData: { paths, digest } satisfies ShaclThreadData,
		resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
	});
	const waiting = new Map<number, { resolve: (results: ShaclResult[]) => void; reject: (error: Error) => void }>();
	let nextId = 0;
	let gone: Error | undefined;
	const end = (error: Error) => {
		gone ??= error;
		for (const { reject } of waiting.values()) reject(gone);
		waiting.clear();
	};
	worker.on('message', (answer: ShaclThreadAnswer) => {
		const waiter = waiting.get(answer.id);
		waiting.delete(answer.id);
		if ('error' in answer) waiter?.reject(new Error(answer.error));
		else waiter?.resolve(answer.results);
	});
	worker.on('error', end);
	worker.on('exit', () => end(new Error('The SHACL thread ended.')));
	return {
		check: (document) =>
			gone
				? Promise.reject(gone)
				: new Promise((resolve, reject) => {
						const id = ++nextId;
						waiting.set(id, { resolve, reject });
						worker.postMessage({ id, document } satisfies ShaclThreadRequest);
					}),
		close: async () => {
			end(new Error('The SHACL thread was closed.'));
			await worker.terminate();
		},
	};
}
