/**
 * Every facet value of one language's index with the number of datasets that have it: what the
 * search page shows beside its filters before anything is asked. The page is given them in its
 * markup (Search.astro), so that its filters and their counts show at once, while the facet table
 * (facet-table.ts, ~100 KB at 10,000 datasets), needed only to narrow and count a search's
 * results, loads once the page is ready to search.
 */
import type { UiLanguage } from '../i18n/languages.ts';
import type { Catalogue } from '../model/catalogue.ts';
import { datasetIndexData } from './index-data.ts';
import { FACETS, type Facet } from './state.ts';

/** For each facet, its values with their counts, in the order first met in the catalogue. */
export type FacetTotals = Record<Facet, [value: string, count: number][]>;

/** The totals of `catalogue`'s datasets in `lang`, from the same values as their search records (index-data.ts). */
export function facetTotals(catalogue: Catalogue, lang: UiLanguage): FacetTotals {
	const counts = Object.fromEntries(FACETS.map((facet) => [facet, new Map<string, number>()])) as Record<Facet, Map<string, number>>;
	for (const dataset of catalogue.datasets) {
		const { filters } = datasetIndexData(dataset, catalogue, lang);
		for (const facet of FACETS) for (const value of new Set(filters[facet])) counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
	}
	return Object.fromEntries(FACETS.map((facet) => [facet, [...counts[facet]]])) as FacetTotals;
}
