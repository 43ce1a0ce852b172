/**
 * An Astro integration that builds the site's search index with Pagefind while Astro builds the
 * pages. As the build starts, each dataset's search record in each language (its page's address
 * and a small HTML document with what the index knows of it: src/lib/search/search-record.ts) is
 * made from the catalogue and handed to Pagefind, which indexes it in its own process, on the other
 * core, while Astro renders; the bundle goes to `<outDir>/pagefind/`, which the site serves at
 * `<base>pagefind/`, with a facet table per language (facet-tables.ts) that the search page counts
 * facet values with, and a sort table it sorts results with. Each language is indexed (with French stemming for `fr`) and written by a
 * Pagefind process of its own, started when the previous one has stopped, so that only one
 * language's index is in memory at a time (pagefind-language-index.ts).
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { TimeoutError, withTimeout } from '../lib/async/with-timeout.ts';
import type { Catalogue } from '../lib/model/catalogue.ts';
import { datasetSearchRecord, type SearchRecord } from '../lib/search/search-record.ts';
import { catalogueRoot } from '../lib/site/catalogue-store.ts';
import { getCatalogue } from '../lib/site/get-catalogue.ts';
import { siteLanguages } from '../lib/site/site-languages.ts';
import { exportWorkerEnded } from './data-exports.ts';
import { writeFacetTables, type WrittenFacetTable } from './facet-tables.ts';
import { writeFirstPages } from './first-pages.ts';
import { languageFolder, languageKey, restoreLanguage, saveLanguage } from './pagefind-language-cache.ts';
import { mergeEntry, newIndex, writeIndex, type EntryLanguages, type Fail, type Step } from './pagefind-language-index.ts';

/** The folder, inside the output folder, that holds the search bundle. */
export const PAGEFIND_FOLDER = 'pagefind';

/** Thrown when Pagefind reports errors: the build fails rather than ship a broken search. */
export class SearchIndexError extends Error {}

/** What indexing produced, for the build log. */
export interface IndexSummary {
	/** Pages indexed, per language (from the bundle's `pagefind-entry.json`). */
	pagesByLanguage: Record<string, number>;
	outputPath: string;
	/** The facet tables written, by language. */
	facetTables: Record<string, WrittenFacetTable>;
	/** The languages whose index was put back from the cache folder rather than indexed (pagefind-language-cache.ts). */
	keptLanguages: string[];
}

/**
 * How long one step of Pagefind's service (start, adding a record, write) may take by default:
 * generous, since writing 50,000 datasets' index takes minutes on two cores, but finite, because a
 * step whose service has died never settles and would hang the build for ever.
 */
export const DEFAULT_STEP_TIMEOUT_SECONDS = 900;

/** Options of {@link startSearchIndex}. */
export interface SearchIndexOptions {
	/** The time limit of each step, in seconds (default {@link DEFAULT_STEP_TIMEOUT_SECONDS}). */
	stepTimeoutSeconds?: number;
	/**
	 * The catalogue folder whose kept indexes may be reused (pagefind-language-cache.ts): a language
	 * whose records did not change is put back from the cache, one that did is kept for next time.
	 * Without it every language is indexed and nothing is kept.
	 */
	cacheFolder?: string;
	/**
	 * Called before each language's index is written, which waits until its promise settles: the
	 * build waits for the export worker to end (data-exports.ts), since writing an index takes
	 * Pagefind's process to its peak (~1 GB at 10,000 datasets) and the two peaks added up.
	 */
	writeAfter?: () => Promise<unknown>;
}

/**
 * Records sent to Pagefind and not yet answered, at most: enough that its process never waits for
 * the next one, few enough to bound the messages held in memory.
 */
const IN_FLIGHT = 256;

/** A search index being built: records go to Pagefind from the moment it is started. */
export interface SearchIndexing {
	/**
	 * Writes the bundle to `<outDir>/pagefind` (each language's index as soon as its records are
	 * in) and the facet tables once every record is in, then stops Pagefind's service, without
	 * waiting for the caller: call it as soon as nothing will empty `outDir` any more, so that
	 * Pagefind's memory is let go before the pages' build peaks. Later calls do nothing.
	 */
	write(outDir: string): void;
	/**
	 * {@link write}s (unless already asked) and waits for the bundle. Throws a
	 * {@link SearchIndexError} listing Pagefind's errors, or saying which step did not finish in
	 * time; the service is stopped either way.
	 */
	finish(outDir: string): Promise<IndexSummary>;
	/** Stops Pagefind's service and drops the index (a build that failed before {@link finish}). */
	close(): Promise<void>;
}

/**
 * Starts Pagefind's service and hands it `records` (or the records once the promise gives them) in
 * their order, which becomes the order of the pages in each language's index. The records must
 * come language by language (as {@link catalogueSearchRecords} gives them): each language's index
 * is written, and its process stopped, before the next language's starts. Errors surface in
 * {@link SearchIndexing.finish}.
 */
export function startSearchIndex(records: Iterable<SearchRecord> | Promise<Iterable<SearchRecord>>, options: SearchIndexOptions = {}): SearchIndexing {
	const limit = options.stepTimeoutSeconds ?? DEFAULT_STEP_TIMEOUT_SECONDS;
	const fail = (step: string, errors: readonly string[]) => new SearchIndexError(`Building the search index failed while ${step}:\n  ${errors.join('\n  ')}`);
	const step = <T>(name: string, work: Promise<T>): Promise<T> =>
		withTimeout(work, limit * 1000, name).catch((error: unknown) => {
			if (!(error instanceof TimeoutError)) throw error;
			throw fail(name, [`Pagefind did not answer within ${limit} s (SEARCH_INDEX_TIMEOUT_SECONDS); its service may have stopped.`]);
		});
	let closed = false;
	const stopWatching = killOnStop();
	// Where the bundle goes, once write() is told: each language's index is written there before the next one starts.
	let outputPathKnown!: (outputPath: string) => void;
	let outputPathLost!: (error: Error) => void;
	const bundleFolder = new Promise<string>((known, lost) => ((outputPathKnown = known), (outputPathLost = lost)));
	bundleFolder.catch(() => {});
	const adding = (async () => {
		const all = await records;
		if (closed) throw new SearchIndexError('The search index was closed before it was built.');
		// Only what the facet and sort tables need is kept of each record: the documents go to Pagefind and are let go.
		const added = new Map<string, Pick<SearchRecord, 'filters' | 'sort'>[]>();
		const languages: EntryLanguages = {};
		const keptLanguages: string[] = [];
		// One Pagefind process per language, one after the other: a process writing one language's
		// index peaks at about two thirds of one writing both (980 against 1,360 MB at 10,000 datasets),
		// and each language's files are the same either way; only pagefind-entry.json is merged here.
		// A language whose records are all as a kept index's is put back from the cache instead.
		const indexLanguage = async (lang: string, batch: SearchRecord[]) => {
			const key = options.cacheFolder === undefined ? undefined : languageKey(lang, batch);
			const kept = key === undefined ? undefined : languageFolder(options.cacheFolder!, lang);
			if (key !== undefined && kept !== undefined) {
				const restored = await restoreLanguage(kept, key, lang, await bundleFolder);
				if (restored) {
					keptLanguages.push(lang);
					return void Object.assign(languages, restored);
				}
			}
			const written = await indexRecords(batch, step, fail, () => closed, await bundleFolder, options.writeAfter);
			Object.assign(languages, written);
			if (key !== undefined && kept !== undefined && written[lang]) await saveLanguage(kept, key, lang, written[lang], await bundleFolder);
		};
		const batch: SearchRecord[] = [];
		for (const record of all) {
			if (closed) throw new SearchIndexError('The search index was closed before it was built.');
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
		// No record at all: an empty bundle all the same, which the search page reports as empty.
		else if (added.size === 0) Object.assign(languages, await indexRecords([], step, fail, () => closed, await bundleFolder));
		if (added.size > 1) await mergeEntry(await bundleFolder, languages);
		return { added, keptLanguages };
	})();
	// Awaited in finish(); a build that fails before then must not also crash on an unhandled rejection.
	adding.catch(() => {});
	let writing: { outDir: string; summary: Promise<IndexSummary> } | undefined;
	const indexing: SearchIndexing = {
		write(outDir) {
			if (writing) return;
			const outputPath = join(outDir, PAGEFIND_FOLDER);
			const summary = (async () => {
				try {
					outputPathKnown(outputPath);
					const { added, keptLanguages } = await adding;
					const facetTables = await writeFacetTables(outputPath, added);
					await writeFirstPages(outputPath);
					return { pagesByLanguage: await indexedPages(outputPath), outputPath, facetTables, keptLanguages };
				} finally {
					await indexing.close();
				}
			})();
			summary.catch(() => {});
			writing = { outDir, summary };
		},
		async finish(outDir) {
			indexing.write(outDir);
			if (resolve(writing!.outDir) !== resolve(outDir)) throw new SearchIndexError(`The search index was written to ${writing!.outDir}, not ${outDir}.`);
			return writing!.summary;
		},
		async close() {
			closed = true;
			outputPathLost(new SearchIndexError('The search index was closed before it was built.'));
			stopWatching();
			await pagefind.close();
		},
	};
	return indexing;
}

/**
 * Indexes `batch` (one language's records, or none) in a Pagefind process of its own, writes the
 * index into `outputPath`, stops the process and returns the entry file's languages.
 */
async function indexRecords(
	batch: readonly SearchRecord[],
	step: Step,
	fail: Fail,
	closed: () => boolean,
	outputPath: string,
	writeAfter?: () => Promise<unknown>,
): Promise<EntryLanguages> {
	const index = await newIndex(step, fail);
	const inFlight: Promise<void>[] = [];
	let failure: unknown;
	for (const record of batch) {
		// After close(), this index's id may name another build's index in a restarted service.
		if (closed()) throw new SearchIndexError('The search index was closed before it was built.');
		if (failure !== undefined) break;
		const name = `indexing ${record.url}`;
		inFlight.push(
			step(name, index.addHTMLFile({ url: record.url, content: record.content })).then(
				(response) => {
					if (response.errors.length > 0) failure ??= fail(name, response.errors);
				},
				(error: unknown) => {
					failure ??= error;
				},
			),
		);
		if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
	}
	await Promise.all(inFlight);
	if (failure !== undefined) throw failure;
	await writeAfter?.().catch(() => {});
	if (closed()) throw new SearchIndexError('The search index was closed before it was built.');
	const written = await writeIndex(index, outputPath, step, fail);
	await pagefind.close();
	return written;
}

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Until the returned function is called, a stop signal first kills Pagefind's process (its
 * `close()` kills it at once): it writes the bundle into the build's working folder while the pages
 * are built, and must write nothing more once scripts/build.ts's own handler, which runs next,
 * removes that folder. A process with no handler of its own then gets the signal's usual effect.
 */
function killOnStop(): () => void {
	const onSignal = (signal: NodeJS.Signals) => {
		void pagefind.close();
		if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
	};
	for (const signal of STOP_SIGNALS) process.prependOnceListener(signal, onSignal);
	return () => {
		for (const signal of STOP_SIGNALS) process.off(signal, onSignal);
	};
}

/** Every dataset's search record, language by language in the site's order, datasets in the catalogue's order. */
export function* catalogueSearchRecords(catalogue: Catalogue): Generator<SearchRecord> {
	for (const lang of siteLanguages(catalogue)) for (const dataset of catalogue.datasets) yield datasetSearchRecord(dataset, catalogue, lang);
}

/**
 * The step time limit set by `SEARCH_INDEX_TIMEOUT_SECONDS`, or undefined (the default) when it is
 * unset. Throws on a value that is not a positive number, rather than silently ignore it.
 */
export function stepTimeoutFromEnv(env: Record<string, string | undefined> = process.env): number | undefined {
	const raw = env.SEARCH_INDEX_TIMEOUT_SECONDS;
	if (raw === undefined || raw.trim() === '') return undefined;
	const seconds = Number(raw);
	if (!Number.isFinite(seconds) || seconds <= 0) {
		throw new SearchIndexError(`SEARCH_INDEX_TIMEOUT_SECONDS must be a positive number of seconds (got "${raw}")`);
	}
	return seconds;
}

/** The number of pages in each language's index, as the bundle's entry file records them. */
async function indexedPages(outputPath: string): Promise<Record<string, number>> {
	const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
		languages?: Record<string, { page_count?: number }>;
	};
	return Object.fromEntries(Object.entries(entry.languages ?? {}).map(([lang, info]) => [lang, info.page_count ?? 0]));
}

/** The integration, registered in astro.config.mjs. */
export default function pagefindIntegration(): AstroIntegration {
	// The index of the build under way; one that failed part-way leaves its own, closed by the next.
	let indexing: SearchIndexing | undefined;
	let outDir: string | undefined;
	let started = 0;
	/** Seconds the search index waited, before writing, for the export worker to end and its heap to go (data-exports.ts). */
	let waitedForWorker = 0;
	return {
		name: 'open-data-catalogue:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
			},
			'astro:build:start': async () => {
				await indexing?.close();
				started = performance.now();
				waitedForWorker = 0;
				// Not awaited: the records are made and indexed while Astro goes on with the pages.
				// Kept indexes only under `npm run build` holding the catalogue's cache (scripts/build.ts), as Astro's pages.
				const cacheFolder = process.env.ODC_INCREMENTAL === '1' ? catalogueRoot() : undefined;
				indexing = startSearchIndex(getCatalogue().then(catalogueSearchRecords), {
					stepTimeoutSeconds: stepTimeoutFromEnv(),
					cacheFolder,
					writeAfter: async () => {
						const from = performance.now();
						await exportWorkerEnded();
						waitedForWorker += (performance.now() - from) / 1000;
					},
				});
			},
			// Astro empties the output folder before it sets up its build (static-build.ts): from here
			// on, the bundle can be written there as soon as the records are in.
			'astro:build:setup': ({ logger }) => {
				if (!outDir || !indexing) return;
				indexing.write(outDir);
				const written = () =>
					logger.info(`Search index written and Pagefind stopped ${((performance.now() - started) / 1000).toFixed(2)}s after the build started`);
				// Failures are reported by astro:build:done, which fails the build.
				indexing.finish(outDir).then(written, () => {});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const current = indexing;
				indexing = undefined;
				if (!current) throw new SearchIndexError('The search index was not started: astro:build:start did not run.');
				const finishing = performance.now();
				const { pagesByLanguage, outputPath, facetTables, keptLanguages } = await current.finish(fileURLToPath(dir));
				for (const [lang, { madeFrom }] of Object.entries(facetTables)) {
					if (madeFrom !== 'records') logger.warn(`The ${lang} facet table was made from Pagefind's fragments: ${madeFrom.fragments}.`);
				}
				// npm run bench reads the time from this line (scripts/bench/search-index.ts): keep its shape.
				const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(2);
				const counts = Object.entries(pagesByLanguage).map(
					([lang, pages]) => `${pages} ${lang}${keptLanguages.includes(lang) ? ' (kept from the last build)' : ''}`,
				);
				if (counts.length === 0) logger.warn('No page was indexed for search: the catalogue has no datasets.');
				else
					logger.info(
						`Indexed ${counts.join(', ')} pages for search in ${seconds(finishing)}s after the pages, ${seconds(started)}s since the build started (${outputPath})`,
					);
				if (waitedForWorker > 0) logger.info(`The search index waited ${waitedForWorker.toFixed(2)}s for the export worker's memory before it was written`);
			},
		},
	};
}
