/**
 * French (and English) elisions, which Pagefind's word splitter keeps whole: "l'eau" is indexed as
 * one word ("leau"), so "eau" never finds it. The index gets the split form, the query loses the
 * elided article. Shared by the build (index-text.ts) and the search element (query.ts).
 */

/** Apostrophes readers and publishers type: straight, typographic, modifier letter. */
const APOSTROPHES = "'’ʼ";

/**
 * An elided French word before its apostrophe, at the start of a word: l', d', j', m', n', s', t',
 * c', qu', jusqu', lorsqu', puisqu', quoiqu', presqu'.
 */
const FRENCH_ELISION = new RegExp(`(^|[^\\p{L}\\p{N}${APOSTROPHES}])((?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)[${APOSTROPHES}])(?=\\p{L})`, 'giu');

/** An English possessive or contraction ending: children's, Canada’s. */
const ENGLISH_POSSESSIVE = new RegExp(`(\\p{L})([${APOSTROPHES}]s)(?![\\p{L}\\p{N}])`, 'gu');

/**
 * A hair space (U+200A): Pagefind splits words on it, and it is all but invisible in an excerpt,
 * so "l’\u200Aeau" reads as "l’eau" while "l" and "eau" are indexed apart.
 */
export const WORD_BREAK = '\u200A';

/** `text` with a word break after each elided article and before each English possessive "'s". */
export function splitElisions(text: string): string {
	return text.replace(FRENCH_ELISION, `$1$2${WORD_BREAK}`).replace(ENGLISH_POSSESSIVE, `$1${WORD_BREAK}$2`);
}

/** `text` without the elided articles and possessive endings: "qualité de l’eau" → "qualité de eau". */
export function dropElisions(text: string): string {
	return text.replace(FRENCH_ELISION, '$1').replace(ENGLISH_POSSESSIVE, '$1');
}

const SPLIT_ELISION = new RegExp(`(^|[^\\p{L}\\p{N}])((?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)[${APOSTROPHES}])\\s+(?=<mark>|\\p{L})`, 'giu');
const SPLIT_POSSESSIVE = new RegExp(`(\\p{L}(?:</mark>)?)\\s+([${APOSTROPHES}]s)(?![\\p{L}\\p{N}])`, 'gu');

/**
 * The split form of {@link splitElisions} joined again, in text or in an excerpt's HTML (whose
 * words Pagefind joins with plain spaces): "l’ <mark>eau</mark>" → "l’<mark>eau</mark>".
 */
export function joinElisions(text: string): string {
	return text.replace(SPLIT_ELISION, '$1$2').replace(SPLIT_POSSESSIVE, '$1$2');
}
