/**
 * The text a dataset is found by, in one language: what describes the dataset, and nothing of the
 * page around it (badges, headings, table cells, button labels, "Not given"…), which used to match
 * every dataset for generic words and rank those with many files first.
 *
 * Each part carries a Pagefind weight (quadratic: 8 counts about 64 times a plain word), so that a
 * word in the title counts most, then the keywords, then the publisher and the description, then
 * the distributions' titles. Elisions are split (elisions.ts).
 */
import type { UiLanguage } from '../i18n/languages.ts';
import { localize, localizedString } from '../i18n/localize.ts';
import type { Catalogue, Dataset } from '../model/catalogue.ts';
import { markdownPlainText } from '../render/markdown.ts';
import { splitElisions } from './elisions.ts';

/** Pagefind weights of the parts (0–10). */
export const INDEX_WEIGHTS = { title: 8, keywords: 5, publisher: 3, description: 3, distributions: 1.5 } as const;

/** One weighted part of the indexed text. */
export interface IndexPart {
	part: keyof typeof INDEX_WEIGHTS;
	weight: number;
	text: string;
}

/** The parts of a dataset's indexed text in `lang` (with fallback), empty parts left out. */
export function datasetIndexText(dataset: Dataset, catalogue: Catalogue, lang: UiLanguage): IndexPart[] {
	const { languages } = catalogue;
	const publisher = catalogue.publisherById.get(dataset.publisher);
	const parts: [IndexPart['part'], string][] = [
		['title', localizedString(dataset.title, lang, languages)],
		['description', markdownPlainText(localizedString(dataset.description, lang, languages))],
		['keywords', (localize(dataset.keywords, lang, languages)?.value ?? []).join(', ')],
		['publisher', [localizedString(publisher?.name, lang, languages), localizedString(publisher?.acronym, lang, languages)].filter(Boolean).join(' ')],
		[
			'distributions',
			(dataset.distributions ?? [])
				.map((d) => localizedString(d.title, lang, languages))
				.filter(Boolean)
				.join('; '),
		],
	];
	return parts.filter(([, text]) => text.trim() !== '').map(([part, text]) => ({ part, weight: INDEX_WEIGHTS[part], text: splitIndexedElisions(text) }));
}

/** The apostrophes splitElisions looks for (elisions.ts's APOSTROPHES, kept there as the search element's too). */
const ANY_APOSTROPHE = /['’ʼ]/;

/**
 * {@link splitElisions}, skipped for a text without an apostrophe, which it would give back as it
 * is: most texts have none, and its two Unicode patterns cost more than this look (20,000 records).
 */
function splitIndexedElisions(text: string): string {
	return ANY_APOSTROPHE.test(text) ? splitElisions(text) : text;
}
