/**
 * Facet values in every language of the site, so that the language switch of the search page can
 * keep the filters: a value is a label in the page's language ("Environment"), and the same filter
 * on the other language's page has another label ("Environnement").
 */
import type { UiLanguage } from '../i18n/languages.ts';
import type { Catalogue } from '../model/catalogue.ts';
import { datasetIndexData } from './index-data.ts';
import { FACETS, type Facet, type SearchState } from './state.ts';

/** Per facet, rows of one value's labels, in the order of the languages given. */
export type FacetTranslations = Record<Facet, string[][]>;

/**
 * The labels of every facet value in `languages`, paired through the datasets (each dataset's
 * values come in the same order in every language).
 */
export function facetTranslations(catalogue: Catalogue, languages: readonly UiLanguage[]): FacetTranslations {
	const rows = Object.fromEntries(FACETS.map((facet) => [facet, new Map<string, string[]>()])) as Record<Facet, Map<string, string[]>>;
	for (const dataset of catalogue.datasets) {
		const data = languages.map((lang) => datasetIndexData(dataset, catalogue, lang).filters);
		for (const facet of FACETS) {
			data[0]![facet].forEach((value, i) => {
				if (!rows[facet].has(value))
					rows[facet].set(
						value,
						data.map((filters) => filters[facet][i] ?? value),
					);
			});
		}
	}
	return Object.fromEntries(FACETS.map((facet) => [facet, [...rows[facet].values()]])) as FacetTranslations;
}

/** `filters` (labels in the language at index `from`) in the language at index `to`; unknown values are kept. */
export function translateFilters(filters: SearchState['filters'], translations: FacetTranslations, from: number, to: number): SearchState['filters'] {
	const out: SearchState['filters'] = {};
	for (const facet of FACETS) {
		const values = filters[facet];
		if (!values?.length) continue;
		out[facet] = values.map((value) => translations[facet]?.find((row) => row[from] === value)?.[to] ?? value);
	}
	return out;
}
