/** The order datasets are listed in: alphabetical by title in the page language. */
import type { Dataset } from '../model/catalogue.ts';
import { localizedString } from '../i18n/localize.ts';

/**
 * The datasets sorted by their title in `lang` (with the usual fallback to another language), the
 * way a reader of that language expects (accents and case folded by `Intl.Collator`), then by
 * identifier so the order is stable. Returns a new array.
 */
export function sortByTitle(datasets: readonly Dataset[], lang: string, languages: readonly string[]): Dataset[] {
	const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
	const keyed = datasets.map((dataset) => ({ dataset, key: localizedString(dataset.title, lang, languages, dataset.identifier) }));
	keyed.sort((a, b) => collator.compare(a.key, b.key) || (a.dataset.identifier < b.dataset.identifier ? -1 : 1));
	return keyed.map((entry) => entry.dataset);
}

/**
 * The `limit` most recently modified datasets, newest first (ties by identifier). One pass over
 * the list with a small sorted buffer, so it stays cheap for large catalogues.
 */
export function recentlyUpdated(datasets: readonly Dataset[], limit: number): Dataset[] {
	const newerFirst = (a: Dataset, b: Dataset) => (a.modified !== b.modified ? (a.modified < b.modified ? 1 : -1) : a.identifier < b.identifier ? -1 : 1);
	const top: Dataset[] = [];
	for (const dataset of datasets) {
		if (top.length < limit || newerFirst(dataset, top[top.length - 1]!) < 0) {
			top.push(dataset);
			top.sort(newerFirst);
			if (top.length > limit) top.pop();
		}
	}
	return top;
}
