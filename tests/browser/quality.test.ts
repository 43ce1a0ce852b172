/**
 * Browser tests of metadata quality: a dataset's rating and its disclosure of points and fixes, the
 * quality page, axe-clean in both languages at 390 and 1366 px; and, on a small catalogue with a
 * link report, the dataset page saying which link did not answer and the quality page listing it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { buildSite, REPO_ROOT } from './support/build.ts';
import { useBrowserSession } from './support/session.ts';

describe('metadata quality on the example catalogue', () => {
	const session = useBrowserSession();

	for (const width of [390, 1366]) {
		for (const path of ['/en/quality/', '/fr/quality/', '/en/datasets/air-quality-readings/', '/fr/datasets/physician-billing/']) {
			it(`${path} at ${width} px has no axe violations, its disclosure open, and does not scroll sideways`, async () => {
				const { page } = session;
				await page.setViewportSize({ width, height: 900 });
				await session.goto(path);
				const details = page.locator('details.quality-details');
				if ((await details.count()) > 0) await details.locator('summary').click();
				await expectNoAxeViolations(page, `axe violations on ${path} at ${width} px`);
				const [scrollWidth, clientWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
				expect(scrollWidth, `page width ${scrollWidth} in a ${clientWidth} px viewport`).toBeLessThanOrEqual(clientWidth);
			});
		}
	}

	it('shows a dataset’s rating, and its points and fixes behind a disclosure opened from the keyboard', async () => {
		const { page } = session;
		await session.goto('/en/datasets/air-quality-readings/');
		const section = page.getByRole('region', { name: 'Metadata quality' });
		expect(await section.locator('.quality-rating').innerText()).toBe('Excellent 369 of 405 points');
		const table = page.getByRole('table', { name: 'Points per indicator' });
		expect(await table.isVisible()).toBe(false);
		await section.locator('summary').focus();
		await page.keyboard.press('Enter');
		expect(await table.isVisible()).toBe(true);
		expect(await table.locator('tr[data-indicator="modified"]').innerText()).toMatch(
			/Last update, kept up to date\s+0 \/ 5\s+Update the data as often as its update frequency promises/,
		);
		expect(await table.locator('tr[data-indicator="keywords"]').innerText()).toMatch(/Keywords\s+30 \/ 30\s+Nothing to do/);
		expect(await page.locator('[data-freshness]').innerText()).toBe('Update overdue: an update was expected October 29, 2026');
	});

	it('tells a restricted dataset why it cannot earn the distribution points, in French', async () => {
		const { page } = session;
		await session.goto('/fr/datasets/physician-billing/');
		await page.locator('details.quality-details summary').click();
		expect(await page.locator('tr[data-indicator="format"]').innerText()).toMatch(/0 \/ 20\s+Aucune distribution n’est publiée/);
	});

	it('sums the scores per publisher on the quality page, with charts named by their titles and their tables', async () => {
		const { page } = session;
		await session.goto('/en/quality/');
		expect(await page.getByRole('figure', { name: 'Datasets by rating' }).count()).toBe(1);
		expect(await page.getByRole('table', { name: 'Datasets by rating' }).locator('tbody tr').first().innerText()).toMatch(/^Excellent\s+351–405\s+32$/);
		expect(await page.locator('#freshness-caption').count()).toBe(1);
		const moh = page.getByRole('table', { name: 'Datasets by freshness and publisher' }).locator('tr[data-publisher="moh"]');
		expect(await moh.innerText()).toMatch(/^Ministry of Health\s+0\s+0\s+6\s+2$/);
		expect(
			await page
				.getByRole('table', { name: /Indicators on which datasets miss points/ })
				.locator('tbody tr')
				.first()
				.getAttribute('data-indicator'),
		).toBe('accessUrlStatus');
		expect(await page.locator('#links-heading + p').innerText()).toBe('The links have not been checked yet.');
	});

	it('narrows search by freshness, counted as the quality page counts it', async () => {
		const { page } = session;
		const status = page.locator('[data-search-status]');
		await session.goto('/en/search/');
		await expect.poll(() => status.innerText(), { timeout: 10_000 }).not.toMatch(/^$|Loading/);
		const overdue = page.locator('fieldset[data-facet="freshness"] li:has(input[value="Update overdue"]) label');
		expect(await overdue.innerText()).toContain('(20)');
		await page.locator('fieldset[data-facet="freshness"] input[value="Update overdue"]').check();
		await expect.poll(() => status.innerText(), { timeout: 10_000 }).toMatch(/^20 datasets/);
		expect(new URL(page.url()).searchParams.getAll('freshness')).toEqual(['Update overdue']);
	});

	it('is linked from every page’s footer', async () => {
		const { page } = session;
		await session.goto('/fr/');
		await Promise.all([page.waitForURL('**/fr/quality/'), page.locator('footer').getByRole('link', { name: 'Qualité des métadonnées' }).click()]);
	});
});

describe('broken links on a catalogue with a link report', () => {
	const session = useBrowserSession({
		build: async () => {
			const dir = mkdtempSync(join(tmpdir(), 'odc-links-catalogue-'));
			try {
				cpSync(join(REPO_ROOT, 'tests/fixtures/minimal'), dir, { recursive: true });
				const file = join(dir, 'datasets/mto/traffic-volumes.yaml');
				const yaml = readFileSync(file, 'utf8').replace(
					'distributions:',
					'landing_page: https://example.org/traffic/\ndocumentation:\n  - https://example.org/traffic/guide.pdf\n  - https://example.org/traffic/methods.html\ndistributions:',
				);
				writeFileSync(
					file,
					`${yaml}  - title: { en: Counts 2025 (CSV), fr: Comptages 2025 (CSV) }\n    download_url: https://example.org/traffic-2025.csv\n    format: CSV\n`,
				);
				const result = (outcome: string, status?: number) => ({ outcome, status, method: 'HEAD', attempts: 1, checkedAt: '2026-11-20T10:01:00Z' });
				const report = {
					startedAt: '2026-11-20T10:00:00Z',
					finishedAt: '2026-11-20T10:02:00Z',
					links: {
						'https://example.org/traffic.csv': result('not-found', 404),
						'https://example.org/traffic/': result('server-error', 503),
						'https://example.org/traffic/guide.pdf': result('not-found', 410),
						'https://example.org/traffic/methods.html': result('ok', 200),
					},
				};
				writeFileSync(join(dir, 'link-report.json'), JSON.stringify(report));
				const site = await buildSite(dir);
				return { dir: site.dir, remove: async () => (await site.remove(), rmSync(dir, { recursive: true, force: true })) };
			} catch (error) {
				rmSync(dir, { recursive: true, force: true });
				throw error;
			}
		},
	});

	it('says on the dataset page which link did not answer and when, and takes its accessibility points', async () => {
		const { page } = session;
		await session.goto('/en/datasets/traffic-volumes/');
		expect(await page.locator('table .link-problem').innerText()).toBe('This link did not answer on November 20, 2026 (not found, 404).');
		// The landing page and the documentation link that did not answer say so too; the one that answered says nothing.
		const facts = page.locator('dl.facts');
		expect(await facts.locator('.link-problem').allInnerTexts()).toEqual([
			'This link did not answer on November 20, 2026 (server error, 503).',
			'This link did not answer on November 20, 2026 (not found, 410).',
		]);
		expect(await facts.locator('li', { hasText: 'methods.html' }).locator('.link-problem').count()).toBe(0);
		// The way to the data through the publisher's page, above the distributions, says so as well.
		expect(await page.locator('#distributions-heading ~ .link-problem').innerText()).toBe('This link did not answer on November 20, 2026 (server error, 503).');
		await page.locator('details.quality-details summary').click();
		// One of the two distributions' links answered: half the points, and the table says how many meet it.
		expect(await page.locator('tr[data-indicator="accessUrlStatus"]').innerText()).toMatch(/25 \/ 50[\s\S]*Distributions that meet it: 1 of 2\./);
		expect(await page.locator('.quality-details p').innerText()).toContain('Links checked on November 20, 2026.');
		await expectNoAxeViolations(page, 'axe violations on a dataset page with a broken link');
	});

	it('lists the broken links under their publisher on the quality page, saying where each is', async () => {
		const { page } = session;
		await session.goto('/fr/quality/');
		const rows = page.getByRole('table', { name: 'Liens qui n’ont pas répondu, par éditeur' }).locator('tbody tr');
		expect(await rows.count()).toBe(3);
		const texts = (await rows.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
		expect(texts[0]).toMatch(/Volumes de circulation Page de l’éditeur https:\/\/example\.org\/traffic\/ erreur du serveur \(503\), 20 novembre 2026$/);
		expect(texts[1]).toMatch(/Volumes de circulation Documentation https:\/\/example\.org\/traffic\/guide\.pdf introuvable \(410\), 20 novembre 2026$/);
		expect(texts[2]).toMatch(
			/Volumes de circulation Distribution 1, adresse de téléchargement https:\/\/example\.org\/traffic\.csv introuvable \(404\), 20 novembre 2026$/,
		);
		await expectNoAxeViolations(page, 'axe violations on the quality page with broken links');
	});
});
