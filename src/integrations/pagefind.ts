/**
 * An Astro integration that builds the site's search index with Pagefind once the pages are
 * written (`astro:build:done`). Only pages with `data-pagefind-body` — the dataset pages — are
 * indexed; Pagefind makes one index per `<html lang>` (with French stemming for `fr`). The bundle
 * goes to `<outDir>/pagefind/`, which the site serves at `<base>pagefind/`, with a facet table per
 * language (facet-tables.ts) that the search page counts facet values with.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { TimeoutError, withTimeout } from '../lib/async/with-timeout.ts';
import { writeFacetTables } from './facet-tables.ts';

/** The folder, inside the output folder, that holds the search bundle. */
export const PAGEFIND_FOLDER = 'pagefind';

/** Thrown when Pagefind reports errors: the build fails rather than ship a broken search. */
export class SearchIndexError extends Error {}

/** What indexing produced, for the build log. */
export interface IndexSummary {
	/** Pages indexed, per language (from the bundle's `pagefind-entry.json`). */
	pagesByLanguage: Record<string, number>;
	outputPath: string;
}

/**
 * How long one step of Pagefind's service (start, index, write) may take by default: generous,
 * since 50,000 datasets index in a few minutes on two cores, but finite, because a step whose
 * service has died never settles and would hang the build for ever.
 */
export const DEFAULT_STEP_TIMEOUT_SECONDS = 900;

/** Options of {@link buildSearchIndex}. */
export interface SearchIndexOptions {
	/** The time limit of each step, in seconds (default {@link DEFAULT_STEP_TIMEOUT_SECONDS}). */
	stepTimeoutSeconds?: number;
}

/** The dataset pages, `<lang>/datasets/<id>/index.html`, relative to the output folder. */
export const DATASET_PAGES = '*/datasets/*/index.html';

/**
 * Indexes the dataset pages in `outDir` and writes the bundle to `<outDir>/pagefind`. Throws a
 * {@link SearchIndexError} listing Pagefind's errors, or saying which step did not finish in time;
 * always stops Pagefind's service.
 */
export async function buildSearchIndex(outDir: string, options: SearchIndexOptions = {}): Promise<IndexSummary> {
	const outputPath = join(outDir, PAGEFIND_FOLDER);
	const limit = options.stepTimeoutSeconds ?? DEFAULT_STEP_TIMEOUT_SECONDS;
	const fail = (step: string, errors: readonly string[]) => new SearchIndexError(`Building the search index failed while ${step}:\n  ${errors.join('\n  ')}`);
	const step = <T>(name: string, work: Promise<T>): Promise<T> =>
		withTimeout(work, limit * 1000, name).catch((error: unknown) => {
			if (!(error instanceof TimeoutError)) throw error;
			throw fail(name, [`Pagefind did not answer within ${limit} s (SEARCH_INDEX_TIMEOUT_SECONDS); its service may have stopped.`]);
		});
	try {
		const { index, errors } = await step('starting Pagefind', pagefind.createIndex({}));
		if (!index || errors.length > 0) throw fail('starting Pagefind', errors.length > 0 ? errors : ['no index was created']);
		// Only dataset pages carry data-pagefind-body; reading the list pages too would cost time for nothing.
		const added = await step(`indexing ${outDir}`, index.addDirectory({ path: outDir, glob: DATASET_PAGES }));
		if (added.errors.length > 0) throw fail(`indexing ${outDir}`, added.errors);
		// Pagefind's service panics, and its promise never settles, when the folder can't be created.
		await mkdir(outputPath, { recursive: true });
		const written = await step(`writing ${outputPath}`, index.writeFiles({ outputPath }));
		if (written.errors.length > 0) throw fail(`writing ${outputPath}`, written.errors);
		await writeFacetTables(outputPath);
		return { pagesByLanguage: await indexedPages(outputPath), outputPath };
	} finally {
		await pagefind.close();
	}
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
	return {
		name: 'open-data-catalogue:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const { pagesByLanguage, outputPath } = await buildSearchIndex(fileURLToPath(dir), { stepTimeoutSeconds: stepTimeoutFromEnv() });
				// npm run bench reads the time from this line (scripts/bench/search-index.ts): keep its shape.
				const seconds = ((performance.now() - started) / 1000).toFixed(2);
				const counts = Object.entries(pagesByLanguage).map(([lang, pages]) => `${pages} ${lang}`);
				if (counts.length === 0) logger.warn('No page was indexed for search: the catalogue has no datasets.');
				else logger.info(`Indexed ${counts.join(', ')} pages for search in ${seconds}s (${outputPath})`);
			},
		},
	};
}
