/**
 * The sort table: for one language's index, the pages in the order of each sort key, written by
 * the build beside the facet table (src/integrations/facet-tables.ts) and fetched by the search
 * page only when the reader sorts by something other than relevance.
 *
 * Why not Pagefind's own sorts: Pagefind keeps them in the meta file that every search page loads
 * before its first query, and at 10,000 datasets they were 45 KB of its 111 KB (gzipped). Here the
 * page sorts the results Pagefind found by relevance.
 *
 * Titles are ordered for readers of the index's language (collation.ts: accents and case with their
 * letter, numbers by value), which Pagefind cannot do: it compares UTF-8 bytes, which put "École"
 * after "Zoo" and "apples" after "Zoning". The collation runs here, at build time, so the page
 * carries none of it. Dates (`YYYY-MM-DD`) compare by code point. Equal keys keep index order, and
 * descending is the ascending order reversed.
 */
import { filingText, readerCollator } from './collation.ts';
import type { FacetIndex } from './narrow.ts';
import type { Sort } from './state.ts';

/** The table's format version; the element refuses another one rather than missort. */
export const SORT_TABLE_VERSION = 1;

/** The keys a dataset is sorted by: `modified` as `YYYY-MM-DD` (sorts as text), `title`. */
export interface SortKeys {
	modified: string;
	title: string;
}

/** A sort key's name. */
export type SortKey = keyof SortKeys;

/** How each sort order but relevance sorts: by which key, and which way. */
export const SORT_ORDERS: Record<Exclude<Sort, 'relevance'>, { key: SortKey; descending: boolean }> = {
	modified: { key: 'modified', descending: true },
	title: { key: 'title', descending: false },
};

/** The sort table of one language. */
export interface SortTable {
	version: typeof SORT_TABLE_VERSION;
	/** How many pages the facet table it goes with has: positions below are that table's. */
	pages: number;
	/** For each key, the facet table's page positions in ascending order of the key. */
	orders: Record<SortKey, number[]>;
}

/** The file name of the sort table for the index whose hash is `indexHash`, beside its facet table. */
export function sortTableFileName(indexHash: string): string {
	return `sorts.${indexHash}.json`;
}

/** `a` and `b` compared by code point (a date's digits and dashes). */
function compareCodePoints(a: string, b: string): number {
	// Code units order the same as code points but for surrogates, which a date never holds.
	return a < b ? -1 : a > b ? 1 : 0;
}

/** How each key's values are made comparable and compared, for an index in `lang`. */
function keyOrder(key: SortKey, lang: string): { text: (value: string) => string; compare: (a: string, b: string) => number } {
	if (key === 'modified') return { text: (value) => value, compare: compareCodePoints };
	return { text: filingText, compare: readerCollator(lang).compare };
}

/**
 * The sort table of an index in `lang` whose pages, in index order, have the ids `pageIds` and the
 * keys `keys`, for the facet table `positionById` was made from. Undefined when they do not
 * describe the same pages (then the page keeps relevance order).
 */
export function buildSortTable(
	positionById: ReadonlyMap<string, number>,
	pageIds: readonly string[],
	keys: readonly SortKeys[],
	lang: string,
): SortTable | undefined {
	if (pageIds.length !== keys.length || positionById.size !== pageIds.length || pageIds.some((id) => !positionById.has(id))) return undefined;
	const orders = {} as Record<SortKey, number[]>;
	for (const key of Object.keys(keys[0] ?? { modified: '', title: '' }) as SortKey[]) {
		const { text, compare } = keyOrder(key, lang);
		const values = keys.map((page) => text(page[key]));
		const byKey = pageIds.map((_, page) => page).sort((a, b) => compare(values[a]!, values[b]!) || a - b);
		orders[key] = byKey.map((page) => positionById.get(pageIds[page]!)!);
	}
	return { version: SORT_TABLE_VERSION, pages: pageIds.length, orders };
}

/** A sort table ready for sorting: each page's rank in each key's order, by facet table position. */
export type SortIndex = Record<SortKey, Int32Array>;

/** Prepares `table` for {@link sortByKey} (once per page load). */
export function sortIndex(table: SortTable): SortIndex {
	const ranks = {} as SortIndex;
	for (const [key, order] of Object.entries(table.orders) as [SortKey, number[]][]) {
		const rank = new Int32Array(table.pages);
		order.forEach((position, place) => (rank[position] = place));
		ranks[key] = rank;
	}
	return ranks;
}

/**
 * `results` (found by relevance) in the order `sort` asks for, as the sort table gives it. Results
 * missing from the tables, which have no key, come after the others in their order.
 */
export function sortByKey<T extends { id: string }>(results: readonly T[], sort: Exclude<Sort, 'relevance'>, facets: FacetIndex, sorts: SortIndex): T[] {
	const { key, descending } = SORT_ORDERS[sort];
	const rank = sorts[key];
	const ranked: { result: T; rank: number }[] = [];
	const unranked: T[] = [];
	for (const result of results) {
		const position = facets.positionById.get(result.id);
		if (position === undefined || position >= rank.length) unranked.push(result);
		else ranked.push({ result, rank: descending ? -rank[position]! : rank[position]! });
	}
	ranked.sort((a, b) => a.rank - b.rank);
	return [...ranked.map((entry) => entry.result), ...unranked];
}
