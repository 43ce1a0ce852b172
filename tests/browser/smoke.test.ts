/**
 * Browser smoke test: builds the example catalogue, serves it locally and checks the main pages in
 * Chromium — language, headings, the language switch, the skip link, and axe-core's WCAG 2.1 AA
 * and best-practice rules — with no console errors and no request leaving 127.0.0.1.
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

describe('pages', () => {
	const pages = [
		{ path: '/en/', lang: 'en', h1: /\S/, content: /datasets/i },
		{ path: '/fr/', lang: 'fr', h1: /\S/, content: /données/i },
		{
			path: '/en/datasets/traffic-volumes/',
			lang: 'en',
			h1: 'Traffic volumes on provincial highways',
			content: /annual average daily traffic/,
		},
		{
			path: '/fr/datasets/traffic-volumes/',
			lang: 'fr',
			h1: 'Volumes de circulation sur les routes provinciales',
			content: /débit journalier moyen annuel/,
		},
	];

	for (const { path, lang, h1, content } of pages) {
		it(`${path} has lang="${lang}", a heading and content`, async () => {
			await open(path);
			await expect.poll(() => page.getAttribute('html', 'lang')).toBe(lang);
			const headings = page.locator('h1');
			expect(await headings.count()).toBe(1);
			const heading = (await headings.innerText()).trim();
			if (typeof h1 === 'string') expect(heading).toBe(h1);
			else expect(heading).toMatch(h1);
			expect(await page.locator('main').innerText()).toMatch(content);
		});
	}

	it('a dataset page links to the publisher’s page and the documentation, in both languages', async () => {
		for (const [lang, access, label] of [
			['en', 'Get the data from the publisher’s page for this dataset', 'Documentation'],
			['fr', 'Obtenir les données sur la page de l’éditeur consacrée à ce jeu de données', 'Documentation'],
		]) {
			await open(`/${lang}/datasets/road-salt-use/`);
			const link = page.locator('section[aria-labelledby="distributions-heading"] a', { hasText: access! });
			expect(await link.getAttribute('href')).toBe('https://www.belle-riviere.example/transportation/winter-maintenance/road-salt');
			const row = page.locator('.facts__row', { has: page.locator('dt', { hasText: label! }) });
			expect(await row.locator('a').getAttribute('href')).toBe('https://www.belle-riviere.example/transportation/winter-maintenance/salt-management-plan');
			await expectNoAxeViolations(page, `/${lang}/datasets/road-salt-use/`);
		}
	});

	it('the root redirects to /en/', async () => {
		await page.goto(session.origin + '/');
		await page.waitForURL(`${session.origin}/en/`, { timeout: 10_000 });
		expect(await page.getAttribute('html', 'lang')).toBe('en');
	});

	it('the language switch leads from the English dataset page to the French one', async () => {
		await open('/en/datasets/traffic-volumes/');
		await Promise.all([page.waitForURL('**/fr/datasets/traffic-volumes/'), page.locator('.language-switch a[hreflang="fr"]').click()]);
		expect(new URL(page.url()).pathname).toBe('/fr/datasets/traffic-volumes/');
		expect(await page.getAttribute('html', 'lang')).toBe('fr');
		expect((await page.locator('h1').innerText()).trim()).toBe('Volumes de circulation sur les routes provinciales');
	});

	it('the first Tab focuses a visible skip link', async () => {
		await open('/en/datasets/traffic-volumes/');
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => {
			const element = document.activeElement as HTMLElement | null;
			if (!element) return null;
			const style = getComputedStyle(element);
			const box = element.getBoundingClientRect();
			return {
				className: element.className,
				href: element.getAttribute('href'),
				outlineWidth: Number.parseFloat(style.outlineWidth) || 0,
				outlineStyle: style.outlineStyle,
				boxShadow: style.boxShadow,
				inViewport: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight,
			};
		});
		expect(focused?.className).toContain('skip-link');
		expect(focused?.href).toBe('#main-content');
		expect(focused?.inViewport, 'skip link on screen when focused').toBe(true);
		const outlined = (focused?.outlineWidth ?? 0) > 0 && focused?.outlineStyle !== 'none';
		const shadowed = !!focused?.boxShadow && focused.boxShadow !== 'none';
		expect(outlined || shadowed, `focus indicator: ${JSON.stringify(focused)}`).toBe(true);
	});
});

describe('reflow at 320 CSS pixels (WCAG 1.4.10)', () => {
	for (const path of [
		'/en/',
		'/fr/datasets/',
		'/en/datasets/traffic-volumes/',
		'/fr/datasets/physician-billing/',
		'/en/publishers/mto/',
		'/fr/docs/publish-a-dataset/',
		'/fr/feedback/',
		'/en/requests/',
		'/fr/requests/electric-vehicles-by-postal-area/',
		'/en/docs/answer-requests/',
	]) {
		it(`${path} does not scroll sideways`, async () => {
			await page.setViewportSize({ width: 320, height: 800 });
			await open(path);
			const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
			expect(widths[0], `page width ${widths[0]} in a ${widths[1]} px viewport`).toBeLessThanOrEqual(widths[1]!);
		});
	}
});

describe('accessibility (axe-core, WCAG 2.1 AA + best practice)', () => {
	const paths = [
		'/{lang}/',
		'/{lang}/datasets/',
		'/{lang}/datasets/traffic-volumes/',
		'/{lang}/datasets/physician-billing/', // restricted
		'/{lang}/publishers/',
		'/{lang}/publishers/mto/',
		'/{lang}/themes/',
		'/{lang}/themes/tran/',
		'/{lang}/docs/fields/',
		'/{lang}/docs/publish-a-dataset/', // MDX guide with code blocks
		'/{lang}/feedback/',
		'/{lang}/requests/',
		'/{lang}/requests/school-bus-stop-locations/', // declined, with its reason
		'/{lang}/docs/answer-requests/',
	];
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
