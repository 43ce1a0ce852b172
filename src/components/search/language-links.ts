/**
 * The language switch of the search page, kept on the same search: each other language's link
 * gets the query, sort, page and filters, whose labels are translated
 * (src/lib/search/translate-filters.ts, labels from the page's `data-translations`).
 */
import { serializeState, type SearchState } from '../../lib/search/state.ts';
import { translateFilters, type FacetTranslations } from '../../lib/search/translate-filters.ts';

/** Points the page's language links (`.language-switch a[hreflang]`) at `state` in their language; `translations` is `data-translations`. */
export function syncLanguageLinks(state: SearchState, lang: string, translations: string): void {
	const { languages = [], facets } = JSON.parse(translations) as { languages?: string[]; facets?: FacetTranslations };
	const from = languages.indexOf(lang);
	for (const link of document.querySelectorAll<HTMLAnchorElement>('.language-switch a[hreflang]')) {
		const to = languages.indexOf(link.hreflang);
		const filters = facets && from >= 0 && to >= 0 ? translateFilters(state.filters, facets, from, to) : state.filters;
		link.setAttribute('href', new URL(link.href).pathname + serializeState({ ...state, filters }));
	}
}
