import { describe, expect, it } from 'vitest';
import { buildFacetTable, type IndexedPage } from '../../src/lib/search/facet-table.ts';
import { facetIndex, narrowResults, totalCounts } from '../../src/lib/search/narrow.ts';
import { FACETS, type Facet, type SearchState } from '../../src/lib/search/state.ts';

const pages: IndexedPage[] = [
	{ id: 'a', filters: { publisher: ['Transport'], format: ['CSV', 'JSON'], access: ['Open'] } },
	{ id: 'b', filters: { publisher: ['Transport'], format: ['PDF'], access: ['Restricted'] } },
	{ id: 'c', filters: { publisher: ['Health'], format: ['CSV'], access: ['Open'] } },
	{ id: 'd', filters: { publisher: ['Health'], format: [], access: ['Under review'] } },
];
const index = facetIndex(buildFacetTable(pages));

describe('narrowResults', () => {
	it('keeps the results in their order when nothing is selected, and counts every value', () => {
		const { ids, counts } = narrowResults(index, ['d', 'a', 'c'], {});
		expect(ids).toEqual(['d', 'a', 'c']);
		expect(counts.publisher).toEqual({ Health: 2, Transport: 1 });
		expect(counts.format).toEqual({ CSV: 2, JSON: 1 });
	});

	it('combines the values of a facet with OR, and counts its other values without its own selection', () => {
		const { ids, counts } = narrowResults(index, ['a', 'b', 'c', 'd'], { format: ['CSV', 'PDF'] });
		expect(ids).toEqual(['a', 'b', 'c']);
		// The format facet counts as if nothing were selected in it…
		expect(counts.format).toEqual({ CSV: 2, JSON: 1, PDF: 1 });
		// …the others within the selection.
		expect(counts.access).toEqual({ Open: 2, Restricted: 1 });
	});

	it('combines facets with AND, each counted with the other facets applied', () => {
		const { ids, counts } = narrowResults(index, ['a', 'b', 'c', 'd'], { format: ['CSV'], access: ['Restricted'] });
		expect(ids).toEqual([]);
		expect(counts.access).toEqual({ Open: 2 });
		expect(counts.format).toEqual({ PDF: 1 });
		expect(counts.publisher).toEqual({});
	});

	it('matches nothing for a value the index lacks, and keeps unknown results only when nothing is selected', () => {
		expect(narrowResults(index, ['a', 'zzz'], { publisher: ['Nobody'] }).ids).toEqual([]);
		expect(narrowResults(index, ['a', 'zzz'], {}).ids).toEqual(['a', 'zzz']);
		expect(narrowResults(index, ['a', 'zzz'], { access: ['Open'] }).ids).toEqual(['a']);
	});

	it('counts over the whole index for the empty search page', () => {
		expect(totalCounts(index).access).toEqual({ Open: 2, Restricted: 1, 'Under review': 1 });
	});

	it('agrees with the definition on random catalogues and selections', () => {
		let seed = 7;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
		const some = (values: readonly string[]) => values.filter(() => random() < 0.3);
		const vocabulary = ['v0', 'v1', 'v2', 'v3'];
		for (let round = 0; round < 200; round++) {
			const randomPages = Array.from({ length: 30 }, (_, i) => ({
				id: `p${i}`,
				filters: Object.fromEntries(FACETS.map((facet) => [facet, some(vocabulary)])),
			}));
			const lookup = facetIndex(buildFacetTable(randomPages));
			const results = randomPages.filter(() => random() < 0.7).map((page) => page.id);
			const filters: SearchState['filters'] = {};
			for (const facet of FACETS) if (random() < 0.3) filters[facet] = [pick(vocabulary), ...some(vocabulary)];

			// The definition, written the slow way.
			const byId = new Map(randomPages.map((page) => [page.id, page]));
			const passes = (id: string, except?: Facet) =>
				FACETS.every((facet) => facet === except || !filters[facet]?.length || filters[facet]!.some((value) => byId.get(id)!.filters[facet]!.includes(value)));
			const expectedCounts = Object.fromEntries(
				FACETS.map((facet) => {
					const counts: Record<string, number> = {};
					for (const id of results.filter((id) => passes(id, facet)))
						for (const value of byId.get(id)!.filters[facet]!) counts[value] = (counts[value] ?? 0) + 1;
					return [facet, counts];
				}),
			);
			const narrowed = narrowResults(lookup, results, filters);
			expect(narrowed.ids).toEqual(results.filter((id) => passes(id)));
			expect(narrowed.counts).toEqual(expectedCounts);
		}
	});
});
