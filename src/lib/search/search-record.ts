/**
 * A dataset's search record in one language: the smallest HTML document that gives Pagefind all
 * it indexes of the dataset — the weighted describing text (index-text.ts) and the filter values
 * and result fields (index-data.ts) inside `data-pagefind-body`, under `<html lang>` —
 * handed to Pagefind from the model as the build starts (src/integrations/pagefind.ts), instead of
 * Pagefind reading 20,000 written pages back from disk. The dataset page carries none of it: this
 * is the one place the index's view of a dataset is made. The sort keys are not given to Pagefind:
 * its sort orders would go into the meta file every search page loads first (45 KB gzipped at
 * 10,000 datasets); the build writes them to a sort table of its own instead (sort-table.ts).
 */
import type { UiLanguage } from '../i18n/languages.ts';
import type { Catalogue, Dataset } from '../model/catalogue.ts';
import { routePath } from '../routes.ts';
import { datasetIndexData } from './index-data.ts';
import { datasetIndexText } from './index-text.ts';
import type { SortKeys } from './sort-table.ts';
import { FACETS, type Facet } from './state.ts';

/** What Pagefind is given for one dataset page, and the facet values the search page counts. */
export interface SearchRecord {
	/** The page's address without the base path (`/en/datasets/x/`), as Pagefind would derive it from the page's file. */
	url: string;
	lang: UiLanguage;
	/** The HTML document Pagefind indexes (`addHTMLFile`). */
	content: string;
	/** The facet values written in `content`, in the same order, for the facet table (facet-tables.ts). */
	filters: Record<Facet, string[]>;
	/** The keys the search page sorts by, for the sort table (sort-table.ts); not in `content`. */
	sort: SortKeys;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `text` safe inside an element or a quoted attribute value, escaped as Astro escapes: metadata is untrusted. */
function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

const span = (attribute: string, name: string, value: string) => `<span ${attribute}="${escapeHtml(name)}">${escapeHtml(value)}</span>`;

/** The search record of `dataset` in `lang`. Pure apart from map look-ups. */
export function datasetSearchRecord(dataset: Dataset, catalogue: Catalogue, lang: UiLanguage): SearchRecord {
	const data = datasetIndexData(dataset, catalogue, lang);
	// data-pagefind-ignore keeps the values out of the indexed text; Pagefind still reads them.
	const fields = [
		...FACETS.flatMap((facet) => data.filters[facet].map((value) => span('data-pagefind-filter', facet, value))),
		...Object.entries(data.meta).map(([key, value]) => span('data-pagefind-meta', key, value)),
	].join('');
	const text = datasetIndexText(dataset, catalogue, lang)
		.map(({ part, weight, text }) => `<p data-index-part="${part}" data-pagefind-weight="${weight}">${escapeHtml(text)}</p>`)
		.join('');
	return {
		url: routePath(lang, { page: 'dataset', id: dataset.identifier }),
		lang,
		content: `<!DOCTYPE html><html lang="${escapeHtml(lang)}"><head></head><body><div hidden data-pagefind-body><div hidden data-pagefind-ignore>${fields}</div>${text}</div></body></html>`,
		filters: data.filters,
		sort: data.sort,
	};
}
