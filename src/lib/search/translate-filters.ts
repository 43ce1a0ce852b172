/**
 * Filters carried from one language's search page to another's, in the browser: a facet value is
 * a label in the page's language ("Environment"), the same filter on the other page has another
 * ("Environnement"). The labels come from facet-translations.ts at build time; this module is
 * apart from it so that the search page's script does not carry what that one needs (the
 * vocabularies and every interface string, ~7 KB gzipped).
 */
import { FACETS, type Facet, type SearchState } from './state.ts';

/** Per facet, rows of one value's labels, in the order of the site's languages. */
export type FacetTranslations = Record<Facet, string[][]>;

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
