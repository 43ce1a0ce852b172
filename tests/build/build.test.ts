import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExampleSite, buildSite, type BuiltSite } from '../browser/support/build.ts';
import { catalogueWith, cleanUp } from '../validate/support.ts';

const run = promisify(execFile);
let site: BuiltSite;
const page = (path: string) => readFileSync(join(site.dir, path, 'index.html'), 'utf8');

beforeAll(async () => {
	site = await buildExampleSite();
});
afterAll(async () => {
	await site?.remove();
	cleanUp();
});

describe('the example catalogue builds into a complete site', () => {
	const datasetIds = readdirSync('datasets').flatMap((folder) => readdirSync(join('datasets', folder)).map((f) => f.replace(/\.yaml$/, '')));

	it('has a page per dataset in each language', () => {
		expect(datasetIds.length).toBeGreaterThanOrEqual(40);
		for (const lang of ['en', 'fr']) {
			for (const id of datasetIds) expect(existsSync(join(site.dir, lang, 'datasets', id, 'index.html')), `${lang}/${id}`).toBe(true);
		}
	});

	it('sends the root to the default language without JavaScript', () => {
		const root = readFileSync(join(site.dir, 'index.html'), 'utf8');
		expect(root).toMatch(/<meta http-equiv="refresh" content="0;\s*url=\/en\/"/);
		expect(root).toMatch(/<a [^>]*href="\/en\/"/);
	});

	it('counts open, restricted and under-review datasets on the home page', () => {
		const home = page('en');
		const stat = (modifier: string) => new RegExp(`stats__item--${modifier}"><span class="stats__number">(\\d+)<`).exec(home)?.[1];
		const levels = datasetIds.map((id) => /access_level: (\w+)/.exec(readFileSync(join('datasets', findFolder(id), `${id}.yaml`), 'utf8'))![1]);
		expect(stat('open')).toBe(String(levels.filter((l) => l === 'open').length));
		expect(stat('restricted')).toBe(String(levels.filter((l) => l === 'restricted').length));
		expect(stat('under-review')).toBe(String(levels.filter((l) => l === 'under_review').length));
	});

	it('shows every part of an open dataset', () => {
		const html = page('en/datasets/traffic-volumes');
		expect(html).toContain('<html lang="en"');
		expect(html).toMatch(/<h1[^>]*>Traffic volumes/);
		expect(html).toContain('href="/en/publishers/mto/"');
		expect(html).toMatch(/badge--open/);
		expect(html).toContain('Open Government Licence – Belle-Rivière');
		expect(html).toMatch(/<table[^>]*>[\s\S]*<caption/);
		for (const format of ['CSV', 'GeoJSON', 'REST API']) expect(html).toContain(format);
		expect(html).toContain('href="/fr/datasets/traffic-volumes/"');
	});

	it('states the exemption and rationale of a restricted dataset, in both languages', () => {
		const en = page('en/datasets/physician-billing');
		const fr = page('fr/datasets/physician-billing');
		expect(en).toMatch(/badge--restricted/);
		expect(en).toContain('Privacy');
		expect(en).toMatch(/Personal Health Information Protection Act/);
		expect(fr).toContain('<html lang="fr"');
		expect(fr).toMatch(/Loi de 2004 sur la protection des renseignements personnels sur la santé/i);
	});

	it('marks a missing translation and gives the fallback its language', () => {
		const html = page('fr/datasets/tax-expenditures');
		expect(html).toMatch(/<ul class="tag-list" lang="en">[\s\S]*?tax credits[\s\S]*?<\/ul><small class="fallback-marker">\(en anglais seulement\)<\/small>/);
	});

	it('lists publishers and themes with their datasets', () => {
		expect(page('en/publishers/mto')).toContain('href="/en/datasets/traffic-volumes/"');
		expect(page('fr/themes/tran')).toContain('href="/fr/datasets/traffic-volumes/"');
		expect(existsSync(join(site.dir, '404.html'))).toBe(true);
	});

	it('publishes the catalogue as DCAT-AP JSON-LD and Turtle, and a document per dataset linked from its page', () => {
		const catalog = JSON.parse(readFileSync(join(site.dir, 'catalog.jsonld'), 'utf8')) as { '@graph': Array<{ '@type': string }> };
		expect(catalog['@graph'].filter((node) => node['@type'] === 'Dataset')).toHaveLength(datasetIds.length);
		expect(readFileSync(join(site.dir, 'catalog.ttl'), 'utf8')).toMatch(/^<http:\/\/127\.0\.0\.1\/en\/datasets\/traffic-volumes\/#dataset> [^]*?a dcat:Dataset[;.]/m);
		for (const id of datasetIds) expect(existsSync(join(site.dir, 'datasets', `${id}.jsonld`)), id).toBe(true);
		expect(page('fr/datasets/traffic-volumes')).toContain('<link rel="alternate" type="application/ld+json" href="/datasets/traffic-volumes.jsonld">');
	});

	it('publishes data.json at the root, and links every machine-readable file from the home page and the footer', () => {
		const dataJson = JSON.parse(readFileSync(join(site.dir, 'data.json'), 'utf8')) as { conformsTo: string; dataset: Array<{ landingPage: string }> };
		expect(dataJson.conformsTo).toBe('https://project-open-data.cio.gov/v1.1/schema');
		expect(dataJson.dataset.map((d) => d.landingPage.replace(/^.*\/datasets\/([^/]+)\/$/, '$1')).sort()).toEqual([...datasetIds].sort());
		for (const home of [page('en'), page('fr'), readFileSync(join(site.dir, 'index.html'), 'utf8')]) {
			expect(home).toContain('<link rel="alternate" type="application/json" href="/data.json" title="Project Open Data v1.1 (data.json)">');
			expect(home).toContain('<link rel="alternate" type="application/ld+json" href="/catalog.jsonld"');
			expect(home).toContain('<link rel="alternate" type="text/turtle" href="/catalog.ttl"');
		}
		const footer = page('fr/datasets/traffic-volumes');
		expect(footer).toContain('<a href="/data.json" type="application/json">data.json (Project Open Data v1.1)</a>');
		expect(footer).toContain('<a href="/catalog.jsonld" type="application/ld+json">Catalogue DCAT-AP (JSON-LD)</a>');
		expect(footer).toContain('<a href="/fr/feed.xml" type="application/atom+xml">Fil Atom des mises à jour</a>');
	});

	it('ships no client-side JavaScript but the bundled search module, and no inline script', () => {
		const moduleScript = /^<script type="module" src="\/_astro\/[\w.-]+\.js"><\/script>$/;
		for (const file of htmlFiles(site.dir)) {
			const html = readFileSync(file, 'utf8');
			const name = relative(site.dir, file);
			for (const [tag] of html.matchAll(/<script\b[^>]*>[\s\S]*?<\/script>/g)) {
				if (/^<script type="application\/ld\+json">/.test(tag)) continue;
				expect(tag, name).toMatch(moduleScript);
			}
		}
		const search = page('en/search');
		expect(search).toMatch(/<script type="module" src="\/_astro\/[\w.-]+\.js"><\/script>/);
		expect(page('en/datasets/traffic-volumes')).not.toMatch(/<script type="module"/);
	});

	it('indexes the dataset pages for search, one index per language, and nothing else', () => {
		const entry = JSON.parse(readFileSync(join(site.dir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
		expect(Object.keys(entry.languages).sort()).toEqual(['en', 'fr']);
		for (const lang of ['en', 'fr']) expect(entry.languages[lang]!.page_count, lang).toBe(datasetIds.length);
		expect(existsSync(join(site.dir, 'pagefind/pagefind.js'))).toBe(true);
	});

	it('gives each dataset page its search filters, sort keys and result fields', () => {
		const html = page('en/datasets/traffic-volumes');
		expect(html).toMatch(/<article[^>]*data-pagefind-body/);
		expect(html).toContain('<span data-pagefind-filter="publisher">Ministry of Transportation</span>');
		expect(html).toContain('<span data-pagefind-filter="format">CSV</span><span data-pagefind-filter="format">GeoJSON</span>');
		expect(html).toContain('<span data-pagefind-sort="modified">2026-06-30</span>');
		expect(html).toContain('<span data-pagefind-meta="access">open</span>');
		expect(page('fr/datasets/traffic-volumes')).toContain('<span data-pagefind-filter="publisher">Ministère des Transports</span>');
	});

	it('puts a search form to the search page in every page header, which works without JavaScript', () => {
		expect(page('en')).toMatch(/<form class="search-box" role="search" method="get" action="\/en\/search\/"/);
		expect(page('fr/themes')).toMatch(/<form class="search-box" role="search" method="get" action="\/fr\/search\/"/);
		expect(page('en/search')).toContain('data-search-nojs');
	});
});

describe("the stewards' guide", () => {
	const guides = [
		{ lang: 'en', title: 'How to publish a dataset' },
		{ lang: 'fr', title: 'Publier un jeu de données' },
	];

	for (const { lang, title } of guides) {
		it(`exists in ${lang}, with lang="${lang}", its title as the one h1 and a link to the field reference`, () => {
			const html = page(`${lang}/docs/publish-a-dataset`);
			expect(html).toContain(`<html lang="${lang}"`);
			expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
			expect(html).toContain(`<h1>${title}</h1>`);
			const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
			expect(main).toContain(`href="/${lang}/docs/fields/"`);
			expect(main).toContain('npm run new:dataset');
			expect(main).toContain('yaml-language-server');
		});
	}

	it('links to the other language at the same address', () => {
		expect(page('en/docs/publish-a-dataset')).toContain('href="/fr/docs/publish-a-dataset/"');
		expect(page('fr/docs/publish-a-dataset')).toContain('href="/en/docs/publish-a-dataset/"');
	});

	it('makes code blocks focusable, so keyboard users can scroll them', () => {
		const html = page('en/docs/publish-a-dataset');
		const blocks = html.match(/<pre[^>]*>/g) ?? [];
		expect(blocks.length).toBeGreaterThan(3);
		for (const block of blocks) expect(block).toContain('tabindex="0"');
	});

	it('is linked from the footer of every page', () => {
		expect(page('fr/datasets/traffic-volumes')).toContain('href="/fr/docs/publish-a-dataset/"');
	});
});

describe('hostile metadata and a base path', () => {
	let hostile: BuiltSite;
	beforeAll(async () => {
		const dir = catalogueWith(undefined, {
			'datasets/mto/traffic-volumes.yaml': readFileSync('tests/fixtures/minimal/datasets/mto/traffic-volumes.yaml', 'utf8')
				.replace('en: Traffic volumes', 'en: "Traffic <script>alert(1)</script> volumes"')
				.replace('en: Daily traffic counts.', 'en: "Counts & **totals**"'),
		});
		hostile = await buildSite(dir, { base: '/catalogue/' });
	});
	afterAll(() => hostile?.remove());

	it('escapes markup from metadata instead of running it', () => {
		const html = readFileSync(join(hostile.dir, 'en/datasets/traffic-volumes/index.html'), 'utf8');
		expect(html).not.toContain('<script>alert(1)</script>');
		expect(html).toContain('Traffic &lt;script&gt;alert(1)&lt;/script&gt; volumes');
		expect(html).toContain('Counts &amp; <strong>totals</strong>');
	});

	it('writes the search bundle where the base path serves it, and tells the search page', () => {
		expect(existsSync(join(hostile.dir, 'pagefind/pagefind.js'))).toBe(true);
		const search = readFileSync(join(hostile.dir, 'en/search/index.html'), 'utf8');
		expect(search).toContain('data-base="/catalogue/"');
		expect(search).toMatch(/<script type="module" src="\/catalogue\/_astro\//);
		const dataset = readFileSync(join(hostile.dir, 'en/datasets/traffic-volumes/index.html'), 'utf8');
		expect(dataset).toContain('<span data-pagefind-meta="title">Traffic &lt;script&gt;alert(1)&lt;/script&gt; volumes</span>');
	});

	it('puts every internal link under the base path', () => {
		for (const file of htmlFiles(hostile.dir)) {
			const html = readFileSync(file, 'utf8');
			for (const [, href] of html.matchAll(/(?:href|src)="(\/[^"]*)"/g)) {
				expect(href, `${relative(hostile.dir, file)}: ${href}`).toMatch(/^\/catalogue\//);
			}
		}
	});

	it('gives the DCAT-AP export IRIs under the site address and base path', () => {
		const turtle = readFileSync(join(hostile.dir, 'catalog.ttl'), 'utf8');
		expect(turtle).toMatch(/^<https:\/\/example\.org\/catalogue\/en\/datasets\/traffic-volumes\/#dataset> [^]*?a dcat:Dataset[;.]/m);
		expect(existsSync(join(hostile.dir, 'datasets/traffic-volumes.jsonld'))).toBe(true);
		expect(readFileSync(join(hostile.dir, 'sitemap.xml'), 'utf8')).toContain('<loc>https://example.org/catalogue/en/datasets/traffic-volumes/</loc>');
		expect(readFileSync(join(hostile.dir, 'robots.txt'), 'utf8')).toContain('Sitemap: https://example.org/catalogue/sitemap.xml');
		expect(readFileSync(join(hostile.dir, 'fr/feed.xml'), 'utf8')).toContain('<id>https://example.org/catalogue/fr/feed.xml</id>');
		expect(JSON.parse(readFileSync(join(hostile.dir, 'data.json'), 'utf8'))).toMatchObject({ '@id': 'https://example.org/catalogue/data.json', dataset: [{ identifier: 'https://example.org/catalogue/en/datasets/traffic-volumes/#dataset' }] });
	});
});

describe('a failed build', () => {
	it('leaves the previous site as it was and exits non-zero', async () => {
		const out = mkdtempSync(join(tmpdir(), 'odc-previous-'));
		writeFileSync(join(out, 'index.html'), 'previous site');
		// Skip `npm run validate` on purpose: the pages themselves refuse an invalid catalogue.
		const broken = catalogueWith('restricted-without-rationale');
		const result = await run(process.execPath, ['scripts/build.ts'], { env: { ...process.env, CATALOGUE_DIR: broken, OUT_DIR: out } }).then(
			() => ({ code: 0, stderr: '' }),
			(error: { code: number; stderr: string }) => error,
		);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('was left as it was');
		expect(readdirSync(out)).toEqual(['index.html']);
		expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous site');
		expect(readdirSync(dirname(out)).filter((name) => name.startsWith(`.${basename(out)}-building-`))).toEqual([]);
		rmSync(out, { recursive: true, force: true });
	});
});

function findFolder(id: string): string {
	return readdirSync('datasets').find((folder) => existsSync(join('datasets', folder, `${id}.yaml`)))!;
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.map((f) => join(dir, f));
}
