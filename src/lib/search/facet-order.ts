/**
 * The order of a facet's values on the search page, and which of a long list are shown before the
 * reader asks for all of them. A catalogue can have hundreds of publishers, most with nothing to
 * offer a given search: the values that would add results come first, the most results first, and
 * a long list shows its first {@link FACET_VALUES_SHOWN} of them; the others, and those that would
 * add none, wait behind a "show more" button (facets-view.ts). Selected values always show.
 *
 * A facet's counts do not change when the reader ticks one of its own values (narrow.ts counts it
 * without its own selection), so the list the reader is in stays still while they tick and untick.
 */

/** How many values of a long facet show before the reader asks for all of them. */
export const FACET_VALUES_SHOWN = 10;

/**
 * `values` in the order a reader scans them: those with results by count (most first), then the
 * ones without any, each run by name in `collator`'s order (the page's language); names equal to
 * it (case aside) by code point, so the order never depends on the values' order in the index.
 */
export function orderFacetValues(values: readonly string[], counts: Readonly<Record<string, number>>, collator: Intl.Collator): string[] {
	const count = (value: string) => counts[value] ?? 0;
	return [...values].sort((a, b) => count(b) - count(a) || collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The values of `ordered` (from {@link orderFacetValues}) to hide while the list is collapsed: all
 * but the first `shown` with results and those in `kept` (selected, or holding the focus). None
 * when the list is short (`shown` values or fewer), nor when only one would hide: a button in its
 * place would save nothing.
 */
export function collapsedFacetValues(
	ordered: readonly string[],
	counts: Readonly<Record<string, number>>,
	kept: ReadonlySet<string>,
	shown: number = FACET_VALUES_SHOWN,
): Set<string> {
	if (ordered.length <= shown) return new Set();
	const hidden = ordered.filter((value, place) => !kept.has(value) && (place >= shown || !((counts[value] ?? 0) > 0)));
	return new Set(hidden.length > 1 ? hidden : []);
}
