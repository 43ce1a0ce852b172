import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, type BuiltSite } from '../browser/support/build.ts';
import { crawlSite, extractLinks, readSite, type SiteFiles } from '../support/link-crawl.ts';
import { buildSite } from './support.ts';

let site: BuiltSite;
let files: SiteFiles;

beforeAll(async () => {
	site = await buildSite(REPO_ROOT, { base: '/catalogue/' });
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
