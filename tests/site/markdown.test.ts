import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { isSafeLinkTarget, markdownExcerpt, renderMarkdown, safeHref } from '../../src/lib/render/markdown.ts';
import { mailtoUrl } from '../../src/lib/mailto.ts';

/** The href values in some HTML. */
function hrefs(html: string): string[] {
	return [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
}

describe('renderMarkdown: untrusted input is neutralised', () => {
	it('escapes script tags instead of injecting them', () => {
		const html = renderMarkdown('Hello <script>alert(1)</script>');
		expect(html).not.toContain('<script');
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
	});

	it('escapes raw HTML with event handlers, so no attribute reaches the page', () => {
		const html = renderMarkdown('<img src=x onerror=alert(1)>\n\n<div onclick="x()">a</div>');
		expect(html).not.toMatch(/<img|<div/);
		expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
	});

	it('escapes raw HTML links', () => {
		const html = renderMarkdown('<a href="javascript:alert(1)">x</a>');
		expect(hrefs(html)).toEqual([]);
	});

	it.each([
		'[x](javascript:alert(1))',
		'[x](JaVaScRiPt:alert(1))',
		'[x](  javascript:alert(1))',
		'[x](&#106;avascript:alert(1))',
		'[x](java%73cript:alert(1))',
		'[x](vbscript:msgbox(1))',
		'[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
		'[x](file:///etc/passwd)',
		'[x](/relative/path)',
		'[x](//evil.example/)',
		'<javascript:alert(1)>',
	])('renders %s as text, not as a link', (source) => {
		const html = renderMarkdown(source);
		expect(hrefs(html)).toEqual([]);
		expect(html).not.toContain('<a');
	});

	it('does not render images (no remote loads, no alt-less images)', () => {
		const html = renderMarkdown('![chart](https://example.org/x.png)');
		expect(html).not.toContain('<img');
	});

	it('keeps HTML entities as visible text, never as markup', () => {
		const html = renderMarkdown('&lt;b&gt;bold&lt;/b&gt; &#x3C;script&#x3E; &amp;');
		expect(html).not.toContain('<b>');
		expect(html).not.toContain('<script');
		expect(html).toContain('&lt;b&gt;bold&lt;/b&gt;');
		expect(html).toContain('&lt;script&gt;');
	});

	it('escapes quotes in link targets so they cannot open an attribute', () => {
		const html = renderMarkdown('[x](https://example.org/"onmouseover="alert(1))');
		for (const target of hrefs(html)) expect(target).not.toContain('"');
		expect(html).not.toMatch(/\sonmouseover=/);
	});
});

describe('renderMarkdown: what is allowed', () => {
	it('renders http, https and mailto links, web ones with rel="nofollow noopener"', () => {
		const html = renderMarkdown('[a](https://example.org/a?b=1&c=2) [b](http://example.org) [c](mailto:data@ontario.ca)');
		expect(hrefs(html)).toEqual(['https://example.org/a?b=1&amp;c=2', 'http://example.org', 'mailto:data@ontario.ca']);
		expect(html.match(/rel="nofollow noopener"/g)).toHaveLength(2);
		expect(html).not.toContain('target=');
	});

	it('links bare web addresses, but not bare domains', () => {
		expect(hrefs(renderMarkdown('See https://example.org/x.'))).toEqual(['https://example.org/x']);
		expect(renderMarkdown('See www.ontario.ca/data or ontario.ca.')).toBe('<p>See www.ontario.ca/data or ontario.ca.</p>\n');
	});

	it('links in text exactly what linkify-it finds, though it asks linkify-it only about texts that may hold a link', () => {
		const reference = new MarkdownIt('default', { html: false, linkify: true, typographer: false });
		reference.linkify.set({ fuzzyLink: false });
		reference.validateLink = isSafeLinkTarget;
		const texts = [
			'See https://example.org/x and http://example.org.',
			'Write to data@ontario.ca or mailto:open@example.org today',
			'Protocol-relative //cdn.example.org/file.csv and ftp://files.example.org/a.csv',
			'Bare domains: example.com, www.ontario.ca/data, пример.рф and xn--80ak6aa92e.xn--p1ai.',
			'Prose with none: 63,068 rows. Revised yearly; e.g. in 2019 the figures changed.',
			'Dots and ats in odd places: 1.5 million, a .com, end.\nNext line @ noon, //',
			'Inside a [link to example.org](https://example.org) and after it example.net',
		];
		for (const text of texts) expect(hrefs(renderMarkdown(text)), text).toEqual(hrefs(reference.render(text)));
		expect(hrefs(renderMarkdown(texts.join('\n\n')))).toEqual([
			'https://example.org/x',
			'http://example.org',
			'mailto:data@ontario.ca',
			'mailto:open@example.org',
			'https://example.org',
		]);
	});

	it('renders paragraphs, lists and emphasis', () => {
		const html = renderMarkdown('One *two* **three**\n\n- a\n- b');
		expect(html).toContain('<em>two</em>');
		expect(html).toContain('<strong>three</strong>');
		expect(html).toContain('<ul>\n<li>a</li>');
	});

	it('moves headings down so metadata never adds an h1 or skips a level', () => {
		const tags = (html: string) => [...html.matchAll(/<(h\d)>/g)].map((m) => m[1]);
		expect(renderMarkdown('# A\n\n## B')).toBe('<h3>A</h3>\n<h4>B</h4>\n');
		expect(renderMarkdown('# A', { headingStart: 2 })).toBe('<h2>A</h2>\n');
		expect(tags(renderMarkdown('## Method'))).toEqual(['h3']);
		expect(tags(renderMarkdown('##### A'))).toEqual(['h3']);
		expect(tags(renderMarkdown('# A\n\n### B\n\n# C'))).toEqual(['h3', 'h4', 'h3']);
		expect(tags(renderMarkdown('### A\n\n# B\n\n###### C'))).toEqual(['h3', 'h3', 'h4']);
		expect(tags(renderMarkdown('# 1\n## 2\n### 3\n#### 4\n##### 5', { headingStart: 4 }))).toEqual(['h4', 'h5', 'h6', 'h6', 'h6']);
	});
});

describe('link helpers', () => {
	it('allows only http, https and mailto', () => {
		expect(isSafeLinkTarget('https://a.b')).toBe(true);
		expect(isSafeLinkTarget('MAILTO:a@b.c')).toBe(true);
		expect(isSafeLinkTarget('javascript:alert(1)')).toBe(false);
		expect(isSafeLinkTarget('data:text/html,x')).toBe(false);
	});

	it('safeHref refuses unsafe or malformed metadata URLs', () => {
		expect(safeHref('https://data.ontario.ca/x.csv')).toBe('https://data.ontario.ca/x.csv');
		expect(safeHref(' https://a.b ')).toBe('https://a.b');
		expect(safeHref('javascript:alert(1)')).toBeUndefined();
		expect(safeHref('https://a.b/\nx')).toBeUndefined();
		expect(safeHref(undefined)).toBeUndefined();
	});

	it('mailtoUrl only links plain addresses', () => {
		expect(mailtoUrl('opendata@ontario.ca')).toBe('mailto:opendata@ontario.ca');
		expect(mailtoUrl('not an address')).toBeUndefined();
		expect(mailtoUrl('a@b.c?subject=<x>')).toBeUndefined();
		expect(mailtoUrl('opendata%40example.org?bcc=attacker@evil.example')).toBeUndefined();
		expect(mailtoUrl('a&b@example.org')).toBeUndefined();
		const links = hrefs(renderMarkdown('[a](mailto:data@ontario.ca?bcc=evil@example.org) [b](mailto:data@ontario.ca)'));
		expect(links).toContain('mailto:data@ontario.ca');
		expect(links.filter((href) => /bcc|evil/.test(href))).toEqual([]);
		expect(
			mailtoUrl("o'brien+data@example.org", [
				['subject', 'Hello & bye?'],
				['body', undefined],
			]),
		).toBe("mailto:o'brien%2Bdata@example.org?subject=Hello%20%26%20bye%3F");
	});
});

describe('markdownExcerpt', () => {
	it('gives the plain text of the first paragraph', () => {
		expect(markdownExcerpt('# Title\n\nFirst **bold** [link](https://x.y) `code`\nline.\n\nSecond.')).toBe('First bold link code line.');
	});

	it('returns plain text: raw HTML stays literal characters for the template to escape', () => {
		expect(markdownExcerpt('<script>x</script> text')).toBe('<script>x</script> text');
	});

	it('cuts long text at a word boundary with an ellipsis', () => {
		const excerpt = markdownExcerpt('word '.repeat(100), 50);
		expect(excerpt.length).toBeLessThanOrEqual(50);
		expect(excerpt).toMatch(/word…$/);
	});
});
