import { describe, expect, it } from 'vitest';
import { buildFacetTable } from '../../src/lib/search/facet-table.ts';
import { facetIndex } from '../../src/lib/search/narrow.ts';
import { buildSortTable, sortByKey, sortIndex, type SortKeys } from '../../src/lib/search/sort-table.ts';

/** A facet table of `ids` (its positions are the ids' sorted order) and the sort index of `keys`, given in index order. */
function tables(ids: string[], keys: SortKeys[]) {
	const facets = facetIndex(buildFacetTable([...ids].sort().map((id) => ({ id, filters: {} }))));
	const table = buildSortTable(facets.positionById, ids, keys);
	return { facets, table, sorts: sortIndex(table!) };
}

const page = (id: string) => ({ id });

describe('the sort table', () => {
	const ids = ['p3', 'p1', 'p4', 'p2', 'p5'];
	const keys: SortKeys[] = [
		{ modified: '2025-01-01', title: 'Zoning' },
		{ modified: '2026-02-01', title: 'Écoles' },
		{ modified: '2025-01-01', title: 'apples' },
		{ modified: '2024-05-05', title: 'Roads 10' },
		{ modified: '2025-01-01', title: 'Roads 9' },
	];

	it('sorts titles A to Z by code point, as Pagefind sorted them: capitals, then small letters, then accented ones', () => {
		const { facets, sorts } = tables(ids, keys);
		expect(sortByKey(ids.map(page), 'title', facets, sorts).map((result) => result.id)).toEqual(['p2', 'p5', 'p3', 'p4', 'p1']);
	});

	it('sorts newest first, equal dates in the reverse of the index order (Pagefind reversed its ascending order)', () => {
		const { facets, sorts } = tables(ids, keys);
		expect(sortByKey(ids.map(page), 'modified', facets, sorts).map((result) => result.id)).toEqual(['p1', 'p5', 'p4', 'p3', 'p2']);
	});

	it('sorts only the results given, whatever their order, and puts those it does not know last', () => {
		const { facets, sorts } = tables(ids, keys);
		expect(sortByKey([page('zz'), page('p1'), page('p2')], 'modified', facets, sorts).map((result) => result.id)).toEqual(['p1', 'p2', 'zz']);
	});

	it('is not made when the index and the facet table do not hold the same pages', () => {
		const { facets } = tables(ids, keys);
		expect(buildSortTable(facets.positionById, ids.slice(1), keys.slice(1))).toBeUndefined();
		expect(buildSortTable(facets.positionById, ['p1', 'p2', 'p3', 'p4', 'px'], keys)).toBeUndefined();
		expect(buildSortTable(facets.positionById, ids, keys.slice(1))).toBeUndefined();
	});

	it('gives positions of the facet table, whose pages are in id order', () => {
		const { table } = tables(ids, keys);
		// Facet positions: p1 0, p2 1, p3 2, p4 3, p5 4.
		expect(table).toEqual({ version: 1, pages: 5, orders: { modified: [1, 2, 3, 4, 0], title: [1, 4, 2, 3, 0] } });
	});
});
