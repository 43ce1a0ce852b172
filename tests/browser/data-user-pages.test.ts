/**
 * The data user's pages at 390 px and 1366 px, in English and French: no layout shift on any page
 * type (CLS measured with a layout-shift PerformanceObserver), results first on a phone with the
 * filters in a disclosure, the empty search listing everything, the language switch keeping the
 * search, the home page's search box and linked figures, the dataset page's Metadata block, the
 * collapsible menu; axe-clean at both widths.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PAGES, WIDTHS } from '../../scripts/screenshots.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { REPO_ROOT } from './support/build.ts';
import { useBrowserSession } from './support/session.ts';

/** The example catalogue's datasets (one YAML file each, data dictionaries aside). */
const exampleCount = readdirSync(join(REPO_ROOT, 'datasets'), { recursive: true }).filter(
	(f) => String(f).endsWith('.yaml') && !String(f).includes('.schema.'),
).length;

const session = useBrowserSession();

async function open(width: number, path: string): Promise<Page> {
	const page = await session.restart({ viewport: { width, height: width < 600 ? 844 : 900 } });
	await session.goto(path);
	return page;
}

async function searchReady(page: Page): Promise<void> {
	await page.waitForSelector('odc-search[data-ready]', { timeout: 30_000 });
	await page.waitForFunction(() => !document.querySelector('[data-search-results]')?.hasAttribute('aria-busy'));
}

/** The page's cumulative layout shift so far (shifts right after input excluded, as CLS does), and what moved. */
async function layoutShift(page: Page): Promise<{ total: number; moved: string[] }> {
	return page.evaluate(
		() =>
			new Promise<{ total: number; moved: string[] }>((resolve) => {
				let total = 0;
				const moved: string[] = [];
				type Shift = PerformanceEntry & {
					value: number;
					hadRecentInput: boolean;
					sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
				};
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as Shift[]) {
						if (entry.hadRecentInput) continue;
						total += entry.value;
						for (const source of entry.sources) {
							const node = source.node as Element | undefined;
							moved.push(
								`${entry.value.toFixed(3)} ${node?.nodeName ?? '?'}.${node instanceof Element ? node.className : ''} y ${source.previousRect.y}→${source.currentRect.y} h ${source.previousRect.height}→${source.currentRect.height}`,
							);
						}
					}
				}).observe({ type: 'layout-shift', buffered: true });
				setTimeout(() => resolve({ total, moved }), 500);
			}),
	);
}

describe.each(WIDTHS)('at %i px', (width) => {
	it('shifts no page type’s layout as it loads and fills in (CLS < 0.1)', async () => {
		for (const entry of PAGES) {
			for (const lang of ['en', 'fr']) {
				const page = await open(width, `/${lang}/${entry.path}`);
				if (entry.path.startsWith('search/')) await searchReady(page);
				const { total, moved } = await layoutShift(page);
				expect(total, `CLS of /${lang}/${entry.path}; moved:\n${moved.join('\n')}`).toBeLessThan(0.1);
			}
		}
	}, 240_000);

	it('shows the search results and their count first, the filters in a disclosure on a phone', async () => {
		const page = await open(width, '/en/search/?q=water');
		await searchReady(page);
		const status = page.locator('[data-search-status]');
		await expect.poll(() => status.innerText()).toMatch(/^\d+ datasets? found/);
		expect(await status.getAttribute('role')).toBe('status');
		expect(await status.isVisible()).toBe(true);
		const filters = page.locator('[data-search-filters]');
		const firstResult = page.locator('[data-search-results] li').first();
		if (width < 600) {
			expect(await filters.evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);
			expect((await firstResult.boundingBox())!.y).toBeLessThan(844);
			await page.locator('.search-facets__toggle').click();
			await expect.poll(() => page.locator('fieldset[data-facet="format"]').isVisible()).toBe(true);
		} else {
			expect(await filters.evaluate((details: HTMLDetailsElement) => details.open)).toBe(true);
			expect(await page.locator('.search-facets__toggle').isVisible()).toBe(false);
		}
		await expectNoAxeViolations(page, `/en/search/?q=water at ${width} px`);
	});

	it('opens and closes the main menu on a phone, and shows it as a row on a wide screen', async () => {
		const page = await open(width, '/fr/');
		const datasets = page.locator('.site-menu__list a[href="/fr/datasets/"]');
		if (width < 600) {
			expect(await datasets.isVisible()).toBe(false);
			await page.locator('.site-menu__toggle').click();
			expect(await datasets.isVisible()).toBe(true);
		} else {
			expect(await datasets.isVisible()).toBe(true);
			expect(await page.locator('.site-menu__toggle').isVisible()).toBe(false);
		}
		await expectNoAxeViolations(page, `/fr/ at ${width} px`);
	});
});

describe('search', () => {
	it('lists every dataset for an empty query', async () => {
		const page = await open(1366, '/en/search/');
		await searchReady(page);
		await expect
			.poll(() => page.locator('[data-search-status]').innerText())
			.toMatch(new RegExp(`^${exampleCount} datasets found, page 1 of ${Math.ceil(exampleCount / 10)}`));
		expect(await page.locator('[data-search-results] li').count()).toBe(10);
	});

	it('keeps the query, the filters (in the other language), the sort and the page when switching language', async () => {
		const page = await open(1366, '/en/search/?q=data&access=Open&format=CSV&sort=title&page=2');
		await searchReady(page);
		const switchLink = page.locator('.language-switch a[hreflang="fr"]');
		await expect.poll(() => switchLink.getAttribute('href')).toBe('/fr/search/?q=data&format=CSV&access=Ouvert&sort=title&page=2');
		await switchLink.click();
		await searchReady(page);
		expect(await page.inputValue('#search-input')).toBe('data');
		expect(await page.locator('fieldset[data-facet="access"] input[value="Ouvert"]').isChecked()).toBe(true);
		expect(await page.locator('#search-sort').inputValue()).toBe('title');
	});
});

describe('home and dataset pages', () => {
	it('has a search box on the home page and figures that link to the search page listing them', async () => {
		const page = await open(390, '/en/');
		await page.fill('#home-search', 'water');
		await page.press('#home-search', 'Enter');
		await page.waitForURL(/\/en\/search\/\?q=water$/);
		const wide = await open(1366, '/en/');
		const count = (await wide.locator('.stats__item--open .stats__number').innerText()).trim();
		await wide.locator('.stats__item--open a').click();
		await searchReady(wide);
		await expect.poll(() => wide.locator('[data-search-status]').innerText()).toMatch(new RegExp(`^${count} datasets found`));
	});

	it('gives each dataset page a Metadata block whose links answer', async () => {
		const page = await open(390, '/en/datasets/air-quality-readings/');
		const links = page.locator('.dataset-metadata a');
		expect(await links.count()).toBeGreaterThanOrEqual(3);
		for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
			const response = await page.request.get(href);
			expect(response.status(), href).toBe(200);
		}
		await expectNoAxeViolations(page, '/en/datasets/air-quality-readings/ at 390 px');
	});
});
