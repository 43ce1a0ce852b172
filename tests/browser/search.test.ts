/**
 * Browser tests of the search page against the built example catalogue: results as you type, facet
 * counts (checked against the example datasets' YAML files), sorting, the state in the address
 * (reload, back button), French search, the no-results path, the page without JavaScript, and
 * axe-core before and after a search.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { expectNoAxeViolations } from './support/axe.ts';
import { REPO_ROOT } from './support/build.ts';
import { useBrowserSession } from './support/session.ts';

/** The example datasets, as the YAML files say. */
interface ExampleDataset {
	identifier: string;
	access_level: string;
	modified: string;
	distributions?: { format: string }[];
}

const datasetsDir = join(REPO_ROOT, 'datasets');
const examples: ExampleDataset[] = readdirSync(datasetsDir).flatMap((folder) =>
	readdirSync(join(datasetsDir, folder))
		.filter((file) => !file.includes('.schema.'))
		.map((file) => parse(readFileSync(join(datasetsDir, folder, file), 'utf8')) as ExampleDataset),
);
const count = (predicate: (dataset: ExampleDataset) => boolean) => examples.filter(predicate).length;
const hasFormat = (format: string) => (dataset: ExampleDataset) => (dataset.distributions ?? []).some((d) => d.format === format);

const session = useBrowserSession();
let page: Page;

beforeEach(() => {
	page = session.page;
});

const status = () => page.locator('[data-search-status]');
const resultLinks = () => page.locator('[data-search-results] li h3 a');
const facetBox = (facet: string, value: string) => page.locator(`fieldset[data-facet="${facet}"] input[value="${value}"]`);
const facetLabel = (facet: string, value: string) => page.locator(`fieldset[data-facet="${facet}"] li:has(input[value="${value}"]) label`);

/** Opens a search page and waits for the search element to be ready (its first status after loading). */
async function openSearch(path: string) {
	const response = await page.goto(session.origin + path);
	expect(response?.status(), `status of ${path}`).toBe(200);
	await expect.poll(() => status().innerText(), { timeout: 10_000 }).not.toMatch(/^$|Loading|Chargement/);
}

/** Waits until the status says `n` datasets were found (English or French). */
async function expectFound(n: number) {
	await expect.poll(() => status().innerText(), { timeout: 10_000 }).toMatch(new RegExp(`^${n} (dataset|jeu|jeux)`));
}

async function typeQuery(text: string) {
	const input = page.locator('#search-input');
	await input.click();
	await input.pressSequentially(text, { delay: 20 });
}

/** Waits until the results shown are those of the latest change (the list is not `aria-busy`). */
async function settled() {
	await page.locator('[data-search-results]:not([aria-busy])').waitFor({ state: 'attached', timeout: 10_000 });
}

const searchParams = () => new URL(page.url()).searchParams;

describe('search', () => {
	it('finds a dataset as you type, with its publisher, excerpt, access, formats and date', async () => {
		await openSearch('/en/search/');
		await typeQuery('traffic');
		await expect.poll(() => resultLinks().first().getAttribute('href'), { timeout: 10_000 }).toBe('/en/datasets/traffic-volumes/');
		const first = page.locator('[data-search-results] li').first();
		await expect.poll(() => first.innerText()).toContain('Ministry of Transportation');
		expect(await first.locator('mark').first().innerText()).toMatch(/traffic/i);
		expect(await first.locator('.badge--open').innerText()).toBe('Open');
		expect(await first.innerText()).toContain('CSV, GeoJSON, REST API');
		expect(await first.locator('time').getAttribute('datetime')).toBe('2026-06-30');
		// Typing did not move focus away from the search box.
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
		expect(searchParams().get('q')).toBe('traffic');
	});

	it('the header search box sends the query to the search page', async () => {
		await page.goto(session.origin + '/en/publishers/');
		await page.fill('#site-search', 'traffic');
		await Promise.all([page.waitForURL('**/en/search/?q=traffic'), page.press('#site-search', 'Enter')]);
		await expect.poll(() => resultLinks().first().getAttribute('href'), { timeout: 10_000 }).toBe('/en/datasets/traffic-volumes/');
		expect(await page.inputValue('#search-input')).toBe('traffic');
	});

	it('counts facet values like the YAML files do: OR within a facet, AND across facets', async () => {
		const open = count((d) => d.access_level === 'open');
		const restricted = count((d) => d.access_level === 'restricted');
		const openCsv = count((d) => d.access_level === 'open' && hasFormat('CSV')(d));
		await openSearch('/en/search/');
		expect(await facetLabel('access', 'Open').innerText()).toContain(`(${open})`);
		expect(await facetLabel('format', 'CSV').innerText()).toContain(`(${count(hasFormat('CSV'))})`);

		await facetBox('access', 'Open').check();
		await expectFound(open);
		expect(searchParams().getAll('access')).toEqual(['Open']);
		// The other access levels keep their own counts (OR within the facet)…
		expect(await facetLabel('access', 'Restricted').innerText()).toContain(`(${restricted})`);
		// …and other facets count within the selection (AND across facets).
		await expect.poll(() => facetLabel('format', 'CSV').innerText()).toContain(`(${openCsv})`);

		await facetBox('format', 'CSV').check();
		await expectFound(openCsv);
		await facetBox('access', 'Restricted').check();
		await expectFound(count((d) => ['open', 'restricted'].includes(d.access_level) && hasFormat('CSV')(d)));
	});

	it("counts facets from the language's facet table, loaded once the reader turns to the search, never fetching Pagefind's filter index", async () => {
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		const table = '**/pagefind/facets.*.json';
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route(table, async (route) => {
			await held;
			await route.continue();
		});
		try {
			await openSearch('/en/search/');
			// Ready to search, the filters and their totals shown, before the table has come.
			await page.locator('odc-search[data-ready]').waitFor({ state: 'attached', timeout: 10_000 });
			const open = count((d) => d.access_level === 'open');
			expect(await facetLabel('access', 'Open').innerText()).toBe(`Open (${open})`);
			const tables = () => requested.filter((path) => /\/pagefind\/facets\.en_\w+\.json$/.test(path));
			expect(tables()).toEqual([]);
			// Results without filters show before the table has come; their counts once it has.
			await typeQuery('traffic');
			await expect.poll(() => resultLinks().count(), { timeout: 10_000 }).toBeGreaterThan(0);
			expect(tables()).toHaveLength(1);
			expect(await page.locator('odc-search[data-facets-ready]').count()).toBe(0);
			release();
			await page.locator('odc-search[data-facets-ready]').waitFor({ state: 'attached', timeout: 10_000 });
			await expect.poll(() => facetLabel('access', 'Open').innerText(), { timeout: 10_000 }).not.toBe(`Open (${open})`);
		} finally {
			await page.unroute(table);
		}
		expect(requested.filter((path) => /\/pagefind\/facets\.en_\w+\.json$/.test(path))).toHaveLength(1);
		await settled();
		await facetBox('access', 'Open').check();
		await expect.poll(() => searchParams().getAll('access')).toEqual(['Open']);
		await settled();
		expect(requested.filter((path) => path.includes('/pagefind/filter/'))).toEqual([]);
	});

	it("opens on the listing's first page from the build's file, as Pagefind's fragments show it, without fetching them", async () => {
		const listing = async (lang: string) => {
			const fragments: string[] = [];
			const onRequest = (request: { url(): string }) => {
				if (request.url().includes('/pagefind/fragment/')) fragments.push(request.url());
			};
			page.on('request', onRequest);
			await openSearch(`/${lang}/search/`);
			await page.locator('odc-search[data-ready]').waitFor({ state: 'attached', timeout: 10_000 });
			page.off('request', onRequest);
			const html = await page.evaluate(() =>
				['[data-search-results]', '[data-search-status]', '[data-search-pagination]'].map((part) => document.querySelector(part)!.outerHTML).join(''),
			);
			return { html, fragments: fragments.length };
		};
		const firstPageFile = '**/pagefind/first-page.*.json';
		for (const lang of ['en', 'fr']) {
			const fromFile = await listing(lang);
			expect(fromFile.fragments, lang).toBe(0);
			expect(await resultLinks().count()).toBe(10);
			// Without the file (or with a file from another build), the fragments are fetched, and show the same.
			session.expectConsoleErrors(/status of 404/);
			await page.route(firstPageFile, (route) => route.fulfill({ status: 404, body: '' }));
			const fromFragments = await listing(lang).finally(() => page.unroute(firstPageFile));
			expect(fromFragments.fragments, lang).toBeGreaterThanOrEqual(10);
			expect(fromFile.html, lang).toBe(fromFragments.html);
			await page.route(firstPageFile, async (route) => {
				const file = (await (await route.fetch()).json()) as { results: { id: string }[] };
				file.results.reverse();
				await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(file) });
			});
			const fromOtherOrder = await listing(lang).finally(() => page.unroute(firstPageFile));
			expect(fromOtherOrder.fragments, lang).toBeGreaterThanOrEqual(10);
			expect(fromOtherOrder.html, lang).toBe(fromFragments.html);
		}
	});

	it('still searches, without facets, when the facet table cannot be read', async () => {
		const table = '**/pagefind/facets.*.json';
		await page.route(table, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"version":99}' }));
		try {
			await openSearch('/en/search/');
			await typeQuery('traffic');
			await expect.poll(() => resultLinks().first().getAttribute('href'), { timeout: 10_000 }).toBe('/en/datasets/traffic-volumes/');
			await expect
				.poll(() => page.locator('fieldset[data-facet]').evaluateAll((fieldsets) => fieldsets.filter((f) => !(f as HTMLElement).hidden).length))
				.toBe(0);
		} finally {
			await page.unroute(table);
		}
	});

	it('sorts by last modified, newest first, across pages', async () => {
		await openSearch('/en/search/?access=Open&sort=modified');
		const open = examples.filter((d) => d.access_level === 'open');
		await expectFound(open.length);
		// Results show as they load: wait for the whole page of them.
		await page.waitForFunction(() => !document.querySelector('[data-search-results]')?.hasAttribute('aria-busy'));
		expect(await page.locator('#search-sort').inputValue()).toBe('modified');
		const dates = await page.locator('[data-search-results] time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
		const expected = open
			.map((d) => String(d.modified).slice(0, 10))
			.sort()
			.reverse();
		expect(dates).toEqual(expected.slice(0, dates.length));
		expect(dates.length).toBe(Math.min(10, open.length));

		// The second page continues the order, and its address can be shared.
		await Promise.all([page.waitForURL(/page=2/), page.locator('[data-search-pagination] a[rel="next"]').click()]);
		await expect.poll(() => page.locator('[data-search-results] time').first().getAttribute('datetime')).toBe(expected[10]);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-results-heading');
	});

	it("sorts with the site's own sort table, fetched only once the reader asks for a sort", async () => {
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		const sortTables = () => requested.filter((path) => /\/pagefind\/sorts\.en_\w+\.json$/.test(path));
		await openSearch('/en/search/');
		await page.locator('odc-search[data-ready]').waitFor({ state: 'attached', timeout: 10_000 });
		await typeQuery('traffic');
		await expect.poll(() => resultLinks().count(), { timeout: 10_000 }).toBeGreaterThan(0);
		await settled();
		const found = await status().innerText();
		expect(sortTables()).toEqual([]);
		await page.selectOption('#search-sort', 'title');
		await expect.poll(() => sortTables()).toHaveLength(1);
		await expect.poll(() => searchParams().get('sort')).toBe('title');
		await settled();
		// The same results, by title in English collation.
		const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
		const titles = await resultLinks().allInnerTexts();
		expect(titles.length).toBeGreaterThan(1);
		expect(titles).toEqual([...titles].sort(collator.compare));
		expect(await status().innerText()).toBe(found);
		await page.selectOption('#search-sort', 'modified');
		await expect.poll(() => searchParams().get('sort')).toBe('modified');
		await settled();
		const dates = await page.locator('[data-search-results] time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
		expect(dates).toEqual([...dates].sort().reverse());
		expect(sortTables()).toHaveLength(1);
	});

	it('keeps relevance order, and still searches, when the sort table cannot be read', async () => {
		const table = '**/pagefind/sorts.*.json';
		await page.route(table, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"version":99}' }));
		try {
			await openSearch('/en/search/?q=traffic');
			await expect.poll(() => resultLinks().count(), { timeout: 10_000 }).toBeGreaterThan(0);
			const relevance = await resultLinks().allInnerTexts();
			await page.selectOption('#search-sort', 'title');
			await expect.poll(() => searchParams().get('sort')).toBe('title');
			await settled();
			expect(await resultLinks().allInnerTexts()).toEqual(relevance);
			expect(await status().innerText()).toMatch(/^\d+ datasets? found/);
		} finally {
			await page.unroute(table);
		}
	});

	it('sorts by title when asked, and changing the sort order is kept in the address', async () => {
		await openSearch('/en/search/?access=Restricted');
		await page.selectOption('#search-sort', 'title');
		await expect.poll(() => searchParams().get('sort')).toBe('title');
		await expect
			.poll(async () => {
				const titles = await resultLinks().allInnerTexts();
				return titles.length > 1 && titles.every((title, i) => i === 0 || titles[i - 1]!.localeCompare(title, 'en') <= 0);
			})
			.toBe(true);
	});

	it('sorts French titles A to Z as a French reader files them: accents with their letter, not after Z', async () => {
		const titles: string[] = [];
		for (let n = 1; n <= Math.ceil(examples.length / 10); n++) {
			await openSearch(`/fr/search/?sort=title&page=${n}`);
			await settled();
			titles.push(...(await resultLinks().allInnerTexts()));
		}
		expect(titles).toHaveLength(examples.length);
		// By code point these came last, after "Volumes de circulation…", and "Déclarations" after "Dossiers".
		const at = (title: string) => titles.indexOf(title);
		expect(
			titles.slice(at('Effectifs scolaires par école, année d’études et langue d’enseignement'), at('Fiches de rendement des distributeurs d’électricité')),
		).toEqual([
			'Effectifs scolaires par école, année d’études et langue d’enseignement',
			'Émissions de gaz à effet de serre des grandes installations industrielles',
			'Emplacement des écoles et coordonnées',
			'Emplacement des hôpitaux et des établissements de santé',
			'Emplacements précis des espèces en péril',
			'Ententes d’inscription de médicaments',
			'État des routes en hiver',
		]);
		expect(at('Déclarations de revenus des sociétés')).toBeLessThan(at('Demandes de paiement des médecins au Régime d’assurance-maladie'));
		expect(titles.at(-1)).toBe('Volumes de circulation sur les routes provinciales');
		const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
		expect([...titles].sort(collator.compare)).toEqual(titles);
	});

	it('restores query, facets and sort from the address on reload', async () => {
		await openSearch('/en/search/');
		await typeQuery('data');
		await expect.poll(() => searchParams().get('q')).toBe('data');
		await facetBox('access', 'Open').check();
		await page.selectOption('#search-sort', 'modified');
		await expect.poll(() => searchParams().get('sort')).toBe('modified');
		const open = count((d) => d.access_level === 'open');
		await settled();
		const before = await resultLinks().allInnerTexts();
		expect(before.length).toBeLessThanOrEqual(open);
		const url = page.url();

		await page.reload();
		await openSearch(new URL(url).pathname + new URL(url).search);
		expect(await page.inputValue('#search-input')).toBe('data');
		expect(await facetBox('access', 'Open').isChecked()).toBe(true);
		expect(await page.locator('#search-sort').inputValue()).toBe('modified');
		await expect.poll(() => resultLinks().allInnerTexts()).toEqual(before);
	});

	it('the back button restores the previous state', async () => {
		await openSearch('/en/search/');
		// The page without words lists every dataset: wait for the search to replace that list.
		await expectFound(examples.length);
		await typeQuery('health');
		await expect.poll(() => searchParams().get('q')).toBe('health');
		await expect.poll(() => status().innerText()).not.toMatch(new RegExp(`^${examples.length} datasets`));
		const unfiltered = await status().innerText();
		await facetBox('access', 'Restricted').check();
		await expect.poll(() => searchParams().getAll('access')).toEqual(['Restricted']);
		await expect.poll(() => status().innerText()).not.toBe(unfiltered);

		await page.goBack();
		await expect.poll(() => searchParams().getAll('access')).toEqual([]);
		expect(searchParams().get('q')).toBe('health');
		await expect.poll(() => facetBox('access', 'Restricted').isChecked()).toBe(false);
		await expect.poll(() => status().innerText()).toBe(unfiltered);
		expect(await page.inputValue('#search-input')).toBe('health');

		await page.goForward();
		await expect.poll(() => facetBox('access', 'Restricted').isChecked()).toBe(true);
	});

	it('searches the French pages in French, with accents and stemming', async () => {
		await openSearch('/fr/search/');
		await typeQuery('circulation');
		await expect.poll(() => resultLinks().allInnerTexts(), { timeout: 10_000 }).toContain('Volumes de circulation sur les routes provinciales');
		expect(await resultLinks().evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toContain('/fr/datasets/traffic-volumes/');
		await page.fill('#search-input', 'données');
		await expect.poll(() => status().innerText()).toMatch(/^\d+ jeux? de données trouvés?/);
		expect(await resultLinks().evaluateAll((links) => links.every((a) => a.getAttribute('href')!.startsWith('/fr/datasets/')))).toBe(true);
	});

	it('says so when nothing matches, offers to remove a filter and to request the dataset', async () => {
		await openSearch('/en/search/?q=zebrafish&access=Open');
		await expectFound(0);
		const empty = page.locator('[data-search-empty]');
		expect(await empty.isVisible()).toBe(true);
		expect(await empty.innerText()).toContain('No datasets match your search.');
		const request = empty.getByRole('link', { name: 'Request this dataset' });
		expect(await request.getAttribute('href')).toBe('/en/feedback/?type=request&q=zebrafish');
		await empty.locator('button[data-facet="access"]').click();
		await expect.poll(() => searchParams().getAll('access')).toEqual([]);
		expect(await facetBox('access', 'Open').isChecked()).toBe(false);
	});

	it('tells readers without JavaScript that search needs it, with links to browse', async () => {
		page = await session.restart({ javaScriptEnabled: false });
		await page.goto(session.origin + '/en/search/?q=traffic');
		const message = page.locator('[data-search-nojs]');
		expect(await message.isVisible()).toBe(true);
		expect(await message.innerText()).toContain('needs JavaScript');
		expect(await message.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
			'/en/datasets/',
			'/en/publishers/',
			'/en/themes/',
		]);
		expect(await page.locator('[data-search-ui]').isVisible()).toBe(false);
	});
});

describe('search accessibility (axe-core, WCAG 2.1 AA + best practice)', () => {
	for (const [lang, query] of [
		['en', 'traffic'],
		['fr', 'circulation'],
	] as const) {
		it(`/${lang}/search/ has no violations before and after a search, or with no results`, async () => {
			await openSearch(`/${lang}/search/`);
			await expectNoAxeViolations(page, 'before');

			await typeQuery(query);
			await expect.poll(() => resultLinks().count(), { timeout: 10_000 }).toBeGreaterThan(0);
			await page.locator(`fieldset[data-facet="access"] input`).first().check();
			await expect.poll(() => searchParams().has('access')).toBe(true);
			await expectNoAxeViolations(page, 'after');

			await openSearch(`/${lang}/search/?q=zebrafish&access=${lang === 'en' ? 'Open' : 'Ouvert'}`);
			await expectFound(0);
			await expectNoAxeViolations(page, 'no results');
		});
	}
});
