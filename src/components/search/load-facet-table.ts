/**
 * Fetches the facet table (src/lib/search/facet-table.ts) and the sort table
 * (src/lib/search/sort-table.ts) of the page's language the way Pagefind finds its own index:
 * through `pagefind-entry.json`, read past any cache as Pagefind reads it, so that the tables
 * always match the index the search runs on.
 */
import { buildFacetTable, FACET_TABLE_VERSION, facetTableFileName, type FacetTable } from '../../lib/search/facet-table.ts';
import { facetIndex, type FacetIndex } from '../../lib/search/narrow.ts';
import { indexHash } from './index-entry.ts';
import { SORT_ORDERS, SORT_TABLE_VERSION, sortIndex, sortTableFileName, type SortIndex, type SortTable } from '../../lib/search/sort-table.ts';

async function fetchJson<T>(url: string): Promise<T> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return (await response.json()) as T;
}

/** The facet table for `lang` from the bundle at `<base>pagefind/`, ready for look-ups. Rejects when it is missing or of another version. */
export async function loadFacetTable(base: string, lang: string): Promise<FacetIndex> {
	const bundle = `${base}pagefind/`;
	const table = await fetchJson<FacetTable>(bundle + facetTableFileName(await indexHash(bundle, lang)));
	if (table.version !== FACET_TABLE_VERSION) throw new Error(`facet table version ${String(table.version)}, expected ${FACET_TABLE_VERSION}`);
	return facetIndex(table);
}

/**
 * {@link loadFacetTable}, or, when the table cannot be had (a bundle indexed by hand with Pagefind's
 * own command, a failed upload), an empty one with a warning in the console: search still works,
 * without facets.
 */
export async function loadFacetTableOrNone(base: string, lang: string): Promise<FacetIndex> {
	try {
		return await loadFacetTable(base, lang);
	} catch (error) {
		console.warn(`Search facets are unavailable: ${error instanceof Error ? error.message : String(error)}`);
		return facetIndex(buildFacetTable([]));
	}
}

/**
 * The sort table for `lang`, for the facet table `facets` it goes with, or undefined (with a
 * warning in the console) when it cannot be had or does not fit that table: results then stay in
 * relevance order.
 */
export async function loadSortTableOrNone(base: string, lang: string, facets: FacetIndex): Promise<SortIndex | undefined> {
	const bundle = `${base}pagefind/`;
	try {
		const table = await fetchJson<SortTable>(bundle + sortTableFileName(await indexHash(bundle, lang)));
		if (table.version !== SORT_TABLE_VERSION) throw new Error(`sort table version ${String(table.version)}, expected ${SORT_TABLE_VERSION}`);
		const pages = facets.table.pages.length;
		const fits = (order: unknown) => Array.isArray(order) && order.length === pages && order.every((p) => Number.isInteger(p) && p >= 0 && p < pages);
		if (table.pages !== pages || !Object.values(SORT_ORDERS).every(({ key }) => fits(table.orders?.[key])))
			throw new Error(`the sort table does not fit the facet table's ${pages} pages`);
		return sortIndex(table);
	} catch (error) {
		console.warn(`Sorting search results is unavailable: ${error instanceof Error ? error.message : String(error)}`);
		return undefined;
	}
}
