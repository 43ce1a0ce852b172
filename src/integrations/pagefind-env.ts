/**
 * The build's search index options from the environment (pagefind.ts): its steps' time limit
 * (`SEARCH_INDEX_TIMEOUT_SECONDS`), its shards' size (`SEARCH_SHARD_RECORDS`), and kept indexes
 * under `npm run build`.
 */
import { catalogueRoot } from '../lib/site/catalogue-store.ts';
import { SearchIndexError } from './pagefind-language-index.ts';
import type { SearchIndexOptions } from './pagefind.ts';

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

/**
 * The fewest records of a search index's shard set by `SEARCH_SHARD_RECORDS` (0: every language one
 * index, however large), or undefined (the default: only a language too large to index whole is cut,
 * src/lib/search/search-shards.ts) when it is unset. Throws on a value that is not a whole number
 * of records.
 */
export function shardRecordsFromEnv(env: Record<string, string | undefined> = process.env): number | undefined {
	const raw = env.SEARCH_SHARD_RECORDS;
	if (raw === undefined || raw.trim() === '') return undefined;
	const records = Number(raw);
	if (!Number.isSafeInteger(records) || records < 0) {
		throw new SearchIndexError(`SEARCH_SHARD_RECORDS must be a whole number of records: the fewest of a shard, or 0 for one index per language (got "${raw}")`);
	}
	return records;
}

/**
 * The options the build's search index takes from the environment: its steps' time limit, its
 * shards' size, and kept indexes only under `npm run build` holding the catalogue's cache
 * (scripts/build.ts), as Astro's pages. Throws on a time limit or shard size out of bounds.
 */
export function searchIndexOptionsFromEnv(env: Record<string, string | undefined> = process.env): Omit<SearchIndexOptions, 'writeAfter'> {
	return {
		stepTimeoutSeconds: stepTimeoutFromEnv(env),
		shardRecords: shardRecordsFromEnv(env),
		cacheFolder: env.ODC_INCREMENTAL === '1' ? catalogueRoot() : undefined,
	};
}
