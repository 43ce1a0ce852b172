/**
 * The example built for another address (SITE_URL and BASE_PATH, as a fork's GitHub Pages deploy
 * sets them): no machine-readable file names catalogue.yaml's site, and robots.txt says it is not
 * read under a base path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildExampleSiteUnderBase, EXAMPLE_UNDER_BASE, REPO_ROOT, type BuiltSite } from '../browser/support/build.ts';

let site: BuiltSite;
beforeAll(async () => {
	site = await buildExampleSiteUnderBase();
});
afterAll(() => site?.remove());

/** Every file under `dir`, relative to it. */
function files(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

describe('the example built under another address', () => {
	const configured = (parse(readFileSync(join(REPO_ROOT, 'catalogue.yaml'), 'utf8')) as { site: { url: string } }).site.url;

	it('names catalogue.yaml’s address in no machine-readable file, nor in the pages’ schema.org blocks', () => {
		const machineReadable = files(site.dir).filter(
			// data/ holds the ministries' own files, edit/ each dataset's record as its steward wrote it (for the
			// editor): what they say is theirs, not an address the build chose.
			(file) => /\.(ttl|jsonld|json|xml|txt|csv)$/.test(file) && !file.startsWith('pagefind/') && !file.startsWith('data/') && !file.startsWith('edit/'),
		);
		for (const name of [
			'catalog.ttl',
			'catalog.jsonld',
			'data.json',
			'sitemap.xml',
			'robots.txt',
			'en/feed.xml',
			'inventory.json',
			'datasets/traffic-volumes.jsonld',
		])
			expect(machineReadable).toContain(name);
		for (const file of machineReadable) {
			const text = readFileSync(join(site.dir, file), 'utf8');
			expect(text.includes(configured), file).toBe(false);
		}
		for (const lang of ['en', 'fr']) {
			const html = readFileSync(join(site.dir, lang, 'datasets/traffic-volumes/index.html'), 'utf8');
			const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
			expect(block, lang).toBeDefined();
			expect(block!.includes(configured), lang).toBe(false);
			expect(block).toContain(`${EXAMPLE_UNDER_BASE.siteUrl}${EXAMPLE_UNDER_BASE.base}data/mto/permanent-counting-stations-2025.csv`);
		}
	});

	it('gives the data files kept with the site at the built address in catalog.ttl and data.json', () => {
		const file = `${EXAMPLE_UNDER_BASE.siteUrl}${EXAMPLE_UNDER_BASE.base}data/mto/permanent-counting-stations-2025.csv`;
		expect(readFileSync(join(site.dir, 'catalog.ttl'), 'utf8')).toContain(`<${file}>`);
		expect(readFileSync(join(site.dir, 'data.json'), 'utf8')).toContain(`"downloadURL": "${file}"`);
	});

	it('writes a robots.txt that says crawlers will not read it under the base path', () => {
		const robots = readFileSync(join(site.dir, 'robots.txt'), 'utf8');
		expect(robots).toContain(`not under ${EXAMPLE_UNDER_BASE.base}`);
		expect(robots).toContain(`Sitemap: ${EXAMPLE_UNDER_BASE.siteUrl}${EXAMPLE_UNDER_BASE.base}sitemap.xml`);
	});
});
