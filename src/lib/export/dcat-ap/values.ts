/**
 * JSON-LD value objects for the DCAT-AP export: language-tagged texts, typed literals and node
 * references. Small helpers so the mappers read like the DCAT-AP property tables.
 */
import type { LocalizedKeywords, LocalizedText } from '../../records.ts';
import { mailtoUrl } from '../../mailto.ts';
import { markdownPlainText } from '../../render/plain-text.ts';

/** A JSON-LD node object or value object (kept loose: the export is plain JSON). */
export type JsonLdNode = Record<string, unknown>;

/** A reference to a node by IRI, optionally typed (`{ '@id': iri, '@type': 'skos:Concept' }`). */
export function ref(iri: string, type?: string | string[]): JsonLdNode {
	return type ? { '@id': iri, '@type': type } : { '@id': iri };
}

/** One value object per language that has a non-empty text, in the catalogue's language order. */
export function langValues(text: LocalizedText | undefined, languages: readonly string[]): JsonLdNode[] {
	if (!text) return [];
	const order = [...languages, ...Object.keys(text).filter((code) => !languages.includes(code))];
	return order.flatMap((lang) => {
		const value = text[lang]?.trim();
		return value ? [{ '@value': value, '@language': lang }] : [];
	});
}

/**
 * A Markdown text of each language as plain-text literals: DCAT-AP's descriptions and rights
 * statements are plain literals, which harvesters show as they are, so the markup goes.
 */
export function plainLangValues(text: LocalizedText | undefined, languages: readonly string[]): JsonLdNode[] {
	return langValues(text, languages).flatMap((literal) => {
		const value = plainText(literal['@value'] as string);
		return value ? [{ ...literal, '@value': value }] : [];
	});
}

/**
 * Plain texts already made, by Markdown source: a build without the cache maps every description
 * twice (the catalogue's export, then each dataset's own file), and parsing the Markdown was two
 * thirds of mapping a dataset. Keyed by the text itself, so an edited text can never get an old result.
 */
const plainTexts = new Map<string, string>();
/** Enough for every text of a 100,000-dataset catalogue; past it the memo starts again, rather than grow without bound. */
const MAX_PLAIN_TEXTS = 500_000;
let remembering = true;

/**
 * Whether plain texts are remembered for a second mapping of the same text (the default), or made
 * each time, the memo emptied. A build whose datasets' own files are made from the export's nodes
 * (write-exports.ts, with the cache) maps each dataset once: there the memo would only grow, to
 * ~34 MB of the export worker's heap at 10,000 datasets and ~170 MB at 50,000.
 */
export function rememberPlainTexts(remember: boolean): void {
	remembering = remember;
	if (!remember) plainTexts.clear();
}

/** How many plain texts are remembered (the tests look). */
export function rememberedPlainTexts(): number {
	return plainTexts.size;
}

function plainText(source: string): string {
	if (!remembering) return markdownPlainText(source);
	let text = plainTexts.get(source);
	if (text === undefined) {
		if (plainTexts.size >= MAX_PLAIN_TEXTS) plainTexts.clear();
		text = markdownPlainText(source);
		plainTexts.set(source, text);
	}
	return text;
}

/** Every keyword of every language, each tagged with its language. */
export function keywordValues(keywords: LocalizedKeywords | undefined): JsonLdNode[] {
	if (!keywords) return [];
	return Object.entries(keywords).flatMap(([lang, words]) => (words ?? []).map((word) => ({ '@value': word, '@language': lang })));
}

/** A literal with a datatype, e.g. `typed('2026-06-30', 'xsd:date')`. */
export function typed(value: string | number, datatype: string): JsonLdNode {
	return { '@value': String(value), '@type': datatype };
}

/** The `mailto:` IRI of an e-mail address (validated plain; anything else is percent-encoded whole, so it can add no header). */
export function mailto(email: string): string {
	return mailtoUrl(email) ?? `mailto:${encodeURIComponent(email)}`;
}

/**
 * Copies `node` without the properties that have no value (undefined or an empty list), so the
 * output never says "this property exists" with nothing in it.
 */
export function compactNode(node: JsonLdNode): JsonLdNode {
	return Object.fromEntries(Object.entries(node).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)));
}
