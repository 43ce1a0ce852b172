/**
 * Every dataset's search record, as catalogueSearchRecords gives them, made ahead on a worker
 * thread (search-records-worker.ts) rather than on the build's main thread: making 20,000 records
 * of 10,000 datasets (each description's Markdown parsed for its plain text, elisions split) took
 * ~4 s of that thread while Astro starts and renders its first pages, the thread every page waits
 * for. The thread writes each language's records file in the cache (search-record-store.ts) and
 * says when it is in place; the build's thread then runs catalogueSearchRecords for that language,
 * which finds every record kept and reads it back (~10 times cheaper than making it), as in a
 * rebuild. So the records are the same by construction, and nothing is held on either thread but
 * the language being read: the thread lets each record go as it is made, and its copy of the
 * catalogue goes with it within seconds.
 *
 * Without a cache folder there is no file to hand them over: the build's thread makes them, as
 * before; so it does when every language's file is there (a rebuild), which it mostly reads back.
 * Should the thread fail, the build's thread makes those it did not keep.
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { UiLanguage } from '../i18n/languages.ts';
import type { Catalogue } from '../model/catalogue.ts';
import { siteLanguages } from '../site/site-languages.ts';
import { catalogueSearchRecords, type CatalogueRecordsOptions } from './catalogue-search-records.ts';
import type { SearchRecord } from './search-record.ts';
import { searchRecordFile } from './search-record-store.ts';

/** What the thread is given: catalogueSearchRecords's catalogue and options. */
export interface RecordsRequest {
	catalogue: Catalogue;
	cacheFolder: string;
	cacheDir?: string;
	version: string;
	languages: UiLanguage[];
}

/** What the thread sends. */
export type RecordsMessage =
	| { type: 'made'; lang: string; count: number }
	/** The language's records file is in place. */
	| { type: 'kept'; lang: string }
	| { type: 'done' };

/**
 * The most datasets whose records are made ahead. The thread holds a copy of the catalogue (~17 KB a
 * dataset) beside the build's: at 50,000 datasets it took the build's process from ~1.6 to ~2.7 GB
 * while the export worker held ~1.2 GB, and the tree to 4,042 MB (the target is under 4 GB there);
 * at 10,000 the copy (~170 MB) is gone before the tree's peak.
 */
export const MADE_AHEAD_MAXIMUM = 20_000;

/** Options of {@link searchRecordsMadeAhead}: catalogueSearchRecords's, and who is told of each language the thread kept. */
export interface MadeAheadOptions extends CatalogueRecordsOptions {
	/** Told of each language whose records the thread made (or found kept) and the build's thread read back. */
	keptAhead?: (lang: string) => void;
	/** The most datasets made ahead ({@link MADE_AHEAD_MAXIMUM}); with more, the build's thread makes the records. */
	maximum?: number;
}

/** catalogueSearchRecords of `catalogue`, made ahead on a worker thread when there is a cache folder to hand them over in. */
export async function* searchRecordsMadeAhead(catalogue: Catalogue, options: MadeAheadOptions = {}): AsyncGenerator<SearchRecord> {
	const { cacheFolder, cacheDir, version } = options;
	const languages = options.languages ?? siteLanguages(catalogue);
	// With every language's file kept by the last build (a rebuild), most records are read back
	// anyway: a thread would only delay them.
	const kept = (lang: string) => cacheFolder !== undefined && existsSync(searchRecordFile(cacheFolder, lang, cacheDir));
	const tooMany = catalogue.datasets.length > (options.maximum ?? MADE_AHEAD_MAXIMUM);
	if (cacheFolder === undefined || version === undefined || tooMany || languages.every(kept)) return yield* catalogueSearchRecords(catalogue, options);
	const request: RecordsRequest = { catalogue, cacheFolder, cacheDir, version, languages: [...languages] };
	const worker = new Worker(new URL('./search-records-worker.ts', import.meta.url), { workerData: request });
	const madeAhead = new Map<string, number>();
	const keptByThread = new Set<string>();
	/** Whether the thread has nothing more to say: done, failed or gone. */
	let over = false;
	let wake: (() => void) | undefined;
	const heard = () => {
		wake?.();
		wake = undefined;
	};
	worker.on('message', (message: RecordsMessage) => {
		if (message.type === 'made') madeAhead.set(message.lang, message.count);
		else if (message.type === 'kept') keptByThread.add(message.lang);
		else over = true;
		heard();
	});
	worker.on('error', () => ((over = true), heard()));
	worker.on('exit', () => ((over = true), heard()));
	try {
		for (const lang of languages) {
			while (!keptByThread.has(lang) && !over) await new Promise<void>((resolve) => (wake = resolve));
			// Kept by the thread, they are read back; any it did not keep are made here.
			let madeHere = 0;
			yield* catalogueSearchRecords(catalogue, { cacheFolder, cacheDir, version, languages: [lang], made: (_, count) => (madeHere = count) });
			options.made?.(lang, (keptByThread.has(lang) ? (madeAhead.get(lang) ?? 0) : 0) + madeHere);
			if (keptByThread.has(lang)) options.keptAhead?.(lang);
		}
	} finally {
		// A consumer that stopped early (a build that failed) leaves the thread to finish its files, but does not wait for it.
		worker.unref();
	}
}
