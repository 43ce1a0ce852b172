/**
 * The search page's facets, for `<odc-search>` (search-element.ts): the filters it shows — first
 * from the totals the page came with, then from the language's facet table once that is fetched
 * (once: when the reader turns to the search box, asks something, or the address selects
 * filters) — their ticks, the counts beside each value, their order and the "show more" buttons of
 * long lists (facet-lists.ts), and the disclosure that holds them.
 */
import { readerCollator } from '../../lib/search/collation.ts';
import type { FacetTotals } from '../../lib/search/facet-totals.ts';
import { totalCounts, type FacetCounts, type FacetIndex } from '../../lib/search/narrow.ts';
import { FACETS, isBlank, isFacet, type Facet, type SearchState } from '../../lib/search/state.ts';
import { arrangeFacetLists, type FacetListOptions, type FacetListLabels } from './facet-lists.ts';
import { buildFacetOptions, showFacetCounts } from './facets-view.ts';
import { loadFacetTableOrNone } from './load-facet-table.ts';

/** The facets of one search element. */
export class SearchFacets {
	readonly #host: HTMLElement;
	readonly #container: Element;
	readonly #base: string;
	readonly #lang: string;
	/** The facet table, once loaded; before, {@link totals} counts the whole catalogue. */
	#index: FacetIndex | undefined;
	#loading: Promise<FacetIndex> | undefined;
	#totals: FacetCounts | undefined;
	/** All values of every facet, from the whole index (sorted, to compare). */
	#values: Partial<Record<Facet, string[]>> = {};
	/** The counts the lists were last ordered by; undefined before any were shown. */
	#counts: FacetCounts | undefined;
	/** How the lists are ordered and collapsed; `expanded` holds the facets the reader opened in full. */
	readonly #arrangement: FacetListOptions & { expanded: Set<Facet> };

	/** Wide screens show the filters beside the results; narrow ones keep them in a closed disclosure above. */
	readonly #wide = matchMedia('(min-width: 48.01rem)');
	readonly #disclosure: HTMLDetailsElement;
	readonly #onWidth = (): void => {
		this.#disclosure.open = this.#wide.matches;
	};

	/**
	 * `host` is the element (it gets `data-facets-ready` once the table is in); `container` holds
	 * the fieldsets, inside `disclosure`, opened now if the screen is wide and as it widens; `labels`
	 * are the words of the buttons under long lists.
	 */
	constructor(host: HTMLElement, container: Element, disclosure: HTMLDetailsElement, base: string, lang: string, labels: FacetListLabels) {
		this.#host = host;
		this.#container = container;
		this.#disclosure = disclosure;
		this.#base = base;
		this.#lang = lang;
		this.#arrangement = { collator: readerCollator(lang), expanded: new Set(), labels };
		this.#onWidth();
		this.#wide.addEventListener('change', this.#onWidth);
		container.addEventListener('click', (event) => {
			const facet = (event.target as Element).closest<HTMLButtonElement>('button[data-facet-more]')?.dataset.facetMore ?? '';
			if (!isFacet(facet)) return;
			const { expanded } = this.#arrangement;
			if (!expanded.delete(facet)) expanded.add(facet);
			this.#arrange();
		});
	}

	/** Stops following the screen's width (the element left the page). */
	disconnect(): void {
		this.#wide.removeEventListener('change', this.#onWidth);
	}

	/** The facet table, if loaded. */
	get index(): FacetIndex | undefined {
		return this.#index;
	}

	/** The page's totals, if shown while the table is not in. */
	get totals(): FacetCounts | undefined {
		return this.#totals;
	}

	/** Shows the filters with the totals the page came with (`data-facet-totals`), until the facet table is in. */
	useTotals(json: string): void {
		const totals = JSON.parse(json) as Partial<FacetTotals>;
		this.#totals = Object.fromEntries(FACETS.map((facet) => [facet, Object.fromEntries(totals[facet] ?? [])])) as FacetCounts;
		this.#setValues(Object.fromEntries(FACETS.map((facet) => [facet, (totals[facet] ?? []).map(([value]) => value)])));
	}

	/**
	 * Fetches the facet table (once), then narrows and counts with it. Should its values not be
	 * those the page came with (a table made from Pagefind's fragments, or none: facets unavailable),
	 * the filters are made again from it. `state` says what is asked when it comes: with nothing
	 * asked, the counts are the table's totals.
	 */
	load(state: () => SearchState): Promise<FacetIndex> {
		this.#loading ??= loadFacetTableOrNone(this.#base, this.#lang).then((facets) => {
			this.#setValues(Object.fromEntries(FACETS.map((facet) => [facet, facets.table.facets[facet].values])));
			this.#index = facets;
			this.syncCheckboxes(state());
			if (isBlank(state())) this.showCounts(totalCounts(facets));
			this.#host.toggleAttribute('data-facets-ready', true);
			return facets;
		});
		return this.#loading;
	}

	/** Writes `counts` beside the values, and orders the lists by them. */
	showCounts(counts: FacetCounts): void {
		showFacetCounts(this.#container, counts, this.#lang);
		this.#counts = counts;
		this.#arrange();
	}

	/** Orders and collapses the lists by the last counts shown; before any, by the page's totals. */
	#arrange(): void {
		arrangeFacetLists(this.#container, this.#counts ?? this.#totals, this.#arrangement);
	}

	/** Ticks the checkboxes of the values `state` selects, and brings them into view in collapsed lists. */
	syncCheckboxes(state: SearchState): void {
		for (const box of this.#container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
			box.checked = isFacet(box.name) && (state.filters[box.name]?.includes(box.value) ?? false);
		}
		this.#arrange();
	}

	/**
	 * Shows `values` as the filters, unless they are the ones shown, in the order of the counts known
	 * so far (the page's totals until a search is counted); ticks come after, from the state.
	 */
	#setValues(values: Partial<Record<Facet, readonly string[]>>): void {
		const sorted: Partial<Record<Facet, string[]>> = {};
		for (const facet of FACETS) {
			const list = [...(values[facet] ?? [])].sort();
			if (list.length > 0) sorted[facet] = list;
		}
		if (JSON.stringify(sorted) === JSON.stringify(this.#values)) return;
		this.#values = sorted;
		buildFacetOptions(this.#container, this.#values);
		this.#arrange();
	}
}
