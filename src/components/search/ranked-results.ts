/**
 * The result lists Pagefind gave the search element, kept for reuse: the last search's, which a
 * facet change needs again (facets narrow it in the page), and the every-page one.
 */
import { pagefindSort, type SearchState } from '../../lib/search/state.ts';
import type { PagefindApi, PagefindResult } from './pagefind-api.ts';

/** Every result of one search, in Pagefind's order (relevance or the sort asked). */
export interface RankedResults {
	/** The query and sort it ran with. */
	key: string;
	ids: string[];
	byId: Map<string, PagefindResult>;
}

/** The lists, and the searches that fill them. */
export class RankedResultsCache {
	#last: RankedResults | undefined;
	/**
	 * Every page, in Pagefind's order for no words: kept for the page's life, since it serves every
	 * search without words, and because letting it go costs Pagefind's wrapper a message to its
	 * worker per result (50,000 at 50,000 datasets) when the garbage collector takes it.
	 */
	#everyPage: RankedResults | undefined;

	/** Pagefind's results for the state's query and sort, all of them, in order: kept ones when those have not changed. */
	async get(pagefind: PagefindApi, state: SearchState): Promise<RankedResults> {
		const sort = pagefindSort(state.sort);
		const key = JSON.stringify([state.query, state.sort]);
		const isEveryPage = !state.query && state.sort === 'relevance';
		if (isEveryPage && this.#everyPage) return this.#everyPage;
		if (this.#last?.key === key) return this.#last;
		// No query: every page, for the facets to narrow.
		const search = await pagefind.search(state.query || null, sort ? { sort } : {});
		const results = search?.results ?? [];
		const ranked = { key, ids: results.map((result) => result.id), byId: new Map(results.map((result) => [result.id, result])) };
		if (isEveryPage) this.#everyPage = ranked;
		else this.#last = ranked;
		return ranked;
	}
}
