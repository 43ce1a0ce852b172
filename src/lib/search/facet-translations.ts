/**
 * Facet values in every language of the site, so that the language switch of the search page can
 * keep the filters: a value is a label in the page's language ("Environment"), and the same filter
 * on the other language's page has another label ("Environnement"). Made at build time; the page
 * translates with translate-filters.ts.
 */
import type { UiLanguage } from '../i18n/languages.ts';
import type { Catalogue } from '../model/catalogue.ts';
import { datasetIndexData } from './index-data.ts';
import { FACETS, type Facet } from './state.ts';
import type { FacetTranslations } from './translate-filters.ts';

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
