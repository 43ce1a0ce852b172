import { describe, expect, it } from 'vitest';
import { crawlSite, extractIds, extractLinks, pageUrl } from '../support/link-crawl.ts';

/** A small site at /catalogue/ whose links all work. */
function goodSite(): Map<string, string> {
	return new Map([
		['index.html', '<a href="/catalogue/en/">English</a><link rel="stylesheet" href="/catalogue/_astro/site.css">'],
		[
			'en/index.html',
			'<a href="#main">Skip</a><main id="main"><a href="datasets/a/">A</a> <a href="/catalogue/en/datasets/a/#access">A access</a> <a href="https://example.org/catalogue/en/">self</a> <a href="https://elsewhere.example/x">out</a> <a href="mailto:x@example.org">mail</a> <a href="/catalogue/en/?q=a&amp;p=2">query</a></main>',
		],
		[
			'en/datasets/a/index.html',
			'<h2 id="access">Access</h2><a href="../../">Home</a><a href="../../../404.html">404</a><img src="/catalogue/favicon.svg" alt=""><!-- <a href="/nowhere/">commented out</a> -->',
		],
		['404.html', '<a href="/catalogue/en/">Home</a>'],
		['_astro/site.css', ''],
		['favicon.svg', ''],
	]);
}

describe('crawlSite', () => {
	it('passes a site whose internal links and anchors all resolve', () => {
		expect(crawlSite(goodSite(), { base: '/catalogue/', origin: 'https://example.org' })).toEqual([]);
	});

	it('finds a link to a missing page', () => {
		const site = goodSite();
		site.set('404.html', '<a href="/catalogue/en/datasets/missing/">Gone</a>');
		expect(crawlSite(site, { base: '/catalogue/' })).toEqual([
			{ page: '404.html', link: '/catalogue/en/datasets/missing/', reason: 'leads to no file (/catalogue/en/datasets/missing/)' },
		]);
	});

	it('finds a link that escapes the base path', () => {
		const site = goodSite();
		site.set('404.html', '<a href="/en/">Home</a>');
		expect(crawlSite(site, { base: '/catalogue/' })).toEqual([{ page: '404.html', link: '/en/', reason: 'is outside the base path /catalogue/' }]);
	});

	it('finds a broken anchor on the same page and on another page', () => {
		const site = goodSite();
		site.set('en/index.html', '<a href="#content">Skip</a><a href="datasets/a/#licence">Licence</a><main id="main"></main>');
		const broken = crawlSite(site, { base: '/catalogue/' });
		expect(broken.map((b) => [b.link, b.reason])).toEqual([
			['#content', 'has no target: no id "content" on this page'],
			['datasets/a/#licence', 'has no target: no id "licence" on en/datasets/a/index.html'],
		]);
	});

	it('checks absolute links to the site’s own origin', () => {
		const site = goodSite();
		site.set('404.html', '<link rel="canonical" href="https://example.org/catalogue/fr/">');
		expect(crawlSite(site, { base: '/catalogue/', origin: 'https://example.org' }).map((b) => b.link)).toEqual(['https://example.org/catalogue/fr/']);
		expect(crawlSite(site, { base: '/catalogue/' })).toEqual([]);
	});
});

describe('helpers', () => {
	it('reads links and ids from tags only, decoding entities', () => {
		expect(extractLinks('<p>href="/no/"</p><a class="x" href="/a/?b=1&amp;c=2">x</a><img src=\'/i.png\'>')).toEqual(['/a/?b=1&c=2', '/i.png']);
		expect([...extractIds('<h2 id="a&amp;b">x</h2><a name="old"></a><input name="q">')]).toEqual(['a&b', 'old']);
	});

	it('gives each file its address', () => {
		expect(pageUrl('index.html', '/catalogue/')).toBe('/catalogue/');
		expect(pageUrl('en/datasets/a/index.html', 'catalogue')).toBe('/catalogue/en/datasets/a/');
		expect(pageUrl('404.html')).toBe('/404.html');
	});
});
