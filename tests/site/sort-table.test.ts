import { describe, expect, it } from 'vitest';
import { buildFacetTable } from '../../src/lib/search/facet-table.ts';
import { facetIndex } from '../../src/lib/search/narrow.ts';
import { buildSortTable, sortByKey, sortIndex, type SortKeys } from '../../src/lib/search/sort-table.ts';

/** A facet table of `ids` (its positions are the ids' sorted order) and the sort index of `keys`, given in index order, of an index in `lang`. */
function tables(ids: string[], keys: SortKeys[], lang = 'en') {
	const facets = facetIndex(buildFacetTable([...ids].sort().map((id) => ({ id, filters: {} }))));
	const table = buildSortTable(facets.positionById, ids, keys, lang);
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

	it('sorts titles A to Z as readers of the language do: accents and case with their letter, numbers by value', () => {
		const { facets, sorts } = tables(ids, keys);
		// apples, Écoles, Roads 9, Roads 10, Zoning: by code point it was Roads 10, Roads 9, Zoning, apples, Écoles.
		expect(sortByKey(ids.map(page), 'title', facets, sorts).map((result) => result.id)).toEqual(['p4', 'p1', 'p5', 'p2', 'p3']);
	});

	it('sorts titles in the collation of the index’s language', () => {
		// Swedish files "Ö" after "Z"; English and French file it with the O's.
		const titles = ['Zebra', 'Öland', 'Oslo'];
		const ids3 = ['a', 'b', 'c'];
		const keys3 = titles.map((title) => ({ modified: '2025-01-01', title }));
		const ordered = (lang: string) => {
			const { facets, sorts } = tables(ids3, keys3, lang);
			return sortByKey(ids3.map(page), 'title', facets, sorts).map((result) => titles[ids3.indexOf(result.id)]);
		};
		expect(ordered('en')).toEqual(['Öland', 'Oslo', 'Zebra']);
		expect(ordered('fr')).toEqual(['Öland', 'Oslo', 'Zebra']);
		expect(ordered('sv')).toEqual(['Oslo', 'Zebra', 'Öland']);
	});

	it('files French titles under their first letter, whatever their accents, case or opening quotes', () => {
		const titles = ['Zones humides', '« Eau potable »', 'été 2024', 'Étude des sols', 'eau de surface', '"Maladie à coronavirus"', 'Lacs', '…'];
		const ids8 = titles.map((_, i) => `t${i}`);
		const { facets, sorts } = tables(
			ids8,
			titles.map((title) => ({ modified: '2025-01-01', title })),
			'fr',
		);
		const sorted = sortByKey(ids8.map(page), 'title', facets, sorts).map((result) => titles[ids8.indexOf(result.id)]);
		// "…" has no letter and sorts as itself, before letters; "Eau potable" and "eau de surface" compare by their words.
		expect(sorted).toEqual(['…', 'eau de surface', '« Eau potable »', 'été 2024', 'Étude des sols', 'Lacs', '"Maladie à coronavirus"', 'Zones humides']);
	});

	it('keeps titles equal to readers (case and accents aside) in index order', () => {
		const equal = ['ECOLES', 'écoles', 'Écoles', 'ecoles'];
		const idsEqual = ['e3', 'e1', 'e4', 'e2'];
		const { facets, sorts } = tables(
			idsEqual,
			equal.map((title) => ({ modified: '2025-01-01', title })),
			'fr',
		);
		expect(sortByKey(['e1', 'e2', 'e3', 'e4'].map(page), 'title', facets, sorts).map((result) => result.id)).toEqual(idsEqual);
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
		expect(buildSortTable(facets.positionById, ids.slice(1), keys.slice(1), 'en')).toBeUndefined();
		expect(buildSortTable(facets.positionById, ['p1', 'p2', 'p3', 'p4', 'px'], keys, 'en')).toBeUndefined();
		expect(buildSortTable(facets.positionById, ids, keys.slice(1), 'en')).toBeUndefined();
	});

	it('gives positions of the facet table, whose pages are in id order', () => {
		const { table } = tables(ids, keys);
		// Facet positions: p1 0, p2 1, p3 2, p4 3, p5 4.
		expect(table).toEqual({ version: 1, pages: 5, orders: { modified: [1, 2, 3, 4, 0], title: [3, 0, 4, 1, 2] } });
	});
});
