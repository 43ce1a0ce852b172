/**
 * Browser tests of the history, "what changed" and Charter scorecard pages, on a site built from
 * the fixture repository (four simulated years of commits, tests/history/fixture-repo.ts): axe-core
 * in both languages, the events and the feed as a real XML parser reads it, commit messages shown
 * as text, the scorecard's charts exposed as images with their numbers beside a table.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeFixtureRepo } from '../history/fixture-repo.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { buildSite } from './support/build.ts';
import { useBrowserSession } from './support/session.ts';

const session = useBrowserSession({
	build: async () => {
		const repo = makeFixtureRepo();
		try {
			const site = await buildSite(repo.dir, { siteUrl: 'http://127.0.0.1', asOf: '2025-12-31' });
			return { dir: site.dir, remove: async () => (await site.remove(), repo.remove()) };
		} catch (error) {
			repo.remove();
			throw error;
		}
	},
});
let page: Page;

beforeEach(() => {
	page = session.page;
});

describe('history pages accessibility (axe-core, WCAG 2.1 AA + best practice)', () => {
	for (const lang of ['en', 'fr']) {
		for (const path of [
			`/${lang}/changes/`,
			`/${lang}/scorecard/`,
			`/${lang}/datasets/traffic/`,
			`/${lang}/requests/bus-counts/`,
			`/${lang}/schedule/commitments/open-by-default/`,
			`/${lang}/schedule/publishers/mto/`,
		]) {
			it(`${path} has no violations`, async () => {
				await session.goto(path);
				await expectNoAxeViolations(page, `axe violations on ${path}`);
			});
		}
	}
});

describe('what changed', () => {
	it('lists the events newest first, by month, linked to their pages', async () => {
		await session.goto('/en/changes/');
		const items = await page.locator('.change-events__item').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
		expect(items).toHaveLength(14);
		expect(items[0]).toMatch(
			/^June 30, 2025 Access restricted Traffic volumes — Access changed from Open to Restricted Message: Restrict traffic while stations are checked/,
		);
		expect(items.find((text) => text.includes('Release missed') && text.includes('Ferry routes'))).toMatch(
			/^April 1, 2023 Release missed Ferry routes — planned for 2023-Q1, not released by then$/,
		);
		expect(items.find((text) => text.includes('Request led to datasets'))).toMatch(/Led to: bus-counts title/);
		// The commit message is untrusted: shown as text, never as markup.
		expect(items.find((text) => text.includes('Dataset removed'))).toContain('Message: Withdraw the permit register <script>alert(1)</script>');
		expect(await page.locator('main script').count()).toBe(0);
		expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
			'June 2025',
			'January 2024',
			'April 2023',
			'February 2023',
			'August 2022',
			'July 2022',
			'March 2022',
			'January 2022',
		]);
		await Promise.all([page.waitForURL('**/en/datasets/bus-counts/'), page.getByRole('link', { name: 'bus-counts title' }).first().click()]);
	});

	it('publishes a well-formed Atom feed per language', async () => {
		await session.goto('/fr/changes/');
		const feed = await page.evaluate(async () => {
			const text = await (await fetch('/fr/changes.xml')).text();
			const doc = new DOMParser().parseFromString(text, 'application/xml');
			const entries = [...doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry')];
			return {
				error: doc.getElementsByTagName('parsererror').length,
				lang: doc.documentElement.getAttribute('xml:lang'),
				titles: entries.map((e) => e.getElementsByTagName('title')[0]!.textContent),
				related: entries.map((e) => e.querySelector('link[rel="related"]')?.getAttribute('href') ?? ''),
			};
		});
		expect(feed.error).toBe(0);
		expect(feed.lang).toBe('fr');
		expect(feed.titles).toHaveLength(14);
		expect(feed.titles[0]).toBe('Accès restreint : titre traffic');
		expect(feed.titles).toContain('Jeu de données retiré : titre permits');
		expect(feed.related[0]).toMatch(/^https:\/\/github\.com\/belle-riviere\/catalogue\/commit\/[0-9a-f]{40}$/);
	});
});

describe('history on a page', () => {
	it('tells a dataset’s history, newest first, with commit messages as text and links to the commits', async () => {
		await session.goto('/en/datasets/traffic/');
		const section = page.getByRole('region', { name: 'History of changes' });
		const entries = await section
			.locator('.change-history > li')
			.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
		expect(entries).toHaveLength(5);
		expect(entries[0]).toMatch(/^June 30, 2025 Access changed from Open to Restricted Licence removed \(was CC BY 4\.0\) Exemption edited/);
		expect(entries[2]).toMatch(/^February 1, 2023 This version could not be read and is left out \(line 3: /);
		expect(entries[4]).toMatch(/^January 10, 2022 Added Message: Start the catalogue Change [0-9a-f]{7}$/);
		expect(
			await section
				.getByRole('link', { name: /^Change [0-9a-f]{7}$/ })
				.first()
				.getAttribute('href'),
		).toMatch(/^https:\/\/github\.com\/belle-riviere\/catalogue\/commit\/[0-9a-f]{40}$/);
	});

	it('tells the history of a ministry’s release schedule, row by row', async () => {
		await session.goto('/en/schedule/publishers/mto/');
		const section = page.getByRole('region', { name: 'History of changes' });
		const entries = await section
			.locator('.change-history > li')
			.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
		expect(entries).toHaveLength(2);
		expect(entries[0]).toMatch(
			/^August 1, 2022 bus-counts title: Release status changed from Planned to Released bus-counts title: Released on August 1, 2022 Message: Release bus counts/,
		);
		expect(entries[1]).toMatch(/^January 10, 2022 bus-counts title: Added Ferry routes: Added Message: Start the catalogue/);
	});

	it('shows how a request was answered and the datasets it led to', async () => {
		await session.goto('/fr/requests/bus-counts/');
		const section = page.getByRole('region', { name: 'Historique des modifications' });
		const first = (await section.locator('.change-history > li').first().innerText()).replace(/\s+/g, ' ');
		expect(first).toContain('Statut modifié : de « À l’étude » à « Diffusée » (1 août 2022)');
		expect(first).toContain('A mené à : titre bus-counts');
		expect(await section.getByRole('link', { name: 'titre bus-counts' }).count()).toBe(1);
	});
});

describe('the Charter scorecard', () => {
	it('gives each indicator overall and by publisher, with a chart named by its title, its bars in words, and a table of the same numbers', async () => {
		await session.goto('/en/scorecard/');
		const summary = page.getByRole('table', { name: 'Indicators on December 31, 2025, overall and by publisher' });
		const rows = await summary
			.locator('tbody tr')
			.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim())));
		expect(rows[0]).toEqual(['Open datasets (Principle 1)', '50%', '80%', '50%']);
		expect(rows.find((row) => row[0]!.startsWith('Time to answer'))).toEqual(['Time to answer a request (Principle 5)', '181 days', '30 days', '181 days']);
		const chart = page.getByRole('figure', { name: 'Open datasets, at the end of each quarter' });
		expect(await chart.count()).toBe(1);
		// Each bar says its counts in words (the chart's text equivalent, with the table below).
		expect(await chart.locator('.chart__bar').first().innerText()).toMatch(/^Q1 2022\s*2\s*1 meet it, 1 do not$/);
		const trend = page.getByRole('table', { name: 'Open datasets, at the end of each quarter' });
		expect(await trend.locator('tbody tr').count()).toBe(16);
	});

	it('links to the datasets behind a number', async () => {
		await session.goto('/en/scorecard/');
		const indicator = page.getByRole('article', { name: 'Open datasets' });
		await indicator.getByText('Behind this number').click();
		await Promise.all([page.waitForURL('**/en/datasets/traffic/'), indicator.getByRole('link', { name: 'traffic' }).click()]);
	});
});

describe('the example catalogue (its repository’s own history)', () => {
	const example = useBrowserSession();

	for (const path of ['/en/scorecard/', '/fr/changes/']) {
		it(`${path} has no axe violations`, async () => {
			await example.goto(path);
			await expectNoAxeViolations(example.page, `axe violations on ${path}`);
		});
	}

	it('gives each indicator by publisher, quarter by quarter, in a table', async () => {
		await example.goto('/en/scorecard/');
		const indicator = example.page.getByRole('article', { name: 'Open datasets' });
		await indicator.getByText('By publisher, quarter by quarter').click();
		const table = indicator.getByRole('table', { name: /^Open datasets by publisher, at the end of the last \d quarters?$/ });
		expect(await table.locator('tbody tr').count()).toBe(7);
		expect(await table.locator('tbody th').first().textContent()).toBe('BREB');
	});
});
