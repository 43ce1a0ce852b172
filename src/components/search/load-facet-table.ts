/**
 * Fetches the facet table of the page's language (src/lib/search/facet-table.ts) the way Pagefind
 * finds its own index: through `pagefind-entry.json`, read past any cache as Pagefind reads it, so
 * the table always matches the index the search runs on.
 */
import { buildFacetTable, FACET_TABLE_VERSION, facetTableFileName, indexHashFor, type FacetTable, type PagefindEntry } from '../../lib/search/facet-table.ts';
import { facetIndex, type FacetIndex } from '../../lib/search/narrow.ts';

async function fetchJson<T>(url: string): Promise<T> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return (await response.json()) as T;
}

/** The facet table for `lang` from the bundle at `<base>pagefind/`, ready for look-ups. Rejects when it is missing or of another version. */
export async function loadFacetTable(base: string, lang: string): Promise<FacetIndex> {
	const bundle = `${base}pagefind/`;
	const entry = await fetchJson<PagefindEntry>(`${bundle}pagefind-entry.json?ts=${Date.now()}`);
	const hash = indexHashFor(entry, lang);
	if (!hash) throw new Error(`${bundle}pagefind-entry.json lists no index`);
	const table = await fetchJson<FacetTable>(bundle + facetTableFileName(hash));
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
