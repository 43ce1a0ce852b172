/**
 * The result lists Pagefind gave the search element, kept for reuse: the last search's, which a
 * facet change needs again (facets narrow it in the page), and the every-page one.
 *
 * A query is searched as src/lib/search/query.ts says (elisions and empty words dropped). In
 * relevance order, the first {@link RERANKED} results are then put in order of how many of the
 * words they have as themselves (title first, then the indexed text), keeping Pagefind's order
 * between equals: Pagefind stems, so "stationnement" alone would rank station pages as high as
 * parking ones. When no result has every word, each word is searched alone and the results are
 * ordered by how many words they have: the list is then marked `relaxed`, and the page says so —
 * as it does when none of the first results has every word (Pagefind leaves out a word its index
 * lacks). With an index in shards, what each shard finds is first made what one index finds
 * (shard-results.ts).
 * Another sort order than relevance is the caller's (`order`, over the sort table): Pagefind
 * finds, the page sorts.
 */
import { exactWordCount, foldedWords, hasEveryWord, queryWords, relaxedSearches, searchText } from '../../lib/search/query.ts';
import type { SearchState } from '../../lib/search/state.ts';
import type { PagefindApi, PagefindResult } from './pagefind-api.ts';
import { shardFiltered } from './shard-results.ts';
import type { PagefindResultData } from './results-view.ts';

/** How many of the first results are re-ranked by their words (their text is loaded for it). */
export const RERANKED = 10;

/** Every result of one search, in order (relevance, re-ranked, or the sort asked). */
export interface RankedResults {
	/** The query and sort it ran with. */
	key: string;
	ids: string[];
	byId: Map<string, PagefindResult>;
	/** Whether no result had every word, so these have most of them. */
	relaxed: boolean;
}

/** Puts Pagefind's results (in relevance order) in the order the reader chose. */
export type ResultOrder = (results: PagefindResult[]) => PagefindResult[];

/** The lists, and the searches that fill them. */
export class RankedResultsCache {
	/** Whether the index is cut into shards merged into Pagefind's search (shard-results.ts). */
	sharded = false;
	#last: RankedResults | undefined;
	/**
	 * Every page, in Pagefind's order for no words: kept for the page's life, since it serves every
	 * search without words, and because letting it go costs Pagefind's wrapper a message to its
	 * worker per result (50,000 at 50,000 datasets) when the garbage collector takes it.
	 */
	#everyPage: RankedResults | undefined;

	/**
	 * Pagefind's results for the state's query, all of them, in relevance order or, for another sort,
	 * in `order` (which the caller must give then): kept ones when the query and sort have not changed.
	 */
	async get(pagefind: PagefindApi, state: SearchState, order?: ResultOrder): Promise<RankedResults> {
		const sort = state.sort === 'relevance' ? undefined : order;
		if (state.sort !== 'relevance' && !sort) throw new Error(`sorting by ${state.sort} needs an order`);
		const key = JSON.stringify([state.query, state.sort]);
		const text = searchText(state.query);
		const isEveryPage = !text && state.sort === 'relevance';
		if (isEveryPage && this.#everyPage) return this.#everyPage;
		if (this.#last?.key === key) return this.#last;
		// No query: every page, for the facets to narrow.
		let results = (await pagefind.search(text || null, {}))?.results ?? [];
		if (this.sharded && text) results = await shardFiltered(pagefind, state.query, results);
		if (sort) results = sort(results);
		let relaxed = false;
		if (results.length === 0 && text) {
			results = await mostWords(pagefind, state.query, sort, this.sharded);
			relaxed = results.length > 0;
		}
		if (text && !sort) {
			const reranked = await byExactWords(results, queryWords(state.query));
			results = reranked.results;
			// Pagefind drops a word its index lacks: then no result has every word, and the page says so.
			relaxed ||= results.length > 0 && queryWords(state.query).length > 1 && !reranked.complete;
		}
		const ranked = { key, ids: results.map((result) => result.id), byId: new Map(results.map((result) => [result.id, result])), relaxed };
		if (isEveryPage) this.#everyPage = ranked;
		else this.#last = ranked;
		return ranked;
	}
}

/** The results of each word alone (over shards, as one index gives them), ordered by how many of the words found them, then by best rank (in `sort`'s order, if given). */
async function mostWords(pagefind: PagefindApi, query: string, sort: ResultOrder | undefined, sharded: boolean): Promise<PagefindResult[]> {
	const lists = await Promise.all(
		relaxedSearches(query).map(async (word) => {
			let results = (await pagefind.search(word, {}))?.results ?? [];
			if (sharded) results = await shardFiltered(pagefind, word, results);
			return sort ? sort(results) : results;
		}),
	);
	const found = new Map<string, { result: PagefindResult; words: number; best: number }>();
	for (const list of lists) {
		list.forEach((result, rank) => {
			const entry = found.get(result.id);
			if (entry) {
				entry.words++;
				entry.best = Math.min(entry.best, rank);
			} else found.set(result.id, { result, words: 1, best: rank });
		});
	}
	return [...found.values()].sort((a, b) => b.words - a.words || a.best - b.best).map((entry) => entry.result);
}

/**
 * The first {@link RERANKED} results ordered by how many of `words` their title has as themselves,
 * then their whole indexed text; Pagefind's order between equals and after them. A result whose
 * text cannot be loaded keeps its place in the order as if it had none of the words.
 */
async function byExactWords(results: PagefindResult[], words: string[]): Promise<{ results: PagefindResult[]; complete: boolean }> {
	if (results.length === 0 || words.length === 0) return { results, complete: true };
	const head = results.slice(0, RERANKED);
	const checks = await Promise.all(
		head.map(async (result) => {
			const data = await loadOnce(result).catch(() => undefined);
			// A result whose text cannot be read is taken to have the words, so the page never claims otherwise.
			if (!data) return { score: 0, complete: true };
			const text = foldedWords(`${data.meta.title ?? ''} ${data.content ?? ''}`);
			const score = exactWordCount(words, foldedWords(data.meta.title ?? '')) * 2 + exactWordCount(words, text);
			return { score, complete: hasEveryWord(words, text) };
		}),
	);
	const order = head.map((result, rank) => ({ result, rank, score: checks[rank]!.score }));
	order.sort((a, b) => b.score - a.score || a.rank - b.rank);
	return { results: [...order.map((entry) => entry.result), ...results.slice(RERANKED)], complete: checks.some((check) => check.complete) };
}

/** Pagefind's `data()` of a result, loaded once however often it is asked for. */
function loadOnce(result: PagefindResult): Promise<PagefindResultData> {
	const cached = dataCache.get(result);
	if (cached) return cached;
	const loading = result.data();
	dataCache.set(result, loading);
	const original = result.data.bind(result);
	result.data = () => dataCache.get(result) ?? original();
	return loading;
}

const dataCache = new WeakMap<PagefindResult, Promise<PagefindResultData>>();
