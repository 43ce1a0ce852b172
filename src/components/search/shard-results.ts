/**
 * Pagefind's results over an index cut into shards (src/lib/search/search-shards.ts), made what one
 * index gives. Pagefind matches each word by its stem and the indexed words it starts; a shard with
 * no such word does what one index does only when the whole catalogue lacks it: it leaves the word
 * out of a query of several, and, alone, takes the longest indexed word the stem starts with
 * ("infonuagique" → "info"), so a rare word listed dozens of unrelated datasets from the shards that
 * lack it (45 instead of 2 on the real records).
 */
import { queryWords } from '../../lib/search/query.ts';
import type { PagefindApi, PagefindResult } from './pagefind-api.ts';

/** At most this many words are checked, as the relaxed search takes them (query.ts). */
const WORDS_CHECKED = 6;

/** The shard a result comes from: its page id without the position (`en_0a1b2c3d4e_1z` → `en_0a1b2c3d4e`, pagefind-page-ids.ts). */
export function shardOf(id: string): string {
	const last = id.lastIndexOf('_');
	return last > id.indexOf('_') ? id.slice(0, last) : id;
}

/**
 * `results` (of every word of `query` searched together) with only the pages that each word finds
 * alone, and, for each word that some shard holds as itself (its stem, searched exactly), only the
 * pages of the shards that hold it: what one index gives, but for a page that has only longer words
 * the stem starts (`parkway` for "park") in a shard without the word itself. A word no shard holds
 * as itself (one being typed) is left to Pagefind. The words' searches load no more of the index
 * than the search of them all did.
 */
export async function shardFiltered(pagefind: PagefindApi, query: string, results: PagefindResult[]): Promise<PagefindResult[]> {
	const words = [...new Set(queryWords(query))].slice(0, WORDS_CHECKED);
	if (words.length === 0 || results.length === 0) return results;
	const checks = await Promise.all(
		words.map(async (word) => {
			const [found, exact] = await Promise.all([pagefind.search(word, {}), pagefind.search(`"${word}"`, {})]);
			const holding = new Set((exact?.results ?? []).map((result) => shardOf(result.id)));
			return { ids: new Set((found?.results ?? []).map((result) => result.id)), holding };
		}),
	);
	return results.filter((result) =>
		checks.every(({ ids, holding }) => (words.length === 1 || ids.has(result.id)) && (holding.size === 0 || holding.has(shardOf(result.id)))),
	);
}
