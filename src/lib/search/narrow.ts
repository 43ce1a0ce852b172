/**
 * Narrowing search results by facets, and counting facet values, over a facet table
 * (facet-table.ts): several values within a facet combine with OR, facets with AND, and a facet's
 * counts are taken over the results narrowed by every other facet but not by itself, so that its
 * other values still say how many results choosing them would add.
 */
import type { FacetTable } from './facet-table.ts';
import { FACETS, type Facet, type SearchState } from './state.ts';

/** Counts per value of each facet. */
export type FacetCounts = Record<Facet, Record<string, number>>;

/** A facet table ready for look-ups: page positions by id. */
export interface FacetIndex {
	table: FacetTable;
	positionById: Map<string, number>;
}

/** Prepares `table` for {@link narrowResults} (once per page load). */
export function facetIndex(table: FacetTable): FacetIndex {
	return { table, positionById: new Map(table.pages.map((id, position) => [id, position])) };
}

function emptyCounts(): FacetCounts {
	return Object.fromEntries(FACETS.map((facet) => [facet, {}])) as FacetCounts;
}

/**
 * Narrows `ids` (Pagefind's results, in their order) by the selected `filters` and counts every
 * facet's values as described above. Results missing from the table have no facet values: they
 * pass no selection and count for nothing.
 */
export function narrowResults(index: FacetIndex, ids: readonly string[], filters: SearchState['filters']): { ids: string[]; counts: FacetCounts } {
	const { table, positionById } = index;
	// Each selected facet as the set of value indexes chosen; values the table lacks match nothing.
	const selected = FACETS.flatMap((facet) => {
		const chosen = filters[facet];
		if (!chosen?.length) return [];
		const { values } = table.facets[facet];
		return [{ facet, chosen: new Set(chosen.map((value) => values.indexOf(value)).filter((i) => i >= 0)) }];
	});
	const counts = emptyCounts();
	const kept: string[] = [];
	for (const id of ids) {
		const position = positionById.get(id);
		if (position === undefined) {
			if (selected.length === 0) kept.push(id);
			continue;
		}
		// The selected facets this result fails: it is kept when none, and counted in a facet's own
		// counts when that facet is the only one it fails.
		let failed: Facet | undefined;
		let failures = 0;
		for (const { facet, chosen } of selected) {
			if (!table.facets[facet].pages[position]!.some((value) => chosen.has(value))) {
				failures++;
				failed = facet;
				if (failures > 1) break;
			}
		}
		if (failures > 1) continue;
		if (failures === 0) kept.push(id);
		for (const facet of failures === 0 ? FACETS : [failed!]) {
			const { values, pages } = table.facets[facet];
			const facetCounts = counts[facet];
			for (const value of pages[position]!) facetCounts[values[value]!] = (facetCounts[values[value]!] ?? 0) + 1;
		}
	}
	return { ids: kept, counts };
}

/** Every facet's counts over the whole index: what the search page shows before anything is asked. */
export function totalCounts(index: FacetIndex): FacetCounts {
	return narrowResults(index, index.table.pages, {}).counts;
}
