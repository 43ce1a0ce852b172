/**
 * The search page over an index cut into shards (src/lib/search/search-shards.ts), merged in the
 * browser: the example catalogue built with shards of a few records, under a base path, against the
 * same catalogue built as one index. Without words, the listing, its sorts and facets are the same;
 * with words, the same datasets are found (shard-results.ts makes what the shards find what one
 * index finds), in another order: each shard ranks by its own word statistics (docs/developers.md,
 * "The search index in shards").
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { buildSite, REPO_ROOT, servedUnderBase, type BuiltSite } from './support/build.ts';
import { serveStatic, type StaticServer } from './support/server.ts';
import { useBrowserSession } from './support/session.ts';

const BASE = '/catalogue/';

/** The example catalogue built under {@link BASE} (with `env`), served there as GitHub Pages does. */
async function underBase(env: Record<string, string>): Promise<BuiltSite> {
	return servedUnderBase(await buildSite(REPO_ROOT, { base: BASE, siteUrl: 'http://127.0.0.1', env }), 'catalogue');
}

const session = useBrowserSession({ build: () => underBase({ SEARCH_SHARD_RECORDS: '4' }) });
let whole: BuiltSite;
let wholeServer: StaticServer;

beforeAll(async () => {
	whole = await underBase({});
	wholeServer = await serveStatic(whole.dir);
}, 240_000);

afterAll(async () => {
	await wholeServer?.close();
	await whole?.remove();
});

/** What the search page at `path` (after BASE) shows once settled: its status, result links and facet labels. */
async function shown(page: Page, origin: string, path: string) {
	await page.goto(`${origin}${BASE}${path}`);
	await page.locator('odc-search[data-ready]').waitFor({ state: 'attached', timeout: 20_000 });
	await page.locator('[data-search-results]:not([aria-busy])').waitFor({ state: 'attached', timeout: 10_000 });
	return page.evaluate(() => ({
		status: document.querySelector('[data-search-status]')?.textContent?.trim(),
		links: [...document.querySelectorAll('[data-search-results] li h3 a')].map((a) => a.getAttribute('href') ?? ''),
		facets: [...document.querySelectorAll('fieldset[data-facet] label')].map((label) => label.textContent?.replace(/\s+/g, ' ').trim()),
	}));
}

describe('search over an index in shards', () => {
	it('merges every shard of the page’s language, from the base path', async () => {
		const shardRequests: string[] = [];
		session.page.on('request', (request) => {
			if (request.url().includes('/pagefind/shards/')) shardRequests.push(new URL(request.url()).pathname);
		});
		const { status, links } = await shown(session.page, session.origin, 'en/search/');
		expect(status).toMatch(/^48 datasets found/);
		expect(shardRequests.length).toBeGreaterThan(0);
		expect(shardRequests.every((path) => path.startsWith(`${BASE}pagefind/shards/en/`))).toBe(true);
		expect(links.every((link) => link.startsWith(`${BASE}en/datasets/`))).toBe(true);
		await expectNoAxeViolations(session.page, 'sharded search page');
	});

	it.each([
		'en/search/',
		'en/search/?page=5',
		'en/search/?sort=title',
		'en/search/?sort=modified&page=2',
		'en/search/?publisher=mto',
		'fr/search/',
		'fr/search/?sort=title&page=3',
	])('lists, sorts and counts %s as one index does', async (path) => {
		const expected = await shown(session.page, wholeServer.origin, path);
		expect(await shown(session.page, session.origin, path)).toEqual(expected);
	});

	// Ranked by each shard's statistics (here of four records each), so compared as sets.
	it.each(['en/search/?q=road+safety', 'en/search/?q=inspections', 'fr/search/?q=eau', 'fr/search/?q=routes+scolaires'])(
		'finds for %s the datasets one index finds',
		async (path) => {
			const expected = await shown(session.page, wholeServer.origin, path);
			const { status, links } = await shown(session.page, session.origin, path);
			expect(expected.links.length).toBeGreaterThan(0);
			expect(status).toBe(expected.status);
			expect([...links].sort()).toEqual([...expected.links].sort());
		},
	);

	it('finds, for a word some shards hold only in longer words, no dataset one index would not', async () => {
		// "water" is held as itself by some shards; the park boundaries say only "waterway", in a shard without "water": one index finds them.
		const expected = await shown(session.page, wholeServer.origin, 'en/search/?q=water');
		const { links } = await shown(session.page, session.origin, 'en/search/?q=water');
		expect(links.length).toBeGreaterThan(0);
		expect(expected.links).toEqual(expect.arrayContaining(links));
	});
});
