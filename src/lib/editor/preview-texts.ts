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

/** A distribution as the preview lists it: its title (with fallback), format and address as written. */
export interface PreviewDistribution {
	title: Localized<string> | undefined;
	format: string | undefined;
	/** The download address, else the access address; not yet checked for a safe scheme. */
	url: string | undefined;
}

/** The dataset's keywords in `lang`, falling back as KeywordList does; `undefined` when it has none. */
export function previewKeywords(record: Record<string, unknown>, lang: string, languages: readonly string[]): Localized<string[]> | undefined {
	const value = record.keywords;
	if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
	const lists = Object.fromEntries(
		Object.entries(value)
			.filter((entry): entry is [string, unknown[]] => Array.isArray(entry[1]))
			.map(([key, words]) => [key, words.filter((word): word is string => typeof word === 'string' && word.trim() !== '')]),
	);
	return localize(lists, lang, languages);
}

/** The dataset's distributions to list in `lang`: title, format and address, in the file's order. */
export function previewDistributions(record: Record<string, unknown>, lang: string, languages: readonly string[]): PreviewDistribution[] {
	const list = Array.isArray(record.distributions) ? (record.distributions as unknown[]) : [];
	return list.flatMap((item) => {
		if (item === null || typeof item !== 'object' || Array.isArray(item)) return [];
		const distribution = item as Record<string, unknown>;
		const text = (key: string) => (typeof distribution[key] === 'string' && distribution[key] !== '' ? (distribution[key] as string) : undefined);
		return [{ title: localizedField(distribution.title, lang, languages), format: text('format'), url: text('download_url') ?? text('access_url') }];
	});
}
