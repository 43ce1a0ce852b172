import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExampleSiteUnderBase, type BuiltSite } from '../browser/support/build.ts';
import { crawlSite, extractLinks, readSite, type SiteFiles } from '../support/link-crawl.ts';
import { schemas } from '../../src/lib/validate/schemas.ts';

let site: BuiltSite;
let files: SiteFiles;

beforeAll(async () => {
	site = await buildExampleSiteUnderBase();
	files = readSite(site.dir);
});
afterAll(() => site?.remove());

describe('the example catalogue built under /catalogue/', () => {
	it('has pages to crawl, with links to follow', () => {
		const pages = [...files.keys()].filter((f) => f.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(100);
		expect(extractLinks(files.get('en/index.html')!).length).toBeGreaterThan(10);
	});

	it('has no broken internal link or anchor on any page', () => {
		const broken = crawlSite(files, { base: '/catalogue/', origin: 'https://example.org' });
		expect(broken.map((b) => `${b.page}: ${b.link} ${b.reason}`)).toEqual([]);
	});
});

describe('data previews under /catalogue/', () => {
	it('load the preview worker from the base path', () => {
		const html = files.get('en/datasets/graduation-rates/index.html')!;
		const script = /<script type="module" src="\/catalogue\/_astro\/([\w.-]+\.js)"><\/script>/.exec(html)?.[1];
		expect(script).toBeDefined();
		const worker = /new Worker\(new URL\(`\/catalogue\/_astro\/(csv-preview-worker-[\w-]+\.js)`/.exec(
			readFileSync(join(site.dir, '_astro', script!), 'utf8'),
		)?.[1];
		expect(worker).toBeDefined();
		expect(files.has(`_astro/${worker}`)).toBe(true);
	});

	it('link the data files kept with the site under the base path', () => {
		expect(files.get('en/datasets/traffic-volumes/index.html')).toContain('href="/catalogue/data/mto/permanent-counting-stations-2025.csv"');
		expect(files.has('data/mto/permanent-counting-stations-2025.csv')).toBe(true);
	});
});

describe('the field reference page', () => {
	it('lists every property of dataset.schema.json, in both languages', () => {
		const distribution = (schemas.dataset as any).$defs.distribution.properties;
		const expected = [...Object.keys(schemas.dataset.properties), ...Object.keys(distribution).map((name) => `distributions[].${name}`)];
		for (const lang of ['en', 'fr']) {
			const html = files.get(`${lang}/docs/fields/index.html`);
			expect(html, lang).toBeDefined();
			const listed = [...html!.matchAll(/<th scope="row"[^>]*><code>([^<]+)<\/code>/g)].map((m) => m[1]);
			for (const path of expected) expect(listed, `${lang}: ${path}`).toContain(path);
		}
	});

	it('lists every field of request files too', () => {
		const html = files.get('en/docs/fields/index.html')!;
		for (const name of [...Object.keys(schemas.request.properties), 'updates[].status', 'updates[].note']) expect(html).toContain(`<code>${name}</code>`);
	});

	it('is linked from every page of the site', () => {
		expect(files.get('fr/datasets/traffic-volumes/index.html')).toContain('href="/catalogue/fr/docs/fields/"');
	});

	it('is linked from the guide, through the base path', () => {
		for (const lang of ['en', 'fr']) {
			expect(files.get(`${lang}/docs/publish-a-dataset/index.html`), lang).toContain(`href="/catalogue/${lang}/docs/fields/"`);
		}
	});
});
