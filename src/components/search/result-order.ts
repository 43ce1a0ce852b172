/**
 * The search page's sort orders other than relevance: Pagefind finds by relevance, and the page
 * sorts over the sort table (src/lib/search/sort-table.ts), fetched once, when the reader first
 * asks for such an order, with the facet table whose page positions it gives.
 */
import type { FacetIndex } from '../../lib/search/narrow.ts';
import { sortByKey, type SortIndex } from '../../lib/search/sort-table.ts';
import type { SearchState } from '../../lib/search/state.ts';
import { loadSortTableOrNone } from './load-facet-table.ts';
import type { ResultOrder } from './ranked-results.ts';

/** The orders of one search page. */
export class ResultOrders {
	readonly #base: string;
	readonly #lang: string;
	readonly #facets: () => Promise<FacetIndex>;
	#loading: Promise<SortIndex | undefined> | undefined;

	/** `facets` fetches the facet table (once), as the page's facets do. */
	constructor(base: string, lang: string, facets: () => Promise<FacetIndex>) {
		this.#base = base;
		this.#lang = lang;
		this.#facets = facets;
	}

	/**
	 * How results are put in the order `state` asks for: nothing for relevance. Without a sort
	 * table, results stay in relevance order (the console says why).
	 */
	async for(state: SearchState): Promise<ResultOrder | undefined> {
		const sort = state.sort;
		if (sort === 'relevance') return undefined;
		this.#loading ??= this.#facets().then((facets) => loadSortTableOrNone(this.#base, this.#lang, facets));
		const [facets, sorts] = await Promise.all([this.#facets(), this.#loading]);
		return sorts ? (results) => sortByKey(results, sort, facets, sorts) : (results) => results;
	}
}
