import { describe, expect, it } from 'vitest';
import { catalogueIris } from '../../src/lib/export/dcat-ap/catalogue.ts';
import { toAtomFeed } from '../../src/lib/export/atom.ts';
import { robotsTxtNote, toRobotsTxt, toSitemap } from '../../src/lib/export/sitemap.ts';
import { escapeXml } from '../../src/lib/export/xml.ts';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { catalogueWith, cleanUp } from '../validate/support.ts';
import { loadFixture } from './support.ts';

const options = { siteUrl: 'https://example.org', base: '/catalogue/' };

describe('sitemap, robots.txt and Atom feeds', () => {
	it('lists every dataset page in every language, with alternates and its last change', async () => {
		const catalogue = await loadFixture('tests/fixtures/minimal');
		const xml = toSitemap(catalogue, catalogueIris(catalogue, options));
		expect(xml).toContain(
			'<url><loc>https://example.org/catalogue/fr/datasets/traffic-volumes/</loc><lastmod>2024-06-30</lastmod><xhtml:link rel="alternate" hreflang="en" href="https://example.org/catalogue/en/datasets/traffic-volumes/"/>',
		);
		expect(xml).toContain('<loc>https://example.org/catalogue/en/themes/tran/</loc>');
		expect(toRobotsTxt('https://example.org/catalogue/sitemap.xml')).toMatch(/^Sitemap: https:\/\/example\.org\/catalogue\/sitemap\.xml$/m);
	});

	it('lists the feedback form, the request log dated by its latest update, and each request', async () => {
		const request = (id: string, date: string) =>
			`id: ${id}\ntitle:\n  en: A request\n  fr: Une demande\ntype: request\nreceived: 2025-01-06\npublisher: mto\nupdates:\n  - date: ${date}\n    status: received\n`;
		const { catalogue } = await loadCatalogue(
			catalogueWith(undefined, { 'requests/older.yaml': request('older', '2025-01-06'), 'requests/newer.yaml': request('newer', '2025-03-01') }),
		);
		cleanUp();
		const xml = toSitemap(catalogue!, catalogueIris(catalogue!, options));
		expect(xml).toContain('<url><loc>https://example.org/catalogue/en/feedback/</loc><xhtml:link');
		expect(xml).toContain('<url><loc>https://example.org/catalogue/fr/requests/</loc><lastmod>2025-03-01</lastmod>');
		expect(xml).toContain(
			'<url><loc>https://example.org/catalogue/en/requests/older/</loc><lastmod>2025-01-06</lastmod><xhtml:link rel="alternate" hreflang="en" href="https://example.org/catalogue/en/requests/older/"/><xhtml:link rel="alternate" hreflang="fr" href="https://example.org/catalogue/fr/requests/older/"/></url>',
		);
	});

	it('gives each language a feed of recently updated datasets', async () => {
		const catalogue = await loadFixture('tests/fixtures/minimal');
		const feed = toAtomFeed(catalogue, 'fr', catalogueIris(catalogue, options), 'https://example.org/catalogue/fr/feed.xml');
		expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">');
		expect(feed).toContain('<entry><id>https://example.org/catalogue/fr/datasets/traffic-volumes/</id><title>Volumes de circulation</title>');
		expect(feed).toContain('<updated>2024-06-30T00:00:00Z</updated>');
	});

	it('lists the field reference and the guides it is given, in every language with alternates', async () => {
		const catalogue = await loadFixture('tests/fixtures/minimal');
		const xml = toSitemap(catalogue, catalogueIris(catalogue, options), ['publish-a-dataset']);
		expect(xml).toContain(
			'<url><loc>https://example.org/catalogue/fr/docs/publish-a-dataset/</loc><xhtml:link rel="alternate" hreflang="en" href="https://example.org/catalogue/en/docs/publish-a-dataset/"/>',
		);
		expect(xml).toContain('<url><loc>https://example.org/catalogue/en/docs/fields/</loc>');
	});

	it('says, under a base path, that crawlers will not read robots.txt there, and which line the host’s robots.txt needs', () => {
		const sitemap = 'https://example.org/catalogue/sitemap.xml';
		expect(toRobotsTxt(sitemap, '/catalogue/')).toMatch(/^# Crawlers read robots.txt only at the root of a host, not under \/catalogue\//);
		expect(toRobotsTxt(sitemap, '/catalogue/')).toMatch(/^Sitemap: https:\/\/example\.org\/catalogue\/sitemap\.xml$/m);
		expect(robotsTxtNote(sitemap, '/catalogue/')).toBe(
			'robots.txt: the site is served under /catalogue/, and crawlers read robots.txt only at https://example.org/robots.txt; for search engines to find the sitemap, add this line there: Sitemap: https://example.org/catalogue/sitemap.xml',
		);
		expect(toRobotsTxt('https://example.org/sitemap.xml', '/')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n');
		expect(robotsTxtNote('https://example.org/sitemap.xml', '/')).toBeUndefined();
	});

	it('escapes XML', () => {
		expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
	});
});
