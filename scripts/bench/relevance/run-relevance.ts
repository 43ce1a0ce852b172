/**
 * The relevance benchmark: builds the real-records test catalogue (real-catalogue.ts) into a
 * site, then runs every judged query (judgments.json) on the site's own search page in Chromium,
 * as a reader would (the address `?q=`), and scores the first page of results with MRR and nDCG@10
 * (metrics.ts). Real Pagefind searches through the search element, so what is measured is what
 * readers get: the index, the query's normalisation, the re-ranking and the relaxed fallback.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../../tests/browser/support/browser.ts';
import { buildSite } from '../../../tests/browser/support/build.ts';
import { serveStatic } from '../../../tests/browser/support/server.ts';
import { mean, ndcgAt10, reciprocalRank } from './metrics.ts';
import { writeRealCatalogue } from './real-catalogue.ts';

/** One judged query. */
export interface Judgment {
	lang: 'en' | 'fr';
	query: string;
	relevant: string[];
	why: string;
}

/** One query's outcome. */
export interface QueryOutcome extends Judgment {
	/** Dataset identifiers of the first page of results, in order. */
	ranked: string[];
	/** The results count the page announced. */
	found: number;
	/** The notice the page showed above the results (e.g. that fewer words were used), if any. */
	notice: string;
	rr: number;
	ndcg: number;
}

/** The benchmark's figures. */
export interface RelevanceFigures {
	datasets: number;
	queries: number;
	mrr: number;
	ndcg: number;
	outcomes: QueryOutcome[];
}

/** The judged queries. */
export function loadJudgments(): Judgment[] {
	const file = JSON.parse(readFileSync(join(import.meta.dirname, 'judgments.json'), 'utf8')) as { queries: Judgment[] };
	return file.queries;
}

/** Opens the search page for `query` and reads the first page of results once they are all shown. */
export async function searchOnPage(page: Page, origin: string, lang: string, query: string): Promise<{ ranked: string[]; found: number; notice: string }> {
	await page.goto(`${origin}/${lang}/search/?q=${encodeURIComponent(query)}`);
	await page.waitForSelector('odc-search[data-ready]', { timeout: 60_000 });
	await page.waitForFunction(() => !document.querySelector('[data-search-results]')?.hasAttribute('aria-busy'));
	return page.evaluate(() => {
		const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-search-results] li h3 a')];
		const status = document.querySelector('[data-search-status]')?.textContent ?? '';
		const notice = document.querySelector<HTMLElement>('[data-search-notice]');
		return {
			ranked: links.map((a) => /\/datasets\/([^/]+)\/?$/.exec(new URL(a.href).pathname)?.[1] ?? a.href),
			found: links.length === 0 ? 0 : Number((/[\d\s\u202f,.]+/.exec(status)?.[0] ?? '').replace(/\D/g, '')),
			notice: notice && !notice.hidden ? (notice.textContent ?? '').trim() : '',
		};
	});
}

/** Builds the test catalogue, runs the judged queries and scores them. `keep` leaves the folders. */
export async function benchRelevance(options: { keep?: boolean } = {}): Promise<RelevanceFigures> {
	const work = mkdtempSync(join(tmpdir(), 'odc-relevance-'));
	const catalogueDir = join(work, 'catalogue');
	const records = writeRealCatalogue(catalogueDir);
	console.error(`Relevance: built a test catalogue of ${records.length} real records; building its site…`);
	const site = await buildSite(catalogueDir);
	const server = await serveStatic(site.dir, { compress: true });
	const browser = await launchBrowser();
	try {
		const page = await browser.newPage();
		const outcomes: QueryOutcome[] = [];
		for (const judgment of loadJudgments()) {
			const result = await searchOnPage(page, server.origin, judgment.lang, judgment.query);
			const relevant = new Set(judgment.relevant);
			outcomes.push({ ...judgment, ...result, rr: reciprocalRank(result.ranked, relevant), ndcg: ndcgAt10(result.ranked, relevant) });
		}
		return {
			datasets: records.length,
			queries: outcomes.length,
			mrr: mean(outcomes.map((o) => o.rr)),
			ndcg: mean(outcomes.map((o) => o.ndcg)),
			outcomes,
		};
	} finally {
		await browser.close();
		await server.close();
		if (options.keep) console.error(`Kept the relevance benchmark's files in ${work} and ${site.dir}`);
		else {
			await site.remove();
			rmSync(work, { recursive: true, force: true });
		}
	}
}

/** The figures as a table: one line per query, then the means. */
export function relevanceTable(figures: RelevanceFigures): string {
	const rows = figures.outcomes.map((o) => {
		const note = o.notice ? ` [${o.notice.slice(0, 60)}]` : '';
		return `${o.lang}  ${o.query.padEnd(38)} ${String(o.found).padStart(5)}  RR ${o.rr.toFixed(2)}  nDCG@10 ${o.ndcg.toFixed(2)}${note}`;
	});
	return [
		`Relevance on ${figures.datasets} real records (../shared/realdata), ${figures.queries} judged queries (scripts/bench/relevance/judgments.json):`,
		...rows,
		`MRR ${figures.mrr.toFixed(3)}   nDCG@10 ${figures.ndcg.toFixed(3)}`,
	].join('\n');
}
