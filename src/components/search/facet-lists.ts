/**
 * Puts each facet's checkboxes in reading order for the counts shown, and collapses long lists
 * behind a "show more" button (src/lib/search/facet-order.ts says which values and why). DOM work
 * over the fieldsets facets-view.ts filled: items are moved, never made again, and only when their
 * order changed, so a ticked box keeps its state and the focus stays where the reader left it.
 */
import { collapsedFacetValues, orderFacetValues } from '../../lib/search/facet-order.ts';
import type { FacetCounts } from '../../lib/search/narrow.ts';
import { isFacet, type Facet } from '../../lib/search/state.ts';

/** The words of the button under a collapsed or expanded list, in the page's language. */
export interface FacetListLabels {
	/**
	 * "Show 12 more", for `hidden` values of which `withResults` would add results to the search;
	 * "Show 12 without results" when none would, so that a reader of two results is not sent
	 * looking through a hundred publishers with nothing for them.
	 */
	more(hidden: number, withResults: number): string;
	/** "Show fewer". */
	fewer: string;
}

/** What the lists are arranged by. */
export interface FacetListOptions {
	/** The page language's collator (src/lib/search/collation.ts). */
	collator: Intl.Collator;
	/** The facets whose whole list the reader asked to see. */
	expanded: ReadonlySet<Facet>;
	labels: FacetListLabels;
}

/** The button under `fieldset`'s list `list`, made the first time (the reader's script made the list too). */
function moreButton(fieldset: HTMLFieldSetElement, list: Element, facet: Facet): HTMLButtonElement {
	const existing = fieldset.querySelector<HTMLButtonElement>('button[data-facet-more]');
	if (existing) return existing;
	list.id ||= `facet-options-${facet}`;
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'button button--secondary button--compact search-facet__more';
	button.dataset.facetMore = facet;
	button.setAttribute('aria-controls', list.id);
	list.after(button);
	return button;
}

/**
 * Orders each facet's values in `container` by `counts` (undefined before any are known: by name,
 * as if each had results), hides what a collapsed long list hides, keeps checked values and the
 * focused one in view, and sets the button: "show more" with how many are hidden, "show fewer"
 * when expanded, none when nothing would hide.
 */
export function arrangeFacetLists(container: Element, counts: FacetCounts | undefined, options: FacetListOptions): void {
	const focused = document.activeElement;
	for (const fieldset of container.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')) {
		const facet = fieldset.dataset.facet ?? '';
		const list = fieldset.querySelector('[data-options]');
		if (!isFacet(facet) || !list) continue;
		const items = new Map<string, HTMLLIElement>();
		const kept = new Set<string>();
		for (const item of list.querySelectorAll<HTMLLIElement>(':scope > li')) {
			const box = item.querySelector('input');
			if (!box) continue;
			items.set(box.value, item);
			if (box.checked || box === focused) kept.add(box.value);
		}
		if (items.size === 0) continue;
		const facetCounts = counts?.[facet] ?? Object.fromEntries([...items.keys()].map((value) => [value, 1]));
		const ordered = orderFacetValues([...items.keys()], facetCounts, options.collator);
		const current = list.children;
		if (ordered.some((value, place) => items.get(value) !== current[place])) list.append(...ordered.map((value) => items.get(value)!));
		const hidden = collapsedFacetValues(ordered, facetCounts, kept);
		const expanded = options.expanded.has(facet) && hidden.size > 0;
		for (const [value, item] of items) {
			const hide = !expanded && hidden.has(value);
			if (item.hidden !== hide) item.hidden = hide;
		}
		const button = moreButton(fieldset, list, facet);
		button.hidden = hidden.size === 0;
		button.setAttribute('aria-expanded', String(expanded));
		const withResults = [...hidden].filter((value) => (facetCounts[value] ?? 0) > 0).length;
		const text = expanded ? options.labels.fewer : options.labels.more(hidden.size, withResults);
		if (button.textContent !== text) button.textContent = text;
	}
	// Moving the focused box took the focus away from it: give it back, without scrolling.
	if (focused instanceof HTMLElement && focused.isConnected && document.activeElement !== focused) focused.focus({ preventScroll: true });
}
