/**
 * `<odc-search>`: the search page's results as you type, over Pagefind's JavaScript API.
 *
 * The element wraps server-rendered markup (src/components/search/Search.astro): a GET form with
 * the search box, a sort menu, one empty fieldset per facet, a live status line, the results list,
 * the no-results block and the pagination. It fills them in; it never creates the page's structure.
 * Its state (query, facets, sort, page) lives in the address (src/lib/search/state.ts): typing
 * replaces the current history entry, every other change adds one, and back/forward restore it.
 *
 * Pagefind finds and ranks (or sorts) the results; the facets narrow them and are counted here,
 * over the language's facet table (src/lib/search/narrow.ts): OR within a facet, AND across facets,
 * a facet's counts taken with every other facet's selection but not its own. Pagefind's own filter
 * counting grows with results times filters and dominated the time of a search at 10,000 datasets.
 * A facet change reuses the last search's results, so it costs no new search.
 */
import { feedbackQuery } from '../../lib/feedback/prefill.ts';
import { fillTemplate } from '../../lib/i18n/fill-template.ts';
import {
	EMPTY_STATE,
	FACETS,
	isFacet,
	isSort,
	pageCount,
	parseState,
	RESULTS_PER_PAGE,
	serializeState,
	toggleFilter,
	type Facet,
	type SearchState,
} from '../../lib/search/state.ts';
import type { FacetTotals } from '../../lib/search/facet-totals.ts';
import { narrowResults, totalCounts, type FacetCounts, type FacetIndex } from '../../lib/search/narrow.ts';
import { translateFilters, type FacetTranslations } from '../../lib/search/facet-translations.ts';
import { buildFacetOptions, showFacetCounts } from './facets-view.ts';
import { inOrder } from './in-order.ts';
import { loadFacetTableOrNone } from './load-facet-table.ts';
import type { PagefindApi } from './pagefind-api.ts';
import { RankedResultsCache } from './ranked-results.ts';
import { noResultsContent, paginationList, resultItem, type ResultsView } from './results-view.ts';

/** How many filter values `state` selects, over every facet. */
function selectedCount(state: SearchState): number {
	return FACETS.reduce((sum, facet) => sum + (state.filters[facet]?.length ?? 0), 0);
}

/** Whether `state` asks for nothing: no words, no filters (the whole catalogue, whatever the sort). */
function isBlank(state: SearchState): boolean {
	return !state.query && selectedCount(state) === 0;
}

/** How long typing must pause before the search runs, in milliseconds. */
const DEBOUNCE_MS = 200;

/** The search element. Strings come from `data-strings` (the page's `search.*` and related UI strings). */
export class SearchElement extends HTMLElement {
	#pagefind: PagefindApi | undefined;
	/** The facet table, once loaded; before, {@link #totals} counts the whole catalogue. */
	#facets: FacetIndex | undefined;
	#facetsLoading: Promise<FacetIndex> | undefined;
	#totals: FacetCounts | undefined;
	get #base(): string {
		return this.dataset.base ?? '/';
	}
	/** Pagefind's result lists: the last search, which a facet change reuses, and the every-page one. */
	#results = new RankedResultsCache();
	#strings: Record<string, string> = {};
	#lang = 'en';
	#state: SearchState = EMPTY_STATE;
	/** All values of every facet, from the whole index, in display order. */
	#facetValues: Partial<Record<Facet, string[]>> = {};
	/** Incremented by every run: an older run that finishes late is dropped. */
	#run = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** Whether the next results shown take focus to their heading (set by a change of page). */
	#focusResults = false;
	/** Whether the current history entry was made by typing (so more typing replaces it). */
	#typingEntry = false;

	connectedCallback(): void {
		this.#strings = JSON.parse(this.dataset.strings ?? '{}') as Record<string, string>;
		this.#lang = document.documentElement.lang || 'en';
		for (const element of this.querySelectorAll<HTMLElement>('[data-search-nojs]')) element.hidden = true;
		for (const element of this.querySelectorAll<HTMLElement>('[data-search-ui]')) element.hidden = false;
		this.#state = parseState(location.search);
		this.#openFiltersWhenWide();
		this.#syncControls();
		this.#listen();
		void this.#start();
	}

	/** Wide screens show the filters beside the results; narrow ones keep them in a closed disclosure above. */
	#wide = matchMedia('(min-width: 48.01rem)');
	#onWidth = (): void => {
		this.#part<HTMLDetailsElement>('filters').open = this.#wide.matches;
	};

	#openFiltersWhenWide(): void {
		this.#onWidth();
		this.#wide.addEventListener('change', this.#onWidth);
	}

	disconnectedCallback(): void {
		this.#wide.removeEventListener('change', this.#onWidth);
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
			const base = this.#base;
			const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
			await pagefind.options({ baseUrl: base });
			await pagefind.init();
			// The facet table only narrows and counts a search's results: the filters and their totals
			// come with the page, and the table loads when the reader turns to the search box or asks
			// something — unless the address already selects filters, which it takes to narrow.
			const narrowing = selectedCount(this.#state) > 0;
			const table = narrowing ? this.#loadFacets() : undefined;
			await Promise.all([table, pagefind.preload('')]);
			if (!table) this.#useTotals();
			this.#pagefind = pagefind;
			await this.#search();
			// A warm-up that fails costs nothing but its speed-up: the next search says what went wrong.
			await this.#warmUp(pagefind).catch(() => undefined);
			// Loaded and warmed up: what `npm run bench` waits for before it times a first query.
			this.toggleAttribute('data-ready', true);
		} catch {
			status.textContent = this.#t('search.status.error');
		}
	}

	/** Shows the filters with the totals the page came with, until the facet table is in. */
	#useTotals(): void {
		const totals = JSON.parse(this.dataset.facetTotals ?? '{}') as Partial<FacetTotals>;
		this.#totals = Object.fromEntries(FACETS.map((facet) => [facet, Object.fromEntries(totals[facet] ?? [])])) as FacetCounts;
		this.#setFacetValues(Object.fromEntries(FACETS.map((facet) => [facet, (totals[facet] ?? []).map(([value]) => value)])));
	}

	/**
	 * Fetches the facet table (once: when the reader turns to the search box, asks something, or the
	 * address selects filters), then narrows and counts with it. Should its values not be
	 * those the page came with (a table made from Pagefind's fragments, or none: facets unavailable),
	 * the filters are made again from it.
	 */
	#loadFacets(): Promise<FacetIndex> {
		this.#facetsLoading ??= loadFacetTableOrNone(this.#base, this.#lang).then((facets) => {
			this.#setFacetValues(Object.fromEntries(FACETS.map((facet) => [facet, facets.table.facets[facet].values])));
			this.#facets = facets;
			// Nothing asked: the counts are the table's totals (the same as the page's, unless made again).
			if (isBlank(this.#state)) showFacetCounts(this.#part('facets'), totalCounts(facets), this.#lang);
			this.toggleAttribute('data-facets-ready', true);
			return facets;
		});
		return this.#facetsLoading;
	}

	/** Shows `values` as the filters (in display order), unless they are the ones shown. */
	#setFacetValues(values: Partial<Record<Facet, readonly string[]>>): void {
		const sorted: Partial<Record<Facet, string[]>> = {};
		for (const facet of FACETS) {
			const list = [...(values[facet] ?? [])].sort((a, b) => a.localeCompare(b, this.#lang));
			if (list.length > 0) sorted[facet] = list;
		}
		if (JSON.stringify(sorted) === JSON.stringify(this.#facetValues)) return;
		this.#facetValues = sorted;
		this.#buildFacets();
	}

	/**
	 * Runs while the reader has not asked anything: the search on no words (kept: see ranked-results.ts) and
	 * one result's file compile Pagefind's WebAssembly and decompression code and ready its worker's
	 * fetching before the first real query, for a few kilobytes and no index chunk.
	 */
	async #warmUp(pagefind: PagefindApi): Promise<void> {
		const everyPage = await this.#results.get(pagefind, EMPTY_STATE);
		await everyPage.byId.get(everyPage.ids[0] ?? '')?.data();
	}

	#listen(): void {
		const form = this.#part<HTMLFormElement>('form');
		const input = this.#part<HTMLInputElement>('input');
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			clearTimeout(this.#timer);
			this.#change({ ...this.#state, query: input.value.trim(), page: 1 }, false);
		});
		// The reader is about to search: the facet table will be wanted for the counts.
		input.addEventListener('focus', () => void this.#loadFacets().catch(() => undefined), { once: true });
		input.addEventListener('input', () => {
			clearTimeout(this.#timer);
			// Fetch the index chunks of the words so far while the reader is still typing, as Pagefind
			// advises: the search that follows finds them loaded.
			void this.#pagefind?.preload(input.value).catch(() => undefined);
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
	 * else adds one) and runs the search. `focusResults` moves focus to the results heading once the
	 * new results show (after changing page), never while the reader types.
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
		this.#focusResults = focusResults;
		void this.#search();
	}

	/**
	 * Points the language switch at the same search in the other languages: query, sort, page and
	 * filters, whose labels are translated (src/lib/search/facet-translations.ts).
	 */
	#syncLanguageLinks(): void {
		const { languages = [], facets } = JSON.parse(this.dataset.translations ?? '{}') as { languages?: string[]; facets?: FacetTranslations };
		const from = languages.indexOf(this.#lang);
		for (const link of document.querySelectorAll<HTMLAnchorElement>('.language-switch a[hreflang]')) {
			const to = languages.indexOf(link.hreflang);
			const filters = facets && from >= 0 && to >= 0 ? translateFilters(this.#state.filters, facets, from, to) : this.#state.filters;
			link.setAttribute('href', new URL(link.href).pathname + serializeState({ ...this.#state, filters }));
		}
	}

	/** Puts the state into the form controls (after a page load or back/forward), and into the language links. */
	#syncControls(): void {
		this.#syncLanguageLinks();
		const input = this.#part<HTMLInputElement>('input');
		if (input.value.trim() !== this.#state.query) input.value = this.#state.query;
		this.#part<HTMLSelectElement>('sort').value = this.#state.sort;
		this.#syncCheckboxes();
		const selected = selectedCount(this.#state);
		this.#part('selected').textContent = selected > 0 ? `(${this.#tCount('search.facets.selected', selected)})` : '';
	}

	/** Ticks the checkboxes of the selected filters. */
	#syncCheckboxes(): void {
		for (const box of this.#part('facets').querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
			box.checked = isFacet(box.name) && (this.#state.filters[box.name]?.includes(box.value) ?? false);
		}
	}

	/** Creates each facet's checkboxes from its values, ticked as selected; never touches the search box, which the reader may be typing in. */
	#buildFacets(): void {
		buildFacetOptions(this.#part('facets'), this.#facetValues);
		this.#syncCheckboxes();
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
		const list = this.#part('results');
		// Busy until this run's results are shown (a later run takes over the flag).
		list.setAttribute('aria-busy', 'true');
		const done = () => {
			if (run === this.#run) list.removeAttribute('aria-busy');
		};

		// No words and no filters: every dataset, so that the page browses the whole catalogue.
		const ranked = await this.#results.get(pagefind, state);
		if (run !== this.#run) return;
		this.#showNotice(ranked.relaxed);
		// Before the facet table is in, the page's totals count the whole catalogue. Filters wait for
		// it; results without filters need nothing of it and show at once, their counts once it is in.
		const narrowing = selectedCount(state) > 0;
		const facets = this.#facets ?? (narrowing || !this.#totals ? await this.#loadFacets() : undefined);
		if (run !== this.#run) return;
		const narrowed = facets ? narrowResults(facets, ranked.ids, state.filters) : { ids: ranked.ids, counts: this.#totals! };
		const counted = facets !== undefined || isBlank(state);
		if (counted) showFacetCounts(this.#part('facets'), narrowed.counts, this.#lang);

		const total = narrowed.ids.length;
		const pages = pageCount(total);
		const page = Math.min(state.page, pages);
		const start = (page - 1) * RESULTS_PER_PAGE;
		const shown = narrowed.ids.slice(start, start + RESULTS_PER_PAGE).map((id) => ranked.byId.get(id)!);
		const found = this.#tCount('search.status.found', total);
		const showPage = () => {
			this.#showEmpty(total === 0);
			this.#showPagination(page, pages);
			this.#setStatus(pages > 1 ? `${found}, ${this.#t('search.status.page', { page, total: pages })}` : found);
			if (this.#focusResults) this.#part('heading').focus();
			this.#focusResults = false;
		};
		if (shown.length === 0) {
			list.replaceChildren();
			showPage();
		}
		// Each result is shown as soon as it and those above it are loaded: the first ones need not
		// wait for the slowest of the page. The old results stay until the first new one replaces them.
		await inOrder(
			shown.map((result) => result.data()),
			(batch, isFirst) => {
				if (run !== this.#run) return;
				const items = batch.map((result) => resultItem(result, this.#view));
				if (!isFirst) return list.append(...items);
				list.replaceChildren(...items);
				showPage();
			},
		);
		done();
		// Counted once the results are shown: fetching the table does not hold them up.
		if (!counted && run === this.#run) {
			const loaded = await this.#loadFacets();
			if (run === this.#run) showFacetCounts(this.#part('facets'), narrowResults(loaded, ranked.ids, state.filters).counts, this.#lang);
		}
	}

	#setStatus(text: string): void {
		const status = this.#part('status');
		if (status.textContent !== text) status.textContent = text;
	}

	/** Says, above the results, that they have most of the words rather than all; offers a request too. */
	#showNotice(relaxed: boolean): void {
		const notice = this.#part('notice');
		notice.hidden = !relaxed;
		if (!relaxed) return notice.replaceChildren();
		const text = this.#t('search.relaxed', { query: this.#state.query });
		if (!this.dataset.feedback) return notice.replaceChildren(text);
		const link = document.createElement('a');
		link.href = this.dataset.feedback + feedbackQuery({ type: 'request', query: this.#state.query || undefined });
		link.textContent = this.#t('search.none.requestLink');
		notice.replaceChildren(`${text} ${this.#t('search.none.request')} `, link);
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
