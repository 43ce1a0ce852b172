/**
 * The state of the search page — query, selected facet values, sort order and results page — and
 * its round trip through the page address, so that a search can be shared, bookmarked, reloaded and
 * walked through with the back button. Pure and free of DOM and build dependencies: the search
 * element (src/components/search/) and the build (the dataset page's index data) both use it.
 *
 * Addresses look like `/en/search/?q=traffic&publisher=Ministry+of+Transportation&format=CSV&format=JSON&sort=modified&page=2`:
 * one parameter per selected value, so any form or link can produce them.
 */

/** The facets a search can be narrowed by, in the order the page shows them. Also Pagefind's filter names. */
export const FACETS = ['publisher', 'theme', 'format', 'access', 'licence', 'frequency', 'freshness', 'highValue'] as const;

/** A facet's name, e.g. `publisher`. */
export type Facet = (typeof FACETS)[number];

/** How results can be ordered: Pagefind's relevance, last modified (newest first), title (A to Z): see sort-table.ts. */
export const SORTS = ['relevance', 'modified', 'title'] as const;

/** A sort order's name. */
export type Sort = (typeof SORTS)[number];

/** Results shown per page. */
export const RESULTS_PER_PAGE = 10;

/** Everything that determines what the search page shows. */
export interface SearchState {
	/** The words typed, trimmed; empty for none. */
	query: string;
	/** The selected values of each facet (only facets with a selection are present). */
	filters: Partial<Record<Facet, string[]>>;
	sort: Sort;
	/** The results page, from 1. */
	page: number;
}

/** The state of a fresh search page. */
export const EMPTY_STATE: SearchState = { query: '', filters: {}, sort: 'relevance', page: 1 };

/** Whether `value` is one of {@link FACETS}. */
export function isFacet(value: string): value is Facet {
	return (FACETS as readonly string[]).includes(value);
}

/** Whether `value` is one of {@link SORTS}. */
export function isSort(value: string): value is Sort {
	return (SORTS as readonly string[]).includes(value);
}

/**
 * The state described by an address's query string (`?q=…&theme=…`). Unknown parameters, unknown
 * sort orders, repeated values and page numbers that are not positive integers are ignored.
 */
export function parseState(search: string | URLSearchParams): SearchState {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const filters: SearchState['filters'] = {};
	for (const facet of FACETS) {
		const values = [...new Set(params.getAll(facet).filter((value) => value !== ''))];
		if (values.length > 0) filters[facet] = values;
	}
	const sort = params.get('sort') ?? '';
	const page = Number(params.get('page'));
	return {
		query: (params.get('q') ?? '').trim(),
		filters,
		sort: isSort(sort) ? sort : 'relevance',
		page: Number.isInteger(page) && page > 1 ? page : 1,
	};
}

/**
 * The query string for `state`, with a leading `?` (or empty for a fresh search). Defaults are left
 * out (relevance, page 1) so that addresses stay short; facets come in {@link FACETS} order.
 */
export function serializeState(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.query) params.set('q', state.query);
	for (const facet of FACETS) for (const value of state.filters[facet] ?? []) params.append(facet, value);
	if (state.sort !== 'relevance') params.set('sort', state.sort);
	if (state.page > 1) params.set('page', String(state.page));
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** Whether at least one facet value is selected. */
export function hasFilters(state: SearchState): boolean {
	return FACETS.some((facet) => (state.filters[facet]?.length ?? 0) > 0);
}

/** How many filter values `state` selects, over every facet. */
export function selectedCount(state: SearchState): number {
	return FACETS.reduce((sum, facet) => sum + (state.filters[facet]?.length ?? 0), 0);
}

/** Whether `state` asks for nothing: no words, no filters (the whole catalogue, whatever the sort). */
export function isBlank(state: SearchState): boolean {
	return !state.query && !hasFilters(state);
}

/** `state` with `value` of `facet` selected or not, back on the first page of results. */
export function toggleFilter(state: SearchState, facet: Facet, value: string, selected: boolean): SearchState {
	const current = state.filters[facet] ?? [];
	const values = selected ? [...new Set([...current, value])] : current.filter((v) => v !== value);
	const filters = { ...state.filters };
	if (values.length > 0) filters[facet] = values;
	else delete filters[facet];
	return { ...state, filters, page: 1 };
}

/** The number of result pages for `total` results (at least 1). */
export function pageCount(total: number, perPage: number = RESULTS_PER_PAGE): number {
	return Math.max(1, Math.ceil(total / perPage));
}
