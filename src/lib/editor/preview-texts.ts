/**
 * What the editor's preview shows of a dataset's Markdown texts, for one language: the fields the
 * dataset page renders as Markdown, in the page's order, each in that language or, when its
 * translation is missing, in the language the page would fall back to (as LocalizedMarkdown does).
 */
import { localize, type Localized } from '../i18n/localize.ts';

/** The dataset's Markdown fields, as the dataset page shows them: the description first, then why the data is not open, then why it is of high value. */
export const PREVIEW_MARKDOWN_FIELDS = ['description', 'rationale', 'review_note', 'high_value_reasons'] as const;

/** One of {@link PREVIEW_MARKDOWN_FIELDS}. */
export type PreviewMarkdownField = (typeof PREVIEW_MARKDOWN_FIELDS)[number];

/** A Markdown text to preview: the field it comes from and its text, with the language it is really in. */
export interface PreviewText {
	field: PreviewMarkdownField;
	text: Localized<string>;
}

/**
 * The Markdown texts of `record` to preview in `lang`, skipping fields with no text in any language;
 * `languages` is the catalogue's fallback order. Pure; texts that are not per-language records are skipped.
 */
export function previewTexts(record: Record<string, unknown>, lang: string, languages: readonly string[]): PreviewText[] {
	return PREVIEW_MARKDOWN_FIELDS.flatMap((field) => {
		const text = localizedField(record[field], lang, languages);
		return text ? [{ field, text }] : [];
	});
}

/** The dataset's title to preview in `lang`, falling back as LocalizedText does; `undefined` when it has none. */
export function previewTitle(record: Record<string, unknown>, lang: string, languages: readonly string[]): Localized<string> | undefined {
	return localizedField(record.title, lang, languages);
}

function localizedField(value: unknown, lang: string, languages: readonly string[]): Localized<string> | undefined {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
	const strings = Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
	return localize(strings, lang, languages);
}
