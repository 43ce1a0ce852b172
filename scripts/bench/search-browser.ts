/**
 * Measures search in Chromium the way a reader meets it: bytes transferred and time for the first
 * query once the search page has loaded, then for one facet change, for Pagefind (the site's
 * search page) and for the single-JSON baseline (single-json.ts), served gzipped like a static host
 * serves them. Each figure is the median of several cold runs (a new browser context each time).
 *
 * The site's first query is measured two ways, each on its own cold page: pasted and submitted at
 * once, so nothing of it is known before the clock starts; and typed key by key, as a reader does,
 * then Enter, timed from Enter (the page may use the typing time, as it does to fetch index chunks).
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../tests/browser/support/browser.ts';
import { SINGLE_JSON_FOLDER } from './single-json.ts';

/** Bytes, requests and time of one step. */
export interface StepFigures {
	/** Response bytes as transferred (encoded body and headers). */
	bytes: number;
	requests: number;
	/** From the user's action to all the results of the page shown, in milliseconds. */
	ms: number;
	/** From the user's action to the first result shown (the same as `ms` when they come at once). */
	firstMs: number;
	/** Results found. */
	results: number;
}

/** The figures of one approach. */
export interface SearchFigures {
	/** Bytes transferred to load the search page until it is ready to search. */
	loadBytes: number;
	firstQuery: StepFigures;
	/** The first query typed key by key, timed from Enter (bytes from the first key); the site only. */
	typedQuery?: StepFigures;
	facetChange: StepFigures;
}

/** Milliseconds between key presses when typing a query: a brisk typist. */
export const TYPING_DELAY_MS = 80;

/** What to measure. */
export interface SearchScenario {
	origin: string;
	lang: string;
	query: string;
	/** How many cold runs to take the median of. */
	runs: number;
	/** The server's count of what it sent, when the bench serves the site itself: then bytes are counted as sent. */
	sent?: SentBytes;
}

/** What the site's server has sent so far (StaticServer's `sent`). */
export type SentBytes = () => { bytes: number; responses: number };

/**
 * Counts the bytes of the responses a page receives from now on: as the server wrote them when
 * it can say (`sent`), otherwise as Chromium reports them, which leaves out the body of a worker's
 * script (Pagefind's, 12 KB gzipped).
 */
function byteCounter(page: Page, sent?: SentBytes): { take(): Promise<{ bytes: number; requests: number }> } {
	let sizes: Promise<number>[] = [];
	let from = sent?.();
	page.on('requestfinished', (request) => {
		sizes.push(request.sizes().then((size) => size.responseBodySize + size.responseHeadersSize));
	});
	return {
		async take() {
			// Let the last finished requests report before adding them up.
			await page.waitForTimeout(100);
			const all = await Promise.all(sizes);
			sizes = [];
			if (sent && from) {
				const now = sent();
				const taken = { bytes: now.bytes - from.bytes, requests: now.responses - from.responses };
				from = now;
				return taken;
			}
			return { bytes: all.reduce((sum, bytes) => sum + bytes, 0), requests: all.length };
		},
	};
}

/** Runs `measure` on a page of a new browser context (nothing cached), with its byte counter, then closes the context. */
async function onColdPage<T>(
	browser: Browser,
	sent: SentBytes | undefined,
	measure: (page: Page, counter: ReturnType<typeof byteCounter>) => Promise<T>,
): Promise<T> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		return await measure(page, byteCounter(page, sent));
	} finally {
		await context.close();
	}
}

/**
 * Watches the results list from now on: resolves with the time the first result was shown (the list's
 * first change of children) and the time all were (its `aria-busy`, set synchronously when a search
 * starts, removed once the page's results are in), as `performance.now()` times of the page. Installed
 * as `window.__benchShown` for the step that follows.
 */
async function watchResults(page: Page): Promise<void> {
	await page.evaluate(() => {
		const list = document.querySelector('[data-search-results]')!;
		(window as unknown as BenchWindow).__benchShown = new Promise((resolve) => {
			let first: number | undefined;
			const observer = new MutationObserver((records) => {
				const now = performance.now();
				if (first === undefined && records.some((record) => record.type === 'childList')) first = now;
				if (list.hasAttribute('aria-busy')) return;
				observer.disconnect();
				resolve({ first: first ?? now, all: now });
			});
			observer.observe(list, { attributes: true, attributeFilter: ['aria-busy'], childList: true });
		});
	});
}

/** What the page's result watcher leaves on `window`. */
interface BenchWindow {
	__benchShown: Promise<{ first: number; all: number }>;
	__benchStart: number;
}

/** Waits for the watched results (watchResults) and reads the count from the status line. */
async function shownSince(page: Page): Promise<{ ms: number; firstMs: number; results: number }> {
	return page.evaluate(async () => {
		const bench = window as unknown as BenchWindow;
		const shown = await bench.__benchShown;
		const status = document.querySelector('[data-search-status]')!.textContent ?? '';
		return {
			ms: shown.all - bench.__benchStart,
			firstMs: shown.first - bench.__benchStart,
			results: Number((/[\d\s\u202f,.]+/.exec(status)?.[0] ?? '').replace(/\D/g, '')),
		};
	});
}

/** Submits `query` at once, or ticks the publisher with the most results, and times the results shown. */
async function timeSearchElement(page: Page, action: 'query' | 'facet', query: string): Promise<{ ms: number; firstMs: number; results: number }> {
	await watchResults(page);
	await page.evaluate(
		({ action, query }) => {
			(window as unknown as BenchWindow).__benchStart = performance.now();
			if (action === 'query') {
				document.querySelector<HTMLInputElement>('[data-search-input]')!.value = query;
				document.querySelector<HTMLFormElement>('[data-search-form]')!.requestSubmit();
			} else {
				// The publisher with the most results, as its count beside the box says: the same choice the baseline makes.
				const boxes = [...document.querySelectorAll<HTMLInputElement>('fieldset[data-facet="publisher"] input[type="checkbox"]')];
				const count = (box: HTMLInputElement) => Number((box.labels?.[0]?.querySelector('.search-facet__count')?.textContent ?? '').replace(/\D/g, '') || 0);
				boxes.reduce((best, box) => (count(box) > count(best) ? box : best)).click();
			}
		},
		{ action, query },
	);
	return shownSince(page);
}

/** Types `query` into the search box key by key, presses Enter, and times the results shown from Enter. */
async function timeTypedQuery(page: Page, query: string): Promise<{ ms: number; firstMs: number; results: number }> {
	await watchResults(page);
	await page.evaluate(() => {
		const input = document.querySelector<HTMLInputElement>('[data-search-input]')!;
		// Capture phase: the clock starts before the page's own handlers see the key.
		input.addEventListener(
			'keydown',
			(event) => {
				if (event.key === 'Enter') (window as unknown as BenchWindow).__benchStart = performance.now();
			},
			{ capture: true },
		);
	});
	const input = page.locator('[data-search-input]');
	await input.click();
	await input.pressSequentially(query, { delay: TYPING_DELAY_MS });
	await input.press('Enter');
	return shownSince(page);
}

/**
 * Opens the site's search page and waits until it has loaded: the element marks itself `data-ready`
 * once its facets are built and Pagefind is warmed up (what it loads for that counts as page load).
 */
async function openSearchPage(page: Page, scenario: SearchScenario): Promise<void> {
	await page.goto(`${scenario.origin}/${scenario.lang}/search/`);
	await page.waitForSelector('odc-search[data-ready]', { state: 'attached', timeout: 60_000 });
}

async function pagefindRun(browser: Browser, scenario: SearchScenario): Promise<SearchFigures> {
	return onColdPage(browser, scenario.sent, async (page, counter) => {
		await openSearchPage(page, scenario);
		const load = await counter.take();
		const first = await timeSearchElement(page, 'query', scenario.query);
		const firstBytes = await counter.take();
		const facet = await timeSearchElement(page, 'facet', scenario.query);
		const facetBytes = await counter.take();
		return { loadBytes: load.bytes, firstQuery: { ...first, ...firstBytes }, facetChange: { ...facet, ...facetBytes } };
	});
}

/** The first query typed on a cold page of its own. */
async function typedRun(browser: Browser, scenario: SearchScenario): Promise<StepFigures> {
	return onColdPage(browser, scenario.sent, async (page, counter) => {
		await openSearchPage(page, scenario);
		await counter.take();
		const typed = await timeTypedQuery(page, scenario.query);
		return { ...typed, ...(await counter.take()) };
	});
}

async function singleJsonRun(browser: Browser, scenario: SearchScenario): Promise<SearchFigures> {
	return onColdPage(browser, scenario.sent, async (page, counter) => {
		await page.goto(`${scenario.origin}/${SINGLE_JSON_FOLDER}/`);
		const load = await counter.take();
		const first = await page.evaluate(async (query) => {
			const started = performance.now();
			const results = await (window as unknown as BaselineWindow).benchSearch(query);
			const ms = performance.now() - started;
			return { ms, firstMs: ms, results };
		}, scenario.query);
		const firstBytes = await counter.take();
		// The publisher with the most results, as the Pagefind run chooses it (ties: the first in the page language's order).
		const facet = await page.evaluate(async (lang) => {
			const baseline = window as unknown as BaselineWindow;
			const counts = Object.entries(baseline.benchCounts.publisher ?? {}).sort(([a], [b]) => a.localeCompare(b, lang));
			const value = counts.reduce((best, entry) => (entry[1] > best[1] ? entry : best), ['', 0])[0];
			const started = performance.now();
			const results = await baseline.benchFacet('publisher', value);
			const ms = performance.now() - started;
			return { ms, firstMs: ms, results };
		}, scenario.lang);
		const facetBytes = await counter.take();
		return { loadBytes: load.bytes, firstQuery: { ...first, ...firstBytes }, facetChange: { ...facet, ...facetBytes } };
	});
}

/** What the baseline page's script defines. */
interface BaselineWindow {
	benchSearch(query: string): Promise<number>;
	benchFacet(facet: string, value: string): Promise<number>;
	benchCounts: Record<string, Record<string, number>>;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function medianStep(steps: StepFigures[]): StepFigures {
	return {
		bytes: median(steps.map((step) => step.bytes)),
		requests: median(steps.map((step) => step.requests)),
		ms: median(steps.map((step) => step.ms)),
		firstMs: median(steps.map((step) => step.firstMs)),
		results: median(steps.map((step) => step.results)),
	};
}

function medianFigures(runs: SearchFigures[]): SearchFigures {
	return {
		loadBytes: median(runs.map((run) => run.loadBytes)),
		firstQuery: medianStep(runs.map((run) => run.firstQuery)),
		...(runs.every((run) => run.typedQuery) ? { typedQuery: medianStep(runs.map((run) => run.typedQuery!)) } : {}),
		facetChange: medianStep(runs.map((run) => run.facetChange)),
	};
}

/**
 * Measures both approaches on the site served at `scenario.origin`, which must hold the baseline
 * (see writeSingleJsonBaseline). Result counts are reported beside the figures: they show both
 * searched comparable sets, though not identical ones (Pagefind stems words, the baseline matches
 * word prefixes).
 */
export async function measureSearch(scenario: SearchScenario): Promise<{ pagefind: SearchFigures; singleJson: SearchFigures }> {
	const browser = await launchBrowser();
	try {
		const pagefind: SearchFigures[] = [];
		const singleJson: SearchFigures[] = [];
		// Alternate the two so that a busy moment of the machine does not fall on one approach only.
		for (let run = 0; run < scenario.runs; run++) {
			pagefind.push({ ...(await pagefindRun(browser, scenario)), typedQuery: await typedRun(browser, scenario) });
			singleJson.push(await singleJsonRun(browser, scenario));
		}
		return { pagefind: medianFigures(pagefind), singleJson: medianFigures(singleJson) };
	} finally {
		await browser.close();
	}
}
