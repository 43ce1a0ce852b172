/**
 * The facet checkboxes of the search page: built once from every value in the index, then given
 * their counts after each search. DOM builders over the server-rendered fieldsets (Search.astro).
 */
import type { FacetCounts } from '../../lib/search/narrow.ts';
import { FACETS, isFacet, type Facet } from '../../lib/search/state.ts';

/** Fills each facet's fieldset in `container` with a checkbox per value, and hides facets without values. */
export function buildFacetOptions(container: Element, valuesByFacet: Partial<Record<Facet, string[]>>): void {
	for (const facet of FACETS) {
		const fieldset = container.querySelector<HTMLFieldSetElement>(`fieldset[data-facet="${facet}"]`);
		const list = fieldset?.querySelector('[data-options]');
		const values = valuesByFacet[facet] ?? [];
		if (!fieldset || !list) continue;
		fieldset.hidden = values.length === 0;
		list.replaceChildren(
			...values.map((value, index) => {
				const item = document.createElement('li');
				const box = document.createElement('input');
				box.type = 'checkbox';
				box.id = `facet-${facet}-${index}`;
				box.name = facet;
				box.value = value;
				const label = document.createElement('label');
				label.htmlFor = box.id;
				const count = document.createElement('span');
				count.className = 'search-facet__count';
				label.append(value, ' ', count);
				item.append(box, label);
				return item;
			}),
		);
	}
}

/** Writes the counts beside each value in `container` (numbers in `lang`); values at 0 are dimmed unless checked. */
export function showFacetCounts(container: Element, counts: FacetCounts, lang: string): void {
	for (const box of container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
		const count = (isFacet(box.name) ? counts[box.name][box.value] : undefined) ?? 0;
		const label = box.labels?.[0];
		const span = label?.querySelector('.search-facet__count');
		const text = `(${count.toLocaleString(lang)})`;
		// Only what changed: every text set costs the facet column a layout.
		if (span && span.textContent !== text) span.textContent = text;
		label?.parentElement?.toggleAttribute('data-zero', count === 0 && !box.checked);
	}
}
