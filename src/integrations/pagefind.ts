/**
 * An Astro integration that builds the site's search index with Pagefind while Astro builds the
 * pages. As the build starts, each dataset's search record in each language (its page's address
 * and a small HTML document with what the index knows of it: src/lib/search/search-record.ts) is
 * made from the catalogue and handed to Pagefind, which indexes it in its own process, on the other
 * core, while Astro renders; the bundle goes to `<outDir>/pagefind/`, which the site serves at
 * `<base>pagefind/`, with a facet table per language (facet-tables.ts) that the search page counts
 * facet values with, and a sort table it sorts results with. Each language is indexed (with French
 * stemming for `fr`), put back from the cache folder or kept for the next build by
 * pagefind-languages.ts, one language after the other.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { TimeoutError, withTimeout } from '../lib/async/with-timeout.ts';
import { afterPagesCollections } from '../lib/build/after-pages-collections.ts';
import { releaseFigures, type ReleasedGarbage } from '../lib/build/release-garbage.ts';
import { writesBesidePages, type IndexWrite } from '../lib/build/writes-beside-pages.ts';
import type { Catalogue } from '../lib/model/catalogue.ts';
import { codeVersion } from '../lib/build/code-version.ts';
import { catalogueSearchRecords } from '../lib/search/catalogue-search-records.ts';
import { searchRecordsMadeAhead } from '../lib/search/search-records-thread.ts';
import { getCatalogue } from '../lib/site/get-catalogue.ts';
import { exportWorkerEnded } from './data-exports.ts';
import { writeFacetTables, type WrittenFacetTable } from './facet-tables.ts';
import { writeFirstPages } from './first-pages.ts';
import { readBundleEntry } from './pagefind-bundle.ts';
import { closedError, SearchIndexError } from './pagefind-language-index.ts';
import { indexLanguages, type LanguagesOptions, type SearchRecords } from './pagefind-languages.ts';
import { takeEarlySearchIndex } from './pagefind-early.ts';
import { searchIndexOptionsFromEnv } from './pagefind-env.ts';
import { killOnStop } from './pagefind-stop-signals.ts';

export { SearchIndexError, catalogueSearchRecords };
export { searchIndexOptionsFromEnv, shardRecordsFromEnv, stepTimeoutFromEnv } from './pagefind-env.ts';

/** The folder, inside the output folder, that holds the search bundle. */
export const PAGEFIND_FOLDER = 'pagefind';

/** What indexing produced, for the build log. */
export interface IndexSummary {
	/** Pages indexed, per language (from the bundle's `pagefind-entry.json`). */
	pagesByLanguage: Record<string, number>;
	outputPath: string;
	/** The facet tables written, by language. */
	facetTables: Record<string, WrittenFacetTable>;
	/** The languages whose index was put back from the cache folder rather than indexed (pagefind-language-cache.ts), every shard of it. */
	keptLanguages: string[];
	/** For each language with a shard put back from the cache folder, how many of its shards were. */
	shardsKept?: ReadonlyMap<string, { kept: number; shards: number }>;
	/** For each language indexed again with fragments kept from its last index (pagefind-kept-fragments.ts), how many of its pages' were. */
	fragmentsKept?: ReadonlyMap<string, { kept: number; pages: number }>;
	/** The records made, by language, where the others were taken from the last build (catalogue-search-records.ts); as {@link SearchIndexOptions.recordsMade} gave them. */
	recordsMade?: ReadonlyMap<string, number>;
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
	 * Called before each language's index (or shard) is written, which waits until its promise
	 * settles: the build waits for the export worker to end (data-exports.ts), since writing an
	 * index takes Pagefind's process to its peak (~1 GB at 10,000 datasets) and the two peaks added
	 * up; a second whole language written beside the pages is preceded by a collection of the
	 * build's garbage (writes-beside-pages.ts).
	 */
	writeAfter?: (write: IndexWrite) => Promise<unknown>;
	/** How a language is kept for the next build (pagefind-languages.ts's `keep`): for tests. */
	keepLanguage?: LanguagesOptions['keep'];
	/** Filled, as the records are made, with how many of each language were made rather than kept: for the build's log. */
	recordsMade?: Map<string, number>;
	/**
	 * The fewest records of a shard of a language's index (src/lib/search/search-shards.ts): a
	 * language of fewer than twice as many is one index. 0, every language is one index; unset, a
	 * language of more than `LARGEST_WHOLE_INDEX` records is cut into shards and any other is one index.
	 */
	shardRecords?: number;
}

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
export function startSearchIndex(records: SearchRecords | Promise<SearchRecords>, options: SearchIndexOptions = {}): SearchIndexing {
	const limit = options.stepTimeoutSeconds ?? DEFAULT_STEP_TIMEOUT_SECONDS;
	const fail = (step: string, errors: readonly string[]) => new SearchIndexError(`Building the search index failed while ${step}:\n  ${errors.join('\n  ')}`);
	const step = <T>(name: string, work: Promise<T>): Promise<T> =>
		withTimeout(work, limit * 1000, name).catch((error: unknown) => {
			if (!(error instanceof TimeoutError)) throw error;
			throw fail(name, [`Pagefind did not answer within ${limit} s (SEARCH_INDEX_TIMEOUT_SECONDS); its service may have stopped.`]);
		});
	// Aborted by close(): nothing is indexed, put back or kept after it.
	const closing = new AbortController();
	const stopWatching = killOnStop();
	// Where the bundle goes, once write() is told: each language's index is written there before the next one starts.
	let outputPathKnown!: (outputPath: string) => void;
	let outputPathLost!: (error: Error) => void;
	const bundleFolder = new Promise<string>((known, lost) => ((outputPathKnown = known), (outputPathLost = lost)));
	bundleFolder.catch(() => {});
	// Languages being kept for the next build, alongside the next language's indexing: waited for before the bundle is done.
	const saves: Promise<void>[] = [];
	const adding = (async () => {
		const all = await records;
		if (closing.signal.aborted) throw closedError();
		return indexLanguages(all, {
			step,
			fail,
			signal: closing.signal,
			bundleFolder,
			cacheFolder: options.cacheFolder,
			writeAfter: options.writeAfter,
			keep: options.keepLanguage,
			shardRecords: options.shardRecords,
			saving: (save) => saves.push(save),
		}).catch((error: unknown) => {
			// Closed mid-step, Pagefind's service answers that it was closed: say what happened.
			throw closing.signal.aborted ? closedError() : error;
		});
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
					const { added, keptLanguages, shardsKept, fragmentsKept } = await adding;
					const facetTables = await writeFacetTables(outputPath, added);
					await writeFirstPages(outputPath);
					// A save links files from the bundle folder, which the build moves once this is done.
					await Promise.all(saves);
					return {
						pagesByLanguage: await indexedPages(outputPath),
						outputPath,
						facetTables,
						keptLanguages,
						shardsKept,
						fragmentsKept,
						recordsMade: options.recordsMade,
					};
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
			closing.abort();
			outputPathLost(closedError());
			stopWatching();
			await pagefind.close();
			// Stopped by the abort, they write nothing more once this resolves (the bundle folder may be removed next).
			await Promise.all(saves);
		},
	};
	return indexing;
}

/**
 * {@link startSearchIndex} of every dataset's record in `catalogue` (or the catalogue once the
 * promise gives it): the records the last build kept serve where their inputs are unchanged
 * (catalogue-search-records.ts), and how many of each language were made goes to the summary.
 */
export function startCatalogueSearchIndex(catalogue: Catalogue | Promise<Catalogue>, options: SearchIndexOptions = {}): SearchIndexing {
	const recordsMade = new Map<string, number>();
	const made = (lang: string, count: number) => void recordsMade.set(lang, count);
	// Made ahead on a thread of their own: the main thread is Astro's (search-records-thread.ts).
	const records = (given: Catalogue) => searchRecordsMadeAhead(given, { cacheFolder: options.cacheFolder, version: codeVersion(), made });
	return startSearchIndex(catalogue instanceof Promise ? catalogue.then(records) : records(catalogue), { ...options, recordsMade });
}

/** The number of pages in each language's index, every shard of it, as the bundle's entry files record them. */
async function indexedPages(outputPath: string): Promise<Record<string, number>> {
	const entry = await readBundleEntry(outputPath);
	const pages: Record<string, number> = {};
	for (const [lang, info] of Object.entries(entry.languages ?? {})) {
		pages[lang] = info.page_count ?? 0;
		for (const folder of entry.odc_shards?.[lang]?.folders ?? [])
			pages[lang] += (await readBundleEntry(join(outputPath, folder))).languages?.[lang]?.page_count ?? 0;
	}
	return pages;
}

/**
 * A collection's line in the build's log: "Gave back 174 MB of the build's memory (578 MB left) in
 * 0.56s before …", or "Gave back 150 MB more (…)" for one after another.
 */
function gaveBack(released: ReleasedGarbage, before: string, amount = "of the build's memory"): string {
	const { given, left, seconds } = releaseFigures(released);
	return `Gave back ${given} MB ${amount} (${left} MB left) in ${seconds}s ${before}`;
}

/** The integration, registered in astro.config.mjs. */
export default function pagefindIntegration(): AstroIntegration {
	// The index of the build under way; one that failed part-way leaves its own, closed by the next.
	let indexing: SearchIndexing | undefined;
	let outDir: string | undefined;
	let started = 0;
	/** Seconds the search index waited, before writing, for the export worker's process to end (data-exports.ts). */
	let waitedForWorker = 0;
	let collections = afterPagesCollections();
	let writes = writesBesidePages();
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
				collections = afterPagesCollections();
				writes = writesBesidePages();
				const writeAfter = async (write: IndexWrite) => {
					const from = performance.now();
					await exportWorkerEnded();
					waitedForWorker += (performance.now() - from) / 1000;
					writes.beforeWrite(write);
					collections.beforeWrite();
				};
				// Started by `npm run build` as soon as it had the catalogue (pagefind-early.ts), else here.
				// Not awaited: the records are made and indexed while Astro goes on with the pages.
				indexing = (await takeEarlySearchIndex(writeAfter)) ?? startCatalogueSearchIndex(getCatalogue(), { ...searchIndexOptionsFromEnv(), writeAfter });
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
				// The pages are done and Pagefind may be writing an index: let the two peaks not add up.
				const released = collections.pagesDone();
				writes.pagesDone();
				if (released) logger.info(gaveBack(released, 'before waiting for the search index'));
				const { pagesByLanguage, outputPath, facetTables, keptLanguages, shardsKept, fragmentsKept, recordsMade } = await current.finish(fileURLToPath(dir));
				for (const [lang, { madeFrom }] of Object.entries(facetTables)) {
					if (madeFrom !== 'records') logger.warn(`The ${lang} facet table was made from Pagefind's fragments: ${madeFrom.fragments}.`);
				}
				// npm run bench reads the time from this line (scripts/bench/search-index.ts): keep its shape.
				const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(2);
				const kept = (lang: string) => {
					const shards = shardsKept?.get(lang);
					if (keptLanguages.includes(lang))
						return shards && shards.shards > 1 ? ` (kept from the last build, ${shards.shards} shards)` : ' (kept from the last build)';
					return shards ? ` (${shards.kept} of ${shards.shards} shards kept from the last build)` : '';
				};
				const counts = Object.entries(pagesByLanguage).map(([lang, pages]) => `${pages} ${lang}${kept(lang)}`);
				if (counts.length === 0) logger.warn('No page was indexed for search: the catalogue has no datasets.');
				else
					logger.info(
						`Indexed ${counts.join(', ')} pages for search in ${seconds(finishing)}s after the pages, ${seconds(started)}s since the build started (${outputPath})`,
					);
				if (fragmentsKept && fragmentsKept.size > 0)
					logger.info(
						`Fragments kept from the last index: ${[...fragmentsKept].map(([lang, { kept, pages }]) => `${kept} of ${pages} ${lang}`).join(', ')} (the others written by Pagefind)`,
					);
				if (recordsMade && recordsMade.size > 0)
					logger.info(`Search records made: ${[...recordsMade].map(([lang, made]) => `${made} ${lang}`).join(', ')} (any other kept from the last build)`);
				if (collections.releasedBeforeWrite) logger.info(gaveBack(collections.releasedBeforeWrite, 'before the first index written after the pages', 'more'));
				if (waitedForWorker > 0) logger.info(`The search index waited ${waitedForWorker.toFixed(2)}s for the export worker to end before it was written`);
				if (writes.released) logger.info(gaveBack(writes.released, "before a second language's index was written beside the pages"));
			},
		},
	};
}
