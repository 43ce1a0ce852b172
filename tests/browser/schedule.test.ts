/**
 * Browser tests of the schedule and inventory pages of the example catalogue (built with the as-of
 * date pinned): axe-core's WCAG 2.1 AA and best-practice rules in both languages, reflow at 320 px
 * with tables scrolling inside their own keyboard-reachable regions, charts exposed as images with
 * their numbers, and a link to a schedule row landing on that row.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { useBrowserSession } from './support/session.ts';

const session = useBrowserSession();
let page: Page;

beforeEach(() => {
	page = session.page;
});

const open = (path: string) => session.goto(path);

const paths = [
	'/{lang}/schedule/',
	'/{lang}/schedule/publishers/mto/',
	'/{lang}/schedule/commitments/open-data-charter/',
	'/{lang}/inventory/',
	'/{lang}/datasets/service-centre-wait-times/',
	'/{lang}/docs/keep-your-release-schedule/',
];

describe('schedule accessibility (axe-core, WCAG 2.1 AA + best practice)', () => {
	for (const lang of ['en', 'fr']) {
		for (const template of paths) {
			const path = template.replace('{lang}', lang);
			it(`${path} has no violations`, async () => {
				await open(path);
				await expectNoAxeViolations(page, `axe violations on ${path}`);
			});
		}
	}
});

describe('schedule pages in the browser', () => {
	for (const path of ['/en/schedule/', '/fr/inventory/', '/en/schedule/publishers/moh/']) {
		it(`${path} does not scroll sideways at 320 px; its tables scroll in focusable regions`, async () => {
			await page.setViewportSize({ width: 320, height: 800 });
			await open(path);
			const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
			expect(widths[0], `page width ${widths[0]} in a ${widths[1]} px viewport`).toBeLessThanOrEqual(widths[1]!);
			const regions = page.locator('.table-scroll[role="region"][tabindex="0"]');
			expect(await regions.count()).toBeGreaterThan(0);
			await regions.first().focus();
			expect(await page.evaluate(() => document.activeElement?.classList.contains('table-scroll'))).toBe(true);
		});
	}

	it('exposes each chart as a figure named by its title whose bars say their numbers in text, readable at 390 px', async () => {
		await open('/en/schedule/');
		const chart = page.getByRole('figure', { name: 'Planned releases of each ministry by status' });
		expect(await chart.count()).toBe(1);
		const first = chart.locator('.chart__bar').first();
		expect(await first.locator('.chart__label').innerText()).toMatch(/^BREB\s+\d+$/);
		expect(await first.locator('.chart__counts').innerText()).toMatch(/^\d+ Planned/);
		expect(await chart.locator('svg[aria-hidden="true"]').count()).toBe(await chart.locator('.chart__bar').count());
		await page.setViewportSize({ width: 390, height: 844 });
		const size = await first.locator('.chart__counts').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
		expect(size).toBeGreaterThanOrEqual(14);
		expect(await page.getByRole('table', { name: 'Planned releases of each ministry by status' }).count()).toBe(1);
	});

	it('follows a dataset’s link to its row in the ministry’s schedule', async () => {
		await open('/en/datasets/service-centre-wait-times/');
		await Promise.all([
			page.waitForURL('**/en/schedule/publishers/mgcs/#release-service-centre-wait-times'),
			page.getByRole('link', { name: /See this release in the publisher’s schedule/ }).click(),
		]);
		const row = page.locator('#release-service-centre-wait-times');
		expect(await row.isVisible()).toBe(true);
		expect(await row.evaluate((tr) => tr.getBoundingClientRect().top)).toBeLessThan(800);
		expect(await row.innerText()).toMatch(/Overdue/);
	});
});
