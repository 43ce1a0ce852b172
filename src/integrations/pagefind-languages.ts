/**
 * The search index's languages, one after the other (pagefind.ts). The records come language by
 * language; a language whose records are all as a kept index's is put back from the cache folder
 * (pagefind-language-cache.ts); any other is indexed and written by a Pagefind process of its own,
 * started when the previous one has stopped, so that only one language's index is in memory at a
 * time, and then kept for the next build. Keeping a language (linking its ~10,000 files at 10,000
 * datasets into the cache) runs alongside the next language's indexing, not before it: only the
 * common files, which the next language's write rewrites in place, are read first.
 *
 * A language is prepared while the previous one waits to be written and is written (once the
 * previous language's records are all in Pagefind's hands, so that the two are not held at once):
 * its records are made (a few at a time, so that Astro's work goes on), its key computed and, when
 * it is kept, its entry checked and its own files linked into the bundle folder. Only its turn in
 * the bundle stays in order: the previous language's write, then its common files (or its own
 * write), so the bundle is the one the languages one after the other give.
 */
import { join } from 'node:path';
import type { IndexWrite } from '../lib/build/writes-beside-pages.ts';
import type { ShardedLanguage } from '../lib/search/facet-table.ts';
import type { SearchRecord } from '../lib/search/search-record.ts';
import { cutIntoShards, shardedIndexHash, shardFolder, shardMinimum } from '../lib/search/search-shards.ts';
import { forgetShardsBut, languageKey, shardCacheFolder } from './pagefind-language-cache.ts';
import type { FragmentReuse } from './pagefind-kept-fragments.ts';
import { linkKeptFiles, readKeptFragments, readKeptLanguage, writeKeptFiles, type KeptLanguage } from './pagefind-kept-language.ts';
import { saveLanguage, snapshotLanguage } from './pagefind-language-save.ts';
import {
	closedError,
	indexRecords,
	mergeEntry,
	pruneShardBundle,
	SearchIndexError,
	type EntryLanguages,
	type Fail,
	type Step,
} from './pagefind-language-index.ts';

/** Search records in their order, made as they are asked for or coming from elsewhere. */
export type SearchRecords = Iterable<SearchRecord> | AsyncIterable<SearchRecord>;

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
	/** Waited for before each language's index, or each shard of it, is written (the build's export worker; a collection of the build's garbage before a second language beside the pages). */
	writeAfter?: (write: IndexWrite) => Promise<unknown>;
	/**
	 * The fewest records of a shard (search-shards.ts); a language of fewer than twice as many is one
	 * index; 0, every language is; unset, only a language too large to index whole is cut (`shardMinimum`).
	 */
	shardRecords?: number;
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
	/** The languages put back from the cache folder rather than indexed, every shard of them. */
	keptLanguages: string[];
	/** For each language with a shard put back, how many of its shards were. */
	shardsKept: Map<string, { kept: number; shards: number }>;
	/** For each whole language indexed again with fragments kept from its last index, how many of its pages' were. */
	fragmentsKept: Map<string, { kept: number; pages: number }>;
}

/** Records made between two turns of the event loop: Pagefind's next records and Astro's work wait no longer than that. */
const RECORDS_AT_ONCE = 64;

/** A language's shard ready for its turn: its records, key and, when kept, its entry checked. */
interface PreparedLanguage {
	lang: string;
	/** The shard's position in the language: the first is written into the bundle folder, the others each into a folder of their own. */
	shard: number;
	/** How many shards the language has. */
	shards: number;
	batch: SearchRecord[];
	/** The folder this shard's index is written into. */
	outputPath: Promise<string>;
	key?: string;
	folder?: string;
	kept?: KeptLanguage;
	/** A whole language indexed again: the fragments of its last index, placed before the write (pagefind-kept-fragments.ts). */
	fragments?: FragmentReuse;
	/** The kept shard's own files being linked into its folder: false once closed. */
	ownWritten?: Promise<boolean>;
}

/**
 * Indexes `records` (language by language: a language that comes back after another's is an error)
 * into the bundle folder, language after language, then merges the entry file; an empty bundle
 * when there is no record at all, which the search page reports as empty. Each language is
 * prepared while the previous one has its turn.
 */
export async function indexLanguages(records: SearchRecords, options: LanguagesOptions): Promise<IndexedLanguages> {
	const { step, fail, signal, bundleFolder, cacheFolder, writeAfter } = options;
	const closed = () => signal.aborted;
	// Only what the facet and sort tables need is kept of each record: the documents go to Pagefind and are let go.
	const added: AddedRecords = new Map();
	const languages: EntryLanguages = {};
	// Each sharded language's shards' entry lines by position; the first is also its line in `languages`.
	const shardEntries = new Map<string, Map<number, EntryLanguages[string]>>();
	const shardsKept = new Map<string, { kept: number; shards: number }>();
	const fragmentsKept = new Map<string, { kept: number; pages: number }>();
	const prepareShard = async (lang: string, shard: number, shards: number, batch: SearchRecord[]): Promise<PreparedLanguage> => {
		const outputPath = shard === 0 ? bundleFolder : bundleFolder.then((bundle) => join(bundle, shardFolder(lang, shard)));
		outputPath.catch(() => {});
		const key = cacheFolder === undefined ? undefined : languageKey(lang, batch);
		if (key === undefined) return { lang, shard, shards, batch, outputPath };
		const folder = shardCacheFolder(cacheFolder!, lang, shard, key);
		const kept = await readKeptLanguage(folder, key, lang);
		if (closed()) throw closedError();
		if (!kept)
			return { lang, shard, shards, batch, outputPath, key, folder, ...(shards === 1 ? { fragments: { lang, kept: readKeptFragments(folder, lang) } } : {}) };
		// Put back, not indexed: its records are not needed any more.
		batch.length = 0;
		// Beside the previous shard's indexing: no write touches another language's or shard's files.
		const ownWritten = outputPath.then((path) => linkKeptFiles(kept.from, kept.own, path, signal));
		options.saving(
			ownWritten.then(
				() => {},
				() => {},
			),
		);
		return { lang, shard, shards, batch, outputPath, key, folder, kept, ownWritten };
	};
	const prepare = async (lang: string, batch: SearchRecord[]): Promise<PreparedLanguage[]> => {
		const minimum = shardMinimum(batch.length, options.shardRecords);
		const cut = minimum === undefined ? [[...batch]] : cutIntoShards(batch, minimum);
		batch.length = 0;
		const prepared: PreparedLanguage[] = [];
		for (const [shard, records] of cut.entries()) prepared.push(await prepareShard(lang, shard, cut.length, records));
		if (cacheFolder !== undefined)
			await forgetShardsBut(
				cacheFolder,
				lang,
				prepared.flatMap(({ key, shard }) => (key !== undefined && shard > 0 ? [key] : [])),
			);
		return prepared;
	};
	const takeTurn = async ({ lang, shard, shards, batch, outputPath, key, folder, kept, fragments, ownWritten }: PreparedLanguage, handedOver: () => void) => {
		const enterShard = (entry: EntryLanguages[string]) => {
			if (shards > 1) shardEntries.set(lang, (shardEntries.get(lang) ?? new Map()).set(shard, entry));
		};
		if (kept && ownWritten) {
			const restored = (await ownWritten) && (await writeKeptFiles(kept.common, await outputPath, signal));
			if (!restored || closed()) throw closedError();
			shardsKept.set(lang, { kept: (shardsKept.get(lang)?.kept ?? 0) + 1, shards });
			if (shard === 0) languages[lang] = kept.entry;
			return void enterShard(kept.entry);
		}
		// A shard waits too: at 50,000 datasets the export worker (~2 GB) and the build's process (~1.8 GB) hold ~3.9 GB
		// together, and a shard's write takes Pagefind to 0.4–1.1 GB. Once the worker has ended, no shard waits.
		const wait = writeAfter && (() => writeAfter({ wholeLanguage: shards === 1 }));
		const written = await indexRecords(batch, step, fail, closed, outputPath, wait, handedOver, fragments);
		const path = await outputPath;
		if (shard > 0) await pruneShardBundle(path);
		if (shard === 0) Object.assign(languages, written);
		if (!written[lang]) return;
		enterShard(written[lang]);
		if (key === undefined || folder === undefined) return;
		// Taken before the next language's write rewrites the common files; the rest is kept alongside that language.
		const snapshot = await snapshotLanguage(lang, path);
		if (fragments?.keptCount) fragmentsKept.set(lang, { kept: fragments.keptCount, pages: fragments.written?.length ?? 0 });
		if (snapshot && fragments?.written) snapshot.pages = fragments.written;
		if (snapshot && !closed()) options.saving((options.keep ?? saveLanguage)(folder, key, lang, written[lang], snapshot, signal));
	};
	async function* prepared(): AsyncGenerator<PreparedLanguage> {
		let batch: SearchRecord[] = [];
		let made = 0;
		for await (const record of records) {
			if (closed()) throw closedError();
			let forLanguage = added.get(record.lang);
			if (!forLanguage) {
				if (batch.length > 0) yield* await prepare(batch[0]!.lang, batch);
				batch = [];
				added.set(record.lang, (forLanguage = []));
			} else if (record.lang !== batch[0]?.lang) {
				throw new SearchIndexError(`The search records must come language by language: ${record.url} (${record.lang}) came after another language's.`);
			}
			batch.push(record);
			forLanguage.push({ filters: record.filters, sort: record.sort });
			if (++made % RECORDS_AT_ONCE === 0) await new Promise(setImmediate);
		}
		if (batch.length > 0) yield* await prepare(batch[0]!.lang, batch);
	}
	const languagesPrepared = prepared();
	let next = languagesPrepared.next();
	for (;;) {
		const { value, done } = await next;
		if (done) break;
		let handedOver!: () => void;
		const inPagefind = new Promise<boolean>((resolve) => (handedOver = () => resolve(true)));
		const turn = takeTurn(value, handedOver);
		// The next language is prepared while this one waits to be written and is written: once its
		// records are in Pagefind's hands, so that the two languages' records are not held at once.
		if (
			await Promise.race([
				inPagefind,
				turn.then(
					() => true,
					() => false,
				),
			])
		) {
			next = languagesPrepared.next();
			next.catch(() => {});
		}
		await turn;
	}
	if (added.size === 0) Object.assign(languages, await indexRecords([], step, fail, closed, bundleFolder));
	const shards: Record<string, ShardedLanguage> = {};
	for (const [lang, entries] of shardEntries) {
		const positions = [...entries.keys()].sort((a, b) => a - b);
		const hashes = positions.map((position) => entries.get(position)!.hash);
		shards[lang] = {
			hash: shardedIndexHash(lang, hashes),
			folders: positions.filter((position) => position > 0).map((position) => shardFolder(lang, position)),
		};
	}
	if (added.size > 1 || shardEntries.size > 0) await mergeEntry(await bundleFolder, languages, shards);
	// Kept whole: every shard put back (languages come one after the other, so in their order).
	const keptLanguages = [...shardsKept].filter(([, { kept, shards }]) => kept === shards).map(([lang]) => lang);
	return { added, keptLanguages, shardsKept, fragmentsKept };
}
