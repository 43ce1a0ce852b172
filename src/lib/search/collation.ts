/**
 * How the search page puts names and titles in order for its readers: by the collation of the
 * page's language (`Intl.Collator`), not by code point, so that "École" sorts with the E's and not
 * after "Zoo", small letters with capitals, and "Roads 9" before "Roads 10". The build orders
 * titles with it for the sort table (sort-table.ts); the search element orders facet values with it
 * (facet-order.ts), in the reader's browser.
 */

/**
 * The collator of `lang` (`en`, `fr`…) for readers' lists: letters compared without their case or
 * accents (ties are broken by the caller: index order, then code point), numbers by their value.
 */
export function readerCollator(lang: string): Intl.Collator {
	return new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
}

/**
 * `title` as it is looked up in an A to Z list: from its first letter or digit, so that a title
 * its publisher wrapped in quotes, brackets or dashes (`"Maladie à coronavirus…"`) files under its
 * first word. A title without any letter or digit is kept whole.
 */
export function filingText(title: string): string {
	const start = title.search(/[\p{L}\p{N}]/u);
	return start > 0 ? title.slice(start) : title;
}
