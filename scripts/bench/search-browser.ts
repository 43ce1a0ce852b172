/**
 * Measures search in Chromium the way a reader meets it: bytes transferred and time for the first
 * query once the search page has loaded, then for one facet change, for Pagefind (the site's
 * search page) and for the single-JSON baseline (single-json.ts), served gzipped like a static host
 * serves them. Each figure is the median of several cold runs (a new browser context each time).
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../tests/browser/support/browser.ts';
import { SINGLE_JSON_FOLDER } from './single-json.ts';

/** Bytes, requests and time of one step. */
export interface StepFigures {
	/** Response bytes as transferred (encoded body and headers). */
	bytes: number;
	requests: number;
	/** From the user's action to the results shown, in milliseconds. */
	ms: number;
	/** Results found. */
	results: number;
}

/** The figures of one approach. */
export interface SearchFigures {
	/** Bytes transferred to load the search page until it is ready to search. */
	loadBytes: number;
	firstQuery: StepFigures;
	facetChange: StepFigures;
}

/** What to measure. */
export interface SearchScenario {
	origin: string;
	lang: string;
	query: string;
	/** How many cold runs to take the median of. */
	runs: number;
}

/** Counts the bytes of the responses a page receives from now on. */
function byteCounter(page: Page): { take(): Promise<{ bytes: number; requests: number }> } {
	let sizes: Promise<number>[] = [];
	page.on('requestfinished', (request) => {
		sizes.push(request.sizes().then((size) => size.responseBodySize + size.responseHeadersSize));
	});
	return {
		async take() {
			// Let the last finished requests report before adding them up.
			await page.waitForTimeout(100);
			const all = await Promise.all(sizes);
			sizes = [];
			return { bytes: all.reduce((sum, bytes) => sum + bytes, 0), requests: all.length };
		},
	};
}

/**
 * Runs `action` in the page and resolves when the search element has shown its results: the list's
 * `aria-busy`, set synchronously when a search starts, is removed once its results are in the page.
 */
async function timeSearchElement(page: Page, action: 'query' | 'facet', query: string): Promise<{ ms: number; results: number }> {
	return page.evaluate(
		async ({ action, query }) => {
			const list = document.querySelector('[data-search-results]')!;
			const input = document.querySelector<HTMLInputElement>('[data-search-input]')!;
			const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
			const finished = new Promise<number>((resolve) => {
				const observer = new MutationObserver(() => {
					if (list.hasAttribute('aria-busy')) return;
					observer.disconnect();
					resolve(performance.now());
				});
				observer.observe(list, { attributes: true, attributeFilter: ['aria-busy'] });
			});
			const started = performance.now();
			if (action === 'query') {
				input.value = query;
				form.requestSubmit();
			} else {
				// The publisher with the most results, as its count beside the box says: the same choice the baseline makes.
				const boxes = [...document.querySelectorAll<HTMLInputElement>('fieldset[data-facet="publisher"] input[type="checkbox"]')];
				const count = (box: HTMLInputElement) => Number((box.labels?.[0]?.querySelector('.search-facet__count')?.textContent ?? '').replace(/\D/g, '') || 0);
				boxes.reduce((best, box) => (count(box) > count(best) ? box : best)).click();
			}
			const ended = await finished;
			const status = document.querySelector('[data-search-status]')!.textContent ?? '';
			return { ms: ended - started, results: Number((/[\d\s\u202f,.]+/.exec(status)?.[0] ?? '').replace(/\D/g, '')) };
		},
		{ action, query },
	);
}

async function pagefindRun(browser: Browser, scenario: SearchScenario): Promise<SearchFigures> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const counter = byteCounter(page);
		await page.goto(`${scenario.origin}/${scenario.lang}/search/`);
		// Ready once the facets are built from the index's filter counts.
		await page.waitForSelector('fieldset[data-facet="publisher"] input[type="checkbox"]', { state: 'attached', timeout: 60_000 });
		const load = await counter.take();
		const first = await timeSearchElement(page, 'query', scenario.query);
		const firstBytes = await counter.take();
		const facet = await timeSearchElement(page, 'facet', scenario.query);
		const facetBytes = await counter.take();
		return { loadBytes: load.bytes, firstQuery: { ...first, ...firstBytes }, facetChange: { ...facet, ...facetBytes } };
	} finally {
		await context.close();
	}
}

async function singleJsonRun(browser: Browser, scenario: SearchScenario): Promise<SearchFigures> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const counter = byteCounter(page);
		await page.goto(`${scenario.origin}/${SINGLE_JSON_FOLDER}/`);
		const load = await counter.take();
		const first = await page.evaluate(async (query) => {
			const started = performance.now();
			const results = await (window as unknown as BaselineWindow).benchSearch(query);
			return { ms: performance.now() - started, results };
		}, scenario.query);
		const firstBytes = await counter.take();
		// The publisher with the most results, as the Pagefind run chooses it (ties: the first in the page language's order).
		const facet = await page.evaluate(async (lang) => {
			const baseline = window as unknown as BaselineWindow;
			const counts = Object.entries(baseline.benchCounts.publisher ?? {}).sort(([a], [b]) => a.localeCompare(b, lang));
			const value = counts.reduce((best, entry) => (entry[1] > best[1] ? entry : best), ['', 0])[0];
			const started = performance.now();
			const results = await baseline.benchFacet('publisher', value);
			return { ms: performance.now() - started, results };
		}, scenario.lang);
		const facetBytes = await counter.take();
		return { loadBytes: load.bytes, firstQuery: { ...first, ...firstBytes }, facetChange: { ...facet, ...facetBytes } };
	} finally {
		await context.close();
	}
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
		results: median(steps.map((step) => step.results)),
	};
}

function medianFigures(runs: SearchFigures[]): SearchFigures {
	return {
		loadBytes: median(runs.map((run) => run.loadBytes)),
		firstQuery: medianStep(runs.map((run) => run.firstQuery)),
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
			pagefind.push(await pagefindRun(browser, scenario));
			singleJson.push(await singleJsonRun(browser, scenario));
		}
		return { pagefind: medianFigures(pagefind), singleJson: medianFigures(singleJson) };
	} finally {
		await browser.close();
	}
}
