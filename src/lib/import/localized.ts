/** Per-language texts built from a source's values, cleaned, with empty languages left out. */
import type { LocalizedKeywords, LocalizedText } from '../records.ts';
import { toLine, toMarkdown } from './text.ts';

/** `{ en: value, fr: value }` of raw values → a localized short text (one line each); `undefined` when all are empty. */
export function localizedLine(values: Record<string, unknown>): LocalizedText | undefined {
	return collect(values, toLine);
}

/** The same, as Markdown (descriptions, rationales). */
export function localizedMarkdown(values: Record<string, unknown>): LocalizedText | undefined {
	return collect(values, toMarkdown);
}

/** Keywords per language, each cleaned to one line, repeats removed; `undefined` when there are none. */
export function localizedKeywords(values: Record<string, unknown[] | undefined>): LocalizedKeywords | undefined {
	const out: LocalizedKeywords = {};
	for (const [lang, list] of Object.entries(values)) {
		const words = [...new Set((list ?? []).map(toLine).filter((w): w is string => w !== undefined))];
		if (words.length > 0) out[lang] = words;
	}
	return Object.keys(out).length > 0 ? out : undefined;
}

/** A value that is already `{ en: …, fr: … }` (CKAN fluent fields), keyed by two-letter codes only. */
export function languageObject(value: unknown): Record<string, unknown> | undefined {
	if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
	const entries = Object.entries(value as Record<string, unknown>).filter(([key]) => /^[a-z]{2}$/.test(key));
	return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function collect(values: Record<string, unknown>, clean: (value: unknown) => string | undefined): LocalizedText | undefined {
	const out: LocalizedText = {};
	for (const [lang, value] of Object.entries(values)) {
		const text = clean(value);
		if (text !== undefined) out[lang] = text;
	}
	return Object.keys(out).length > 0 ? out : undefined;
}
