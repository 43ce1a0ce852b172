/** The short plain-text summary of a dataset that lists show under its title. */
import { localize, type Localized } from '../i18n/localize.ts';
import type { Dataset } from '../model/catalogue.ts';
import { markdownExcerpt } from '../render/markdown.ts';

/** How long a summary may be, in characters. */
export const EXCERPT_LENGTH = 200;

const cache = new WeakMap<Dataset, Map<string, Localized<string> | undefined>>();

/**
 * The first paragraph of the dataset's description in `lang` (with fallback), as plain text cut to
 * {@link EXCERPT_LENGTH}. A dataset shows up in several lists (all datasets, its publisher, each
 * theme), so the result is kept per dataset and language.
 */
export function datasetExcerpt(dataset: Dataset, lang: string, languages: readonly string[]): Localized<string> | undefined {
	let byLanguage = cache.get(dataset);
	if (!byLanguage) {
		byLanguage = new Map();
		cache.set(dataset, byLanguage);
	}
	if (!byLanguage.has(lang)) {
		const description = localize(dataset.description, lang, languages);
		byLanguage.set(lang, description && { ...description, value: markdownExcerpt(description.value, EXCERPT_LENGTH) });
	}
	return byLanguage.get(lang);
}
