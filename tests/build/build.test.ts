import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { treeDigest } from '../../scripts/bench/tree-digest.ts';
import { readPagefindFile } from '../../src/integrations/pagefind-bundle.ts';
import { catalogueSearchRecords, startSearchIndex } from '../../src/integrations/pagefind.ts';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { buildExampleSite, buildSite, EXAMPLE_AS_OF, type BuiltSite } from '../browser/support/build.ts';
import { catalogueWith, cleanUp } from '../validate/support.ts';

const run = promisify(execFile);

/** The fragments of a built site's search bundle, by page address. */
async function indexedFragments(siteDir: string): Promise<Map<string, { filters: Record<string, string[]>; meta: Record<string, string> }>> {
	const bundle = join(siteDir, 'pagefind');
	const fragments = new Map<string, { filters: Record<string, string[]>; meta: Record<string, string> }>();
	for (const name of readdirSync(join(bundle, 'fragment'))) {
		const fragment = JSON.parse((await readPagefindFile(join(bundle, 'fragment', name))).toString('utf8')) as {
			url: string;
			filters: Record<string, string[]>;
			meta: Record<string, string>;
		};
		fragments.set(fragment.url, fragment);
	}
	return fragments;
}
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
	// Data dictionaries (`<name>.schema.yaml`) sit beside the dataset files.
	const datasetIds = readdirSync('datasets').flatMap((folder) =>
		readdirSync(join('datasets', folder))
			.filter((f) => !f.includes('.schema.'))
			.map((f) => f.replace(/\.yaml$/, '')),
	);

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
		const stat = (modifier: string) =>
			new RegExp(`stats__item--${modifier}">(?:<a class="stats__link" href="[^"]*">)?<span class="stats__number">(\\d+)<`).exec(home)?.[1];
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
		expect(readFileSync(join(site.dir, 'catalog.ttl'), 'utf8')).toMatch(
			/^<http:\/\/127\.0\.0\.1\/en\/datasets\/traffic-volumes\/#dataset> [^]*?a dcat:Dataset[;.]/m,
		);
		for (const id of datasetIds) expect(existsSync(join(site.dir, 'datasets', `${id}.jsonld`)), id).toBe(true);
		expect(page('fr/datasets/traffic-volumes')).toContain('<link rel="alternate" type="application/ld+json" href="/datasets/traffic-volumes.jsonld">');
	});

	it('publishes data.json at the root, and links every machine-readable file from the home page and the footer', () => {
		const dataJson = JSON.parse(readFileSync(join(site.dir, 'data.json'), 'utf8')) as { conformsTo: string; dataset: Array<{ landingPage: string }> };
		expect(dataJson.conformsTo).toBe('https://project-open-data.cio.gov/v1.1/schema');
		// A dataset's landing page is its page on the publisher's site when it has one (road salt), else its page here.
		const publisherPage = 'https://www.belle-riviere.example/transportation/winter-maintenance/road-salt';
		expect(
			dataJson.dataset.map((d) => (d.landingPage === publisherPage ? 'road-salt-use' : d.landingPage.replace(/^.*\/datasets\/([^/]+)\/$/, '$1'))).sort(),
		).toEqual([...datasetIds].sort());
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

	it('ships no client-side JavaScript but the bundled search, feedback and preview modules, and no inline script', () => {
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
		expect(page('fr/feedback')).toMatch(/<script type="module" src="\/_astro\/[\w.-]+\.js"><\/script>/);
		// A dataset page has the preview element only when it has a CSV to preview from another server.
		expect(page('en/datasets/traffic-volumes')).not.toMatch(/<script type="module"/);
		expect(page('en/datasets/graduation-rates').match(/<script type="module"/g)).toHaveLength(1);
		expect(page('en/datasets/physician-billing')).not.toMatch(/<script type="module"/);
	});

	it('indexes the dataset pages for search, one index per language, and nothing else', () => {
		const entry = JSON.parse(readFileSync(join(site.dir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
		expect(Object.keys(entry.languages).sort()).toEqual(['en', 'fr']);
		for (const lang of ['en', 'fr']) expect(entry.languages[lang]!.page_count, lang).toBe(datasetIds.length);
		expect(existsSync(join(site.dir, 'pagefind/pagefind.js'))).toBe(true);
	});

	it('gives each dataset its search filters and result fields, and its page nothing for search', async () => {
		const fragments = await indexedFragments(site.dir);
		const en = fragments.get('/en/datasets/traffic-volumes/')!;
		expect(en.filters.publisher).toEqual(['Ministry of Transportation']);
		expect(en.filters.format).toEqual(['CSV', 'GeoJSON', 'REST API']);
		expect(en.meta).toMatchObject({ title: 'Traffic volumes on provincial highways', access: 'open', modified: '2026-06-30' });
		expect(fragments.get('/fr/datasets/traffic-volumes/')!.filters.publisher).toEqual(['Ministère des Transports']);
		// The index is made from the catalogue (src/lib/search/search-record.ts): the page carries no hidden copy.
		expect(page('en/datasets/traffic-volumes')).not.toMatch(/data-pagefind-(body|filter|meta|sort|weight|ignore)/);
	});

	it('indexes exactly what the whole dataset page would give Pagefind with the record in it', async () => {
		const { catalogue } = await loadCatalogue('.', { asOf: EXAMPLE_AS_OF });
		const records = [...catalogueSearchRecords(catalogue!)].map((record) => {
			const block = /<body>(.*)<\/body>/s.exec(record.content)![1]!;
			const whole = readFileSync(join(site.dir, record.url, 'index.html'), 'utf8').replace(/<article class="dataset"[^>]*>/, (article) => article + block);
			return { ...record, content: whole };
		});
		expect(records.every((record) => record.content.includes('data-pagefind-body'))).toBe(true);
		const out = mkdtempSync(join(tmpdir(), 'odc-whole-pages-'));
		try {
			const { outputPath } = await startSearchIndex(records).finish(out);
			// Added in the same order, the same bundle, byte for byte: the rest of the page adds nothing.
			expect(treeDigest(outputPath)).toEqual(treeDigest(join(site.dir, 'pagefind')));
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	}, 60_000);

	it('links the Table Schema in the dictionary column when the dictionary is in the repository, and in the Metadata block', () => {
		const html = page('en/datasets/traffic-volumes');
		const schemaLink = /<a href="(\/datasets\/traffic-volumes\/[\w.-]+\.json)" type="application\/json">\s*Table Schema \(JSON\)\s*<\/a>/.exec(html);
		expect(schemaLink?.[1]).toBeDefined();
		const metadata = html.slice(html.indexOf('id="metadata-heading"'));
		expect(metadata).toContain(`href="${schemaLink![1]}"`);
		const jsonLd = /<link rel="alternate" type="application\/ld\+json" href="([^"]+)"/.exec(html)![1];
		expect(metadata).toContain(`href="${jsonLd}"`);
		expect(metadata).toContain('href="/catalog.ttl"');
		expect(metadata).toContain('href="/data.json"');
	});

	it('has a documentation index and a contents list on the field reference', () => {
		const docs = page('fr/docs');
		expect(docs).toContain('href="/fr/docs/publish-a-dataset/"');
		expect(docs).toContain('href="/fr/docs/fields/"');
		const fields = page('en/docs/fields');
		expect(fields).toMatch(/<nav class="toc" aria-labelledby="toc-heading">/);
		for (const id of ['dataset', 'publisher', 'schedule-row']) {
			expect(fields).toContain(`href="#${id}-heading"`);
			expect(fields).toContain(`id="${id}-heading"`);
		}
	});

	it('puts a search form to the search page in every page header, which works without JavaScript', () => {
		expect(page('en')).toMatch(/<form class="search-box" role="search" method="get" action="\/en\/search\/"/);
		expect(page('fr/themes')).toMatch(/<form class="search-box" role="search" method="get" action="\/fr\/search\/"/);
		expect(page('en/search')).toContain('data-search-nojs');
	});
});

describe('the request log and the feedback form', () => {
	const requestFiles = readdirSync('requests').filter((file) => file.endsWith('.yaml'));
	const lastStatus = (file: string) => [...readFileSync(join('requests', file), 'utf8').matchAll(/^ {4}status: (\w+)$/gm)].at(-1)![1]!;

	it('lists every request, with where it stands, in both languages', () => {
		expect(requestFiles.length).toBeGreaterThanOrEqual(5);
		for (const lang of ['en', 'fr']) {
			const html = page(`${lang}/requests`);
			for (const file of requestFiles) {
				const id = file.replace(/\.yaml$/, '');
				expect(html, `${lang}: ${id}`).toContain(`href="/${lang}/requests/${id}/"`);
				expect(existsSync(join(site.dir, lang, 'requests', id, 'index.html')), `${lang}/${id}`).toBe(true);
			}
			const badges = [...html.matchAll(/badge--request-([\w-]+)/g)].map((m) => m[1]);
			expect(badges.sort()).toEqual(requestFiles.map((file) => lastStatus(file).replace('_', '-')).sort());
		}
	});

	it('gives each request its steps, with the reason of a refusal', () => {
		const html = page('en/requests/school-bus-stop-locations');
		expect(html).toMatch(/<h1[^>]*>Exact locations of school bus stops/);
		expect([...html.matchAll(/<time datetime="([\d-]+)"/g)].map((m) => m[1])).toEqual(['2026-03-18', '2026-03-18', '2026-04-10', '2026-06-01']);
		expect(html).toContain('badge--request-declined');
		expect(html).toContain('young children wait alone');
		expect(html).toContain('href="/en/datasets/school-bus-routes/"');
		expect(page('fr/requests/school-bus-stop-locations')).toContain('de jeunes enfants attendent seuls');
	});

	it('links a dataset to the requests about it, and to the feedback form with the dataset filled in', () => {
		const html = page('en/datasets/traffic-volumes');
		expect(html).toContain('href="/en/requests/highway-7-traffic-counts/"');
		expect(html).toContain('href="/en/feedback/?type=problem&amp;dataset=traffic-volumes&amp;publisher=mto"');
		expect(html).toContain('href="/en/feedback/?type=general&amp;dataset=traffic-volumes&amp;publisher=mto"');
		expect(page('en/datasets/traffic-volumes')).toContain('id="requests-heading"');
		expect(page('fr/datasets/physician-billing')).not.toContain('id="requests-heading"');
	});

	it('puts the feedback form and the request log in the sitemap, the menu and the footer', () => {
		const sitemap = readFileSync(join(site.dir, 'sitemap.xml'), 'utf8');
		expect(sitemap).toContain('<loc>http://127.0.0.1/fr/feedback/</loc>');
		expect(sitemap).toContain('<loc>http://127.0.0.1/en/requests/highway-7-traffic-counts/</loc><lastmod>2026-07-20</lastmod>');
		const home = page('fr');
		expect(home).toMatch(/<nav class="site-menu"[\s\S]*href="\/fr\/requests\/"[\s\S]*<\/nav>/);
		expect(home.slice(home.indexOf('<footer'))).toContain('href="/fr/feedback/"');
	});

	it('sends the example catalogue’s feedback to GitHub issues, and shows the link without JavaScript', () => {
		const html = page('en/feedback');
		expect(html).toContain('data-channel="github"');
		expect(html).toContain('data-repository="open-data-catalogue/open-data-catalogue"');
		expect(html).toContain('href="https://github.com/open-data-catalogue/open-data-catalogue/issues/new/choose"');
	});

	it('names only elements that have a role: the error summary is a group named by its heading', () => {
		for (const lang of ['en', 'fr']) {
			const html = page(`${lang}/feedback`);
			expect(html).toMatch(/<div class="error-summary" role="group" tabindex="-1" aria-labelledby="feedback-errors-title"/);
			// aria-labelledby on a div or span without a role names nothing (ARIA 1.2: prohibited on generic).
			expect(html.match(/<(div|span)\b(?![^>]*\brole=)[^>]*\baria-labelledby=/g), lang).toBeNull();
		}
	});

	it('lists the field reference and the stewards’ guides in the sitemap, in both languages', () => {
		const sitemap = readFileSync(join(site.dir, 'sitemap.xml'), 'utf8');
		for (const lang of ['en', 'fr']) {
			expect(sitemap).toContain(`<loc>http://127.0.0.1/${lang}/docs/fields/</loc>`);
			for (const guide of readdirSync(`src/content/docs/${lang}`))
				expect(sitemap).toContain(`<loc>http://127.0.0.1/${lang}/docs/${guide.replace(/\.mdx$/, '')}/</loc>`);
		}
	});
});

describe('data previews and dictionaries on dataset pages', () => {
	/** The "Look at the data" section of a page. */
	const previews = (path: string) => {
		const html = page(path);
		const start = html.indexOf('<section class="section data-previews"');
		expect(start, path).toBeGreaterThan(0);
		return html.slice(start, html.indexOf('</section>', start));
	};

	it('previews a CSV kept with the site at build time, with its dictionary', () => {
		const html = previews('en/datasets/traffic-volumes');
		// The search index is made from the model, not the page: nothing here is marked for Pagefind.
		expect(html).not.toContain('data-pagefind');
		expect(html).toMatch(/<dt>Rows<\/dt><dd>32<\/dd>[\s\S]*<dt>Columns<\/dt><dd>13<\/dd>/);
		expect(html).toContain('All 32 rows of “Permanent counting stations, 2025 (CSV)”');
		expect(html.match(/<tr><th scope="row" class="preview-table__row-number">/g)).toHaveLength(32);
		expect(html).toContain('<td>À l’est de Grand-Portage</td>');
		expect(html).toContain('Data dictionary: 13 columns');
		expect(html).toMatch(/<code>aadt<\/code><div class="table__note">Annual average daily traffic<\/div><\/th><td>Whole number<\/td>/);
		expect(html).toContain('Each row is identified by: station_id.');
		// The too-large remote CSV says so without a script.
		expect(html).toContain('No preview: the file is larger than 10 MB');
	});

	it('decodes the Windows-1252 file and reads its semicolons and decimal commas, in French', () => {
		const html = previews('fr/datasets/hospital-wait-times');
		expect(html).toMatch(/<dt>Séparateur<\/dt><dd>point-virgule<\/dd>[\s\S]*<dt>Encodage<\/dt><dd>Windows-1252<\/dd>/);
		expect(html).toContain('<td>Hôpital général de Saint-Aubin</td>');
		expect(html).toContain('Les 60 lignes de « Temps d’attente aux urgences par hôpital, avril 2025 à mars 2026 (CSV, points-virgules) »');
		expect(html).toMatch(/Durée moyenne \(h\) \/ Average time \(h\)<\/th><td>Nombre<\/td>/);
		expect(html).toContain('Décimales après « , »');
	});

	it('previews a TSV without a dictionary, and offers in-browser previews of other servers’ CSVs', () => {
		const gas = previews('en/datasets/natural-gas-rates');
		expect(gas).toMatch(/<dt>Separator<\/dt><dd>tab<\/dd>[\s\S]*UTF-8 with byte-order mark/);
		expect(gas).not.toContain('Data dictionary');
		expect(gas).toContain('<odc-csv-preview');
		const graduation = previews('en/datasets/graduation-rates');
		expect(graduation).toMatch(
			/<odc-csv-preview class="remote-preview" data-url="https:\/\/data\.belle-riviere\.example\/edu\/graduation-rates\/graduation-rates-by-board\.csv" data-max-bytes="10000000" data-timeout-seconds="20"/,
		);
	});

	it('copies the data files into the site and links them there', () => {
		for (const file of ['data/mto/permanent-counting-stations-2025.csv', 'data/moh/emergency-wait-times-2025-26.csv', 'data/brec/natural-gas-rates-2026.tsv']) {
			expect(readFileSync(join(site.dir, file))).toEqual(readFileSync(join('public', file)));
		}
		expect(page('en/datasets/traffic-volumes')).toContain('href="/data/mto/permanent-counting-stations-2025.csv"');
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
			'schedules/mto.csv':
				'dataset_id,title_en,title_fr,planned_release,status,notes_en,notes_fr\nferries,"Ferries <img src=x onerror=alert(1)>",Traversiers,2027-Q1,planned,"=HYPERLINK(""https://evil.example"",""click"")","<script>alert(2)</script>"\n',
			// A public/ folder of its own, without a favicon.
			'public/data/mto/readme.txt': 'Files of the ministry.\n',
		});
		hostile = await buildSite(dir, { base: '/catalogue/' });
	});
	afterAll(() => hostile?.remove());

	it('keeps the favicon every page links to when the catalogue’s own public/ has none', () => {
		expect(readFileSync(join(hostile.dir, 'en/index.html'), 'utf8')).toContain('<link rel="icon" href="/catalogue/favicon.svg"');
		expect(readFileSync(join(hostile.dir, 'favicon.svg'), 'utf8')).toBe(readFileSync('public/favicon.svg', 'utf8'));
		expect(readFileSync(join(hostile.dir, 'data/mto/readme.txt'), 'utf8')).toBe('Files of the ministry.\n');
	});

	it('escapes markup from metadata instead of running it', () => {
		const html = readFileSync(join(hostile.dir, 'en/datasets/traffic-volumes/index.html'), 'utf8');
		expect(html).not.toContain('<script>alert(1)</script>');
		expect(html).toContain('Traffic &lt;script&gt;alert(1)&lt;/script&gt; volumes');
		expect(html).toContain('Counts &amp; <strong>totals</strong>');
	});

	it('escapes markup from schedule rows and keeps spreadsheet formulas out of schedule.csv', () => {
		const en = readFileSync(join(hostile.dir, 'en/schedule/publishers/mto/index.html'), 'utf8');
		expect(en).not.toContain('<img src=x');
		expect(en).toContain('Ferries &lt;img src=x onerror=alert(1)&gt;');
		const fr = readFileSync(join(hostile.dir, 'fr/schedule/publishers/mto/index.html'), 'utf8');
		expect(fr).not.toContain('<script>alert(2)</script>');
		expect(fr).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
		const csv = readFileSync(join(hostile.dir, 'schedule.csv'), 'utf8');
		expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""click"")"`);
		expect(csv).toContain('https://example.org/catalogue/en/schedule/publishers/mto/#release-ferries');
	});

	it('writes the search bundle where the base path serves it, and tells the search page', async () => {
		expect(existsSync(join(hostile.dir, 'pagefind/pagefind.js'))).toBe(true);
		const search = readFileSync(join(hostile.dir, 'en/search/index.html'), 'utf8');
		expect(search).toContain('data-base="/catalogue/"');
		expect(search).toMatch(/<script type="module" src="\/catalogue\/_astro\//);
		const fragment = (await indexedFragments(hostile.dir)).get('/en/datasets/traffic-volumes/')!;
		// Indexed as the text it is; the results view escapes it (results-view.ts).
		expect(fragment.meta.title).toBe('Traffic <script>alert(1)</script> volumes');
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
		expect(JSON.parse(readFileSync(join(hostile.dir, 'data.json'), 'utf8'))).toMatchObject({
			'@id': 'https://example.org/catalogue/data.json',
			dataset: [{ identifier: 'https://example.org/catalogue/en/datasets/traffic-volumes/#dataset' }],
		});
	});
});

describe('a failed build', () => {
	it('leaves the previous site as it was and exits non-zero', async () => {
		const out = mkdtempSync(join(tmpdir(), 'odc-previous-'));
		writeFileSync(join(out, 'index.html'), 'previous site');
		// Skip validation on purpose: the pages themselves refuse an invalid catalogue.
		const broken = catalogueWith('restricted-without-rationale');
		const result = await run(process.execPath, ['scripts/build.ts', '--no-validate'], { env: { ...process.env, CATALOGUE_DIR: broken, OUT_DIR: out } }).then(
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

describe('npm run build', () => {
	it('validates first, with the as-of date it is given, and stops on an error', async () => {
		const broken = catalogueWith(undefined, {
			'schedules/mto.csv': 'dataset_id,planned_release,status,actual_release\ntraffic-volumes,2026-Q1,released,2026-03-01\n',
		});
		const build = (asOf: string) =>
			run(process.execPath, ['scripts/build.ts', '--as-of', asOf], { env: { ...process.env, CATALOGUE_DIR: broken, OUT_DIR: join(broken, 'out') } }).then(
				() => ({ code: 0, stdout: '' }),
				(error: { code: number; stdout: string }) => error,
			);
		// Released on 2026-03-01: a date in the future as of 2026-02-01, so validation fails before Astro starts.
		const early = await build('2026-02-01');
		expect(early.code).toBe(1);
		expect(early.stdout).toContain('schedules/mto.csv:2:34  error  row 2:actual_release  is in the future');
		expect(existsSync(join(broken, 'out'))).toBe(false);
		const wrong = await build('2026-02-30');
		expect(wrong.code).toBe(2);
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
