/** Picking the right language out of a multilingual metadata value. */

/** A value picked from a per-language record, with the language it is really in. */
export interface Localized<T> {
	/** The text (or list) in `lang`. */
	value: T;
	/** The language the value is in: the page language, or the fallback that was used. */
	lang: string;
	/** True when the value is not in the requested language (a missing translation). */
	isFallback: boolean;
}

/**
 * Picks the value of `text` for `lang`. When that translation is missing (or empty), falls back to
 * the catalogue languages in their order (the default first), then to any language the record has,
 * and says so with `isFallback`, so the page can mark the text with its real `lang` and a visible
 * "(English only)" tag. Returns `undefined` when the record is missing or has no usable value.
 *
 * Pure: works on localized strings and on localized keyword lists alike.
 *
 * @example localize({ en: 'Roads' }, 'fr', ['en', 'fr']) // → { value: 'Roads', lang: 'en', isFallback: true }
 */
export function localize<T extends string | readonly string[]>(
	text: Partial<Record<string, T>> | undefined,
	lang: string,
	languages: readonly string[],
): Localized<T> | undefined {
	if (!text) return undefined;
	const wanted = text[lang];
	if (isPresent(wanted)) return { value: wanted, lang, isFallback: false };
	for (const candidate of [...languages, ...Object.keys(text)]) {
		const value = text[candidate];
		if (candidate !== lang && isPresent(value)) return { value, lang: candidate, isFallback: true };
	}
	return undefined;
}

/**
 * The plain string of a localized value in `lang`, with fallback, or `fallback` when there is none.
 * For places that cannot carry a `lang` attribute (`<title>`, `<meta>`, sorting keys).
 */
export function localizedString(text: Partial<Record<string, string>> | undefined, lang: string, languages: readonly string[], fallback = ''): string {
	return localize(text, lang, languages)?.value ?? fallback;
}

function isPresent<T extends string | readonly string[]>(value: T | undefined): value is T {
	return value !== undefined && value.length > 0;
}
