/**
 * `npm run screenshots [-- --out screenshots] [--only search,dataset]`: builds the example catalogue,
 * serves it, and saves a full-page screenshot of each page type at 390 px and 1366 px in English
 * and French, as `<out>/<page>-<lang>-<width>.png` (the folder is git-ignored), for a reviewer to
 * look at. Pages that fill in with script (search) are taken once their results are shown.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/browser/support/browser.ts';
import { buildExampleSite } from '../tests/browser/support/build.ts';
import { serveStatic } from '../tests/browser/support/server.ts';

/** The page types, by name, with their path after `/<lang>/` and what to wait for. */
export const PAGES: ReadonlyArray<{ name: string; path: string; ready?: (page: Page) => Promise<unknown> }> = [
	{ name: 'home', path: '' },
	{ name: 'datasets', path: 'datasets/' },
	{ name: 'dataset', path: 'datasets/air-quality-readings/' },
	{ name: 'dataset-restricted', path: 'datasets/critical-grid-infrastructure/' },
	{ name: 'search', path: 'search/?q=water', ready: searchShown },
	{ name: 'search-empty-query', path: 'search/', ready: searchShown },
	{ name: 'search-relaxed', path: 'search/?q=water+volcano', ready: searchShown },
	{ name: 'publishers', path: 'publishers/' },
	{ name: 'publisher', path: 'publishers/mto/' },
	{ name: 'themes', path: 'themes/' },
	{ name: 'inventory', path: 'inventory/' },
	{ name: 'schedule', path: 'schedule/' },
	{ name: 'requests', path: 'requests/' },
	{ name: 'quality', path: 'quality/' },
	{ name: 'scorecard', path: 'scorecard/' },
	{ name: 'changes', path: 'changes/' },
	{ name: 'feedback', path: 'feedback/' },
	{ name: 'docs', path: 'docs/' },
	{ name: 'fields', path: 'docs/fields/' },
	{ name: 'guide', path: 'docs/publish-a-dataset/' },
];

export const WIDTHS = [390, 1366] as const;

async function searchShown(page: Page): Promise<void> {
	await page.waitForSelector('odc-search[data-ready]', { timeout: 30_000 });
	await page.waitForFunction(() => !document.querySelector('[data-search-results]')?.hasAttribute('aria-busy'));
}

if (import.meta.main) {
	const { values } = parseArgs({ options: { out: { type: 'string', default: 'screenshots' }, only: { type: 'string', default: '' } } });
	const out = resolve(values.out);
	const only = values.only ? new Set(values.only.split(',')) : undefined;
	mkdirSync(out, { recursive: true });
	console.error('Building the example catalogue…');
	const site = await buildExampleSite();
	const server = await serveStatic(site.dir);
	const browser = await launchBrowser();
	try {
		for (const width of WIDTHS) {
			const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 900 } });
			const page = await context.newPage();
			for (const lang of ['en', 'fr']) {
				for (const entry of PAGES.filter((p) => !only || only.has(p.name))) {
					await page.goto(`${server.origin}/${lang}/${entry.path}`);
					await entry.ready?.(page);
					const file = join(out, `${entry.name}-${lang}-${width}.png`);
					await page.screenshot({ path: file, fullPage: true });
					console.log(file);
				}
			}
			await context.close();
		}
	} finally {
		await browser.close();
		await server.close();
		await site.remove();
	}
}
