/**
 * `<odc-search>`: the search page's results as you type, over Pagefind's JavaScript API.
 *
 * The element wraps server-rendered markup (src/components/search/Search.astro): a GET form with
 * the search box, a sort menu, one empty fieldset per facet, a live status line, the results list,
 * the no-results block and the pagination. It fills them in; it never creates the page's structure.
 * Its state (query, facets, sort, page) lives in the address (src/lib/search/state.ts): typing
 * replaces the current history entry, every other change adds one, and back/forward restore it.
 *
 * Facet counts follow the search: OR within a facet, AND across facets, so a facet's counts are
 * taken from a search with every other facet's selection but not its own.
 */
import { fillTemplate } from '../../lib/i18n/fill-template.ts';
import {
	EMPTY_STATE,
	FACETS,
	hasFilters,
	isFacet,
	isSort,
	pageCount,
	pagefindFilters,
	pagefindSort,
	parseState,
	RESULTS_PER_PAGE,
	serializeState,
	toggleFilter,
	type Facet,
	type SearchState,
} from '../../lib/search/state.ts';
import { noResultsContent, paginationList, resultItem, type PagefindResultData, type ResultsView } from './results-view.ts';

/** Counts per value of each filter, as Pagefind reports them. */
type FilterCounts = Record<string, Record<string, number>>;


interface PagefindSearch {
	results: { id: string; data(): Promise<PagefindResultData> }[];
	filters: FilterCounts;
	totalFilters: FilterCounts;
}

/** The part of Pagefind's browser API (`<base>pagefind/pagefind.js`) the element uses. */
interface PagefindApi {
	options(options: { baseUrl?: string }): Promise<void>;
	init(): Promise<void>;
	search(query: string | null, options: { filters?: object; sort?: object }): Promise<PagefindSearch | null>;
	filters(): Promise<FilterCounts>;
}

/** How long typing must pause before the search runs, in milliseconds. */
const DEBOUNCE_MS = 200;

/** The search element. Strings come from `data-strings` (the page's `search.*` and related UI strings). */
export class SearchElement extends HTMLElement {
	#pagefind: PagefindApi | undefined;
	#strings: Record<string, string> = {};
	#lang = 'en';
	#state: SearchState = EMPTY_STATE;
	/** All values of every facet, from the whole index, in display order. */
	#facetValues: Partial<Record<Facet, string[]>> = {};
	/** Incremented by every run: an older run that finishes late is dropped. */
	#run = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** Whether the current history entry was made by typing (so more typing replaces it). */
	#typingEntry = false;

	connectedCallback(): void {
		this.#strings = JSON.parse(this.dataset.strings ?? '{}') as Record<string, string>;
		this.#lang = document.documentElement.lang || 'en';
		for (const element of this.querySelectorAll<HTMLElement>('[data-search-nojs]')) element.hidden = true;
		for (const element of this.querySelectorAll<HTMLElement>('[data-search-ui]')) element.hidden = false;
		this.#state = parseState(location.search);
		this.#syncControls();
		this.#listen();
		void this.#start();
	}

	disconnectedCallback(): void {
		window.removeEventListener('popstate', this.#onPopState);
		clearTimeout(this.#timer);
	}

	/** A UI string with `{name}` placeholders filled (numbers formatted for the page language). */
	#t(key: string, vars: Record<string, string | number> = {}): string {
		return fillTemplate(this.#strings[key] ?? key, vars, this.#lang);
	}

	#tCount(key: string, count: number): string {
		const form = new Intl.PluralRules(this.#lang).select(count) === 'one' ? 'one' : 'other';
		return this.#t(`${key}.${form}`, { count });
	}

	#part<T extends Element = HTMLElement>(name: string): T {
		const element = this.querySelector<T>(`[data-search-${name}]`);
		if (!element) throw new Error(`<odc-search> needs an element with data-search-${name}`);
		return element;
	}

	async #start(): Promise<void> {
		const status = this.#part('status');
		status.textContent = this.#t('search.status.loading');
		try {
			const base = this.dataset.base ?? '/';
			const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
			await pagefind.options({ baseUrl: base });
			await pagefind.init();
			const all = await pagefind.filters();
			for (const facet of FACETS) {
				const values = Object.keys(all[facet] ?? {}).sort((a, b) => a.localeCompare(b, this.#lang));
				if (values.length > 0) this.#facetValues[facet] = values;
			}
			this.#pagefind = pagefind;
			this.#buildFacets();
			await this.#search();
		} catch {
			status.textContent = this.#t('search.status.error');
		}
	}

	#listen(): void {
		const form = this.#part<HTMLFormElement>('form');
		const input = this.#part<HTMLInputElement>('input');
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			clearTimeout(this.#timer);
			this.#change({ ...this.#state, query: input.value.trim(), page: 1 }, false);
		});
		input.addEventListener('input', () => {
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => {
				const query = input.value.trim();
				if (query !== this.#state.query) this.#change({ ...this.#state, query, page: 1 }, true);
			}, DEBOUNCE_MS);
		});
		this.#part<HTMLSelectElement>('sort').addEventListener('change', (event) => {
			const value = (event.target as HTMLSelectElement).value;
			if (isSort(value)) this.#change({ ...this.#state, sort: value, page: 1 }, false);
		});
		this.#part('facets').addEventListener('change', (event) => {
			const box = event.target as HTMLInputElement;
			if (box.type === 'checkbox' && isFacet(box.name)) this.#change(toggleFilter(this.#state, box.name, box.value, box.checked), false);
		});
		this.#part('pagination').addEventListener('click', (event) => {
			const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-page]');
			if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
			event.preventDefault();
			this.#change({ ...this.#state, page: Number(link.dataset.page) }, false, true);
		});
		this.#part('empty').addEventListener('click', (event) => {
			const button = (event.target as Element).closest<HTMLButtonElement>('button[data-facet]');
			const facet = button?.dataset.facet ?? '';
			if (!button || !isFacet(facet)) return;
			this.#change(toggleFilter(this.#state, facet, button.value, false), false);
			this.#part('input').focus();
		});
		window.addEventListener('popstate', this.#onPopState);
	}

	#onPopState = (): void => {
		this.#state = parseState(location.search);
		this.#typingEntry = false;
		this.#syncControls();
		void this.#search();
	};

	/**
	 * Moves to `state`: records it in the address (typing replaces the entry typing made, anything
	 * else adds one) and runs the search. `focusResults` moves focus to the results heading
	 * (after changing page), never while the reader types.
	 */
	#change(state: SearchState, typing: boolean, focusResults = false): void {
		const url = location.pathname + serializeState(state) + location.hash;
		if (url !== location.pathname + location.search + location.hash) {
			if (typing && this.#typingEntry) history.replaceState(null, '', url);
			else history.pushState(null, '', url);
		}
		this.#typingEntry = typing;
		this.#state = state;
		this.#syncControls();
		void this.#search().then(() => {
			if (focusResults) this.#part('heading').focus();
		});
	}

	/** Puts the state into the form controls (after a page load or back/forward). */
	#syncControls(): void {
		const input = this.#part<HTMLInputElement>('input');
		if (input.value.trim() !== this.#state.query) input.value = this.#state.query;
		this.#part<HTMLSelectElement>('sort').value = this.#state.sort;
		for (const box of this.#part('facets').querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
			box.checked = isFacet(box.name) && (this.#state.filters[box.name]?.includes(box.value) ?? false);
		}
	}

	/** Creates each facet's checkboxes (once, from every value in the index) in its fieldset. */
	#buildFacets(): void {
		for (const facet of FACETS) {
			const fieldset = this.querySelector<HTMLFieldSetElement>(`fieldset[data-facet="${facet}"]`);
			const list = fieldset?.querySelector('[data-options]');
			const values = this.#facetValues[facet] ?? [];
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
		this.#syncControls();
	}

	/** Runs the search for the current state and shows the results, counts and status, or says search failed. */
	async #search(): Promise<void> {
		try {
			await this.#runSearch();
		} catch {
			this.#part('results').removeAttribute('aria-busy');
			this.#setStatus(this.#t('search.status.error'));
		}
	}

	async #runSearch(): Promise<void> {
		const pagefind = this.#pagefind;
		if (!pagefind) return;
		const run = ++this.#run;
		const state = this.#state;
		const status = this.#part('status');
		const empty = this.#part('empty');
		const list = this.#part('results');
		// Busy until this run's results are shown (a later run takes over the flag).
		list.setAttribute('aria-busy', 'true');
		const done = () => {
			if (run === this.#run) list.removeAttribute('aria-busy');
		};

		if (!state.query && !hasFilters(state)) {
			// Nothing asked yet: counts over the whole catalogue, and no results list.
			const all = await pagefind.filters();
			if (run !== this.#run) return;
			this.#showCounts(Object.fromEntries(FACETS.map((facet) => [facet, all[facet] ?? {}])));
			list.replaceChildren();
			empty.hidden = true;
			this.#part('pagination').replaceChildren();
			this.#setStatus(this.#t('search.status.prompt'));
			done();
			return;
		}

		const sort = pagefindSort(state.sort);
		const options = (except?: Facet) => ({ filters: pagefindFilters(state, except), ...(sort ? { sort } : {}) });
		const query = state.query || null;
		const selected = FACETS.filter((facet) => (state.filters[facet]?.length ?? 0) > 0);
		const [search, ...others] = await Promise.all([
			pagefind.search(query, options()),
			...selected.map((facet) => pagefind.search(query, options(facet))),
		]);
		if (run !== this.#run || !search) return;

		const counts: FilterCounts = {};
		for (const facet of FACETS) {
			const own = selected.indexOf(facet);
			counts[facet] = (own >= 0 ? others[own]?.filters[facet] : search.filters[facet]) ?? {};
		}
		this.#showCounts(counts);

		const total = search.results.length;
		const pages = pageCount(total);
		const page = Math.min(state.page, pages);
		const start = (page - 1) * RESULTS_PER_PAGE;
		const data = await Promise.all(search.results.slice(start, start + RESULTS_PER_PAGE).map((result) => result.data()));
		if (run !== this.#run) return;

		list.replaceChildren(...data.map((result) => resultItem(result, this.#view)));
		this.#showEmpty(total === 0);
		this.#showPagination(page, pages);
		const found = this.#tCount('search.status.found', total);
		this.#setStatus(pages > 1 ? `${found}, ${this.#t('search.status.page', { page, total: pages })}` : found);
		done();
	}

	#setStatus(text: string): void {
		const status = this.#part('status');
		if (status.textContent !== text) status.textContent = text;
	}

	/** Updates the counts beside each facet value; checked values show even at 0. */
	#showCounts(counts: FilterCounts): void {
		for (const box of this.#part('facets').querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
			const count = counts[box.name]?.[box.value] ?? 0;
			const label = box.labels?.[0];
			const span = label?.querySelector('.search-facet__count');
			if (span) span.textContent = `(${count.toLocaleString(this.#lang)})`;
			label?.parentElement?.toggleAttribute('data-zero', count === 0 && !box.checked);
		}
	}

	#showEmpty(show: boolean): void {
		const empty = this.#part('empty');
		empty.hidden = !show;
		if (show) empty.replaceChildren(...noResultsContent(this.#state, this.dataset.feedback, this.#view));
	}

	#showPagination(page: number, pages: number): void {
		const hrefOf = (target: number) => location.pathname + serializeState({ ...this.#state, page: target });
		this.#part('pagination').replaceChildren(...(pages > 1 ? [paginationList(page, pages, hrefOf, this.#view)] : []));
	}

	/** The language and strings, for the result builders in results-view.ts. */
	get #view(): ResultsView {
		return { lang: this.#lang, t: (key, vars) => this.#t(key, vars) };
	}
}

if (!customElements.get('odc-search')) customElements.define('odc-search', SearchElement);
