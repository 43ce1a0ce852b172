/**
 * The search index's languages, one after the other (pagefind.ts). The records come language by
 * language; a language whose records are all as a kept index's is put back from the cache folder
 * (pagefind-language-cache.ts); any other is indexed and written by a Pagefind process of its own,
 * started when the previous one has stopped, so that only one language's index is in memory at a
 * time, and then kept for the next build. Keeping a language (reading, hashing and linking its
 * ~10,000 files at 10,000 datasets) runs alongside the next language's indexing, not before it:
 * only the common files, which the next language's write rewrites in place, are read first.
 */
import type { SearchRecord } from '../lib/search/search-record.ts';
import { languageFolder, languageKey, restoreLanguage, saveLanguage, snapshotLanguage } from './pagefind-language-cache.ts';
import { closedError, indexRecords, mergeEntry, SearchIndexError, type EntryLanguages, type Fail, type Step } from './pagefind-language-index.ts';

/** What the facet and sort tables need of each record, by language, in the index's order. */
export type AddedRecords = Map<string, Pick<SearchRecord, 'filters' | 'sort'>[]>;

/** Options of {@link indexLanguages}. */
export interface LanguagesOptions {
	/** A step of Pagefind's service, bounded in time. */
	step: Step;
	/** The error naming a step and Pagefind's messages. */
	fail: Fail;
	/** Aborted when the index is closed: nothing more is indexed, put back or kept after that. */
	signal: AbortSignal;
	/** The bundle folder, once the build knows it. */
	bundleFolder: Promise<string>;
	/** The catalogue folder whose kept indexes are reused and kept; none, none. */
	cacheFolder?: string;
	/** Waited for before each language's index is written (the build's export worker). */
	writeAfter?: () => Promise<unknown>;
	/** Keeps a language for the next build: {@link saveLanguage} unless a test holds it to see what waits for it. */
	keep?: typeof saveLanguage;
	/**
	 * Given each language's save as it starts, which never rejects: the caller waits for them all
	 * before the bundle folder is moved (a save links files from it).
	 */
	saving: (save: Promise<void>) => void;
}

/** What {@link indexLanguages} gives. */
export interface IndexedLanguages {
	added: AddedRecords;
	/** The languages put back from the cache folder rather than indexed. */
	keptLanguages: string[];
}

/**
 * Indexes `records` (language by language: a language that comes back after another's is an error)
 * into the bundle folder, language after language, then merges the entry file; an empty bundle
 * when there is no record at all, which the search page reports as empty.
 */
export async function indexLanguages(records: Iterable<SearchRecord>, options: LanguagesOptions): Promise<IndexedLanguages> {
	const { step, fail, signal, bundleFolder, cacheFolder, writeAfter } = options;
	const closed = () => signal.aborted;
	// Only what the facet and sort tables need is kept of each record: the documents go to Pagefind and are let go.
	const added: AddedRecords = new Map();
	const languages: EntryLanguages = {};
	const keptLanguages: string[] = [];
	const indexLanguage = async (lang: string, batch: SearchRecord[]) => {
		const outputPath = await bundleFolder;
		const key = cacheFolder === undefined ? undefined : languageKey(lang, batch);
		const kept = key === undefined ? undefined : languageFolder(cacheFolder!, lang);
		if (key !== undefined && kept !== undefined) {
			const restored = await restoreLanguage(kept, key, lang, outputPath, signal);
			if (closed()) throw closedError();
			if (restored) {
				keptLanguages.push(lang);
				return void Object.assign(languages, restored);
			}
		}
		const written = await indexRecords(batch, step, fail, closed, outputPath, writeAfter);
		Object.assign(languages, written);
		if (key === undefined || kept === undefined || !written[lang]) return;
		// Taken before the next language's write rewrites the common files; the rest is kept alongside that language.
		const snapshot = await snapshotLanguage(lang, outputPath);
		if (snapshot && !closed()) options.saving((options.keep ?? saveLanguage)(kept, key, lang, written[lang], snapshot, signal));
	};
	const batch: SearchRecord[] = [];
	for (const record of records) {
		if (closed()) throw closedError();
		let forLanguage = added.get(record.lang);
		if (!forLanguage) {
			if (batch.length > 0) await indexLanguage(batch[0]!.lang, batch.splice(0));
			added.set(record.lang, (forLanguage = []));
		} else if (record.lang !== batch[0]?.lang) {
			throw new SearchIndexError(`The search records must come language by language: ${record.url} (${record.lang}) came after another language's.`);
		}
		batch.push(record);
		forLanguage.push({ filters: record.filters, sort: record.sort });
	}
	if (batch.length > 0) await indexLanguage(batch[0]!.lang, batch.splice(0));
	else if (added.size === 0) Object.assign(languages, await indexRecords([], step, fail, closed, await bundleFolder));
	if (added.size > 1) await mergeEntry(await bundleFolder, languages);
	return { added, keptLanguages };
}
