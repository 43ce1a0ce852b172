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
 * A facet change reuses the last search's results, so it costs no new search. The facets themselves
 * are search-facets.ts's; another sort than relevance is result-order.ts's.
 */
import {
	EMPTY_STATE,
	isBlank,
	isFacet,
	isSort,
	pageCount,
	parseState,
	RESULTS_PER_PAGE,
	selectedCount,
	serializeState,
	toggleFilter,
	type SearchState,
} from '../../lib/search/state.ts';
import { narrowResults, type FacetIndex } from '../../lib/search/narrow.ts';
import { fetchFirstPage, useFirstPage } from './first-page.ts';
import { inOrder } from './in-order.ts';
import { mergeShards } from './index-entry.ts';
import { syncLanguageLinks } from './language-links.ts';
import type { PagefindApi } from './pagefind-api.ts';
import { RankedResultsCache } from './ranked-results.ts';
import { ResultOrders } from './result-order.ts';
import { SearchFacets } from './search-facets.ts';
import { countText, noResultsContent, paginationList, relaxedNoticeContent, resultItem, resultsView, type ResultsView } from './results-view.ts';

/** How long typing must pause before the search runs, in milliseconds. */
const DEBOUNCE_MS = 200;

/** The search element. */
export class SearchElement extends HTMLElement {
	#pagefind: PagefindApi | undefined;
	#facets!: SearchFacets;
	#orders!: ResultOrders;
	get #base(): string {
		return this.dataset.base ?? '/';
	}
	/** Pagefind's result lists: the last search, which a facet change reuses, and the every-page one. */
	#results = new RankedResultsCache();
	/** The language and strings (`data-strings`: the page's `search.*` and related UI strings), for results-view.ts. */
	#view!: ResultsView;
	#state: SearchState = EMPTY_STATE;
	/** Incremented by every run: an older run that finishes late is dropped. */
	#run = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** Whether the next results shown take focus to their heading (set by a change of page). */
	#focusResults = false;
	/** Whether the current history entry was made by typing (so more typing replaces it). */
	#typingEntry = false;

	connectedCallback(): void {
		const lang = document.documentElement.lang || 'en';
		this.#view = resultsView(JSON.parse(this.dataset.strings ?? '{}') as Record<string, string>, lang);
		this.#facets = new SearchFacets(this, this.#part('facets'), this.#part<HTMLDetailsElement>('filters'), this.#base, lang, {
			more: (hidden, withResults) => countText(this.#view, withResults > 0 ? 'search.facets.more' : 'search.facets.moreEmpty', hidden),
			fewer: this.#view.t('search.facets.fewer'),
		});
		this.#orders = new ResultOrders(this.#base, lang, () => this.#loadFacets());
		for (const element of this.querySelectorAll<HTMLElement>('[data-search-nojs]')) element.hidden = true;
		for (const element of this.querySelectorAll<HTMLElement>('[data-search-ui]')) element.hidden = false;
		this.#state = parseState(location.search);
		this.#syncControls();
		this.#listen();
		void this.#start();
	}

	disconnectedCallback(): void {
		this.#facets.disconnect();
		window.removeEventListener('popstate', this.#onPopState);
		clearTimeout(this.#timer);
	}

	#part<T extends Element = HTMLElement>(name: string): T {
		const element = this.querySelector<T>(`[data-search-${name}]`);
		if (!element) throw new Error(`<odc-search> needs an element with data-search-${name}`);
		return element;
	}

	async #start(): Promise<void> {
		const status = this.#part('status');
		status.textContent = this.#view.t('search.status.loading');
		try {
			const base = this.#base;
			// The listing's first page, when the page opens on it: shown without fetching its results' fragments.
			const opensOnIt = isBlank(this.#state) && this.#state.sort === 'relevance' && this.#state.page === 1;
			const firstPage = opensOnIt ? fetchFirstPage(base, this.#view.lang) : undefined;
			const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
			await pagefind.options({ baseUrl: base });
			const [, merged] = await Promise.all([pagefind.init(), mergeShards(pagefind, base, this.#view.lang)]);
			this.#results.sharded = merged > 0;
			// The facet table only narrows and counts a search's results: the filters and their totals
			// come with the page, and the table loads when the reader turns to the search box or asks
			// something — unless the address already selects filters, which it takes to narrow.
			const narrowing = selectedCount(this.#state) > 0;
			const table = narrowing ? this.#loadFacets() : undefined;
			await Promise.all([table, pagefind.preload('')]);
			if (!table) {
				this.#facets.useTotals(this.dataset.facetTotals ?? '{}');
				this.#facets.syncCheckboxes(this.#state);
			}
			this.#pagefind = pagefind;
			if (firstPage) useFirstPage(await this.#results.get(pagefind, EMPTY_STATE), await firstPage, base);
			await this.#search();
			// A warm-up that fails costs nothing but its speed-up: the next search says what went wrong.
			await this.#warmUp(pagefind).catch(() => undefined);
			// Loaded and warmed up: what `npm run bench` waits for before it times a first query.
			this.toggleAttribute('data-ready', true);
		} catch {
			status.textContent = this.#view.t('search.status.error');
		}
	}

	/** Fetches the facet table (once): see search-facets.ts. */
	#loadFacets(): Promise<FacetIndex> {
		return this.#facets.load(() => this.#state);
	}

	/**
	 * Runs while the reader has not asked anything: the search on no words (kept: see ranked-results.ts) and
	 * one result's data compile Pagefind's WebAssembly and decompression code and ready its worker's
	 * fetching before the first real query, for a few kilobytes and no index chunk. When the page opened
	 * on the listing's first page, that data is the build's (first-page.ts) and nothing is fetched: the
	 * meta file's decompression has warmed the same code, and at 10,000 datasets a pasted query's first
	 * result came no later without the fragment (median 171 against 178 ms, 25 runs each, loaded machine).
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

	/** Puts the state into the form controls (after a page load or back/forward), and into the language links. */
	#syncControls(): void {
		syncLanguageLinks(this.#state, this.#view.lang, this.dataset.translations ?? '{}');
		const input = this.#part<HTMLInputElement>('input');
		if (input.value.trim() !== this.#state.query) input.value = this.#state.query;
		this.#part<HTMLSelectElement>('sort').value = this.#state.sort;
		this.#facets.syncCheckboxes(this.#state);
		const selected = selectedCount(this.#state);
		this.#part('selected').textContent = selected > 0 ? `(${countText(this.#view, 'search.facets.selected', selected)})` : '';
	}

	/** Runs the search for the current state and shows the results, counts and status, or says search failed. */
	async #search(): Promise<void> {
		try {
			await this.#runSearch();
		} catch {
			this.#part('results').removeAttribute('aria-busy');
			this.#setStatus(this.#view.t('search.status.error'));
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
		const ranked = await this.#results.get(pagefind, state, await this.#orders.for(state));
		if (run !== this.#run) return;
		this.#showNotice(ranked.relaxed);
		// Before the facet table is in, the page's totals count the whole catalogue. Filters wait for
		// it; results without filters need nothing of it and show at once, their counts once it is in.
		const narrowing = selectedCount(state) > 0;
		const facets = this.#facets.index ?? (narrowing || !this.#facets.totals ? await this.#loadFacets() : undefined);
		if (run !== this.#run) return;
		const narrowed = facets ? narrowResults(facets, ranked.ids, state.filters) : { ids: ranked.ids, counts: this.#facets.totals! };
		const counted = facets !== undefined || isBlank(state);
		if (counted) this.#facets.showCounts(narrowed.counts);

		const total = narrowed.ids.length;
		const pages = pageCount(total);
		const page = Math.min(state.page, pages);
		const start = (page - 1) * RESULTS_PER_PAGE;
		const shown = narrowed.ids.slice(start, start + RESULTS_PER_PAGE).map((id) => ranked.byId.get(id)!);
		const found = countText(this.#view, 'search.status.found', total);
		const showPage = () => {
			this.#showEmpty(total === 0);
			this.#showPagination(page, pages);
			this.#setStatus(pages > 1 ? `${found}, ${this.#view.t('search.status.page', { page, total: pages })}` : found);
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
			if (run === this.#run) this.#facets.showCounts(narrowResults(loaded, ranked.ids, state.filters).counts);
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
		notice.replaceChildren(...relaxedNoticeContent(this.#state.query, this.dataset.feedback, this.#view));
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
}

if (!customElements.get('odc-search')) customElements.define('odc-search', SearchElement);
