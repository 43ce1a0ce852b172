import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterEach, describe, expect, it } from 'vitest';
import { useFirstPage } from '../../src/components/search/first-page.ts';
import type { RankedResults } from '../../src/components/search/ranked-results.ts';
import { trimmedExcerpt } from '../../src/components/search/results-view.ts';
import { writeFirstPages } from '../../src/integrations/first-pages.ts';
import { shortenPageIds } from '../../src/integrations/pagefind-page-ids.ts';
import { FIRST_PAGE_VERSION, pagefindExcerpt, pagefindUrl, type FirstPage } from '../../src/lib/search/first-page.ts';

let dir: string | undefined;
afterEach(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
	dir = undefined;
});

describe("Pagefind's result data for no search term", () => {
	it('gives the first 30 words as the excerpt, joined by single spaces, with < and > escaped', () => {
		const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
		expect(pagefindExcerpt(words.join(' \n '))).toBe(words.slice(0, 30).join(' '));
		expect(pagefindExcerpt('Less <than> 5')).toBe('Less &lt;than&gt; 5');
		expect(pagefindExcerpt('  short text ')).toBe('short text');
		// Pagefind's zero-width-space separated text (Chinese, Japanese, Thai) is joined without spaces.
		expect(pagefindExcerpt('交通\u200B量')).toBe('交通量');
	});

	it('puts the address under the base URL as Pagefind does', () => {
		expect(pagefindUrl('/', '/en/datasets/a/')).toBe('/en/datasets/a/');
		expect(pagefindUrl('/catalogue/', '/en/datasets/a/')).toBe('/catalogue/en/datasets/a/');
		expect(pagefindUrl('https://example.org/c/', '/en/datasets/a/')).toBe('https://example.org/c/en/datasets/a/');
		expect(pagefindUrl('/', 'https://elsewhere.example/x')).toBe('https://elsewhere.example/x');
	});
});

describe('writeFirstPages', () => {
	it("writes the index's first ten pages in its order, with the excerpt as a result shows it", async () => {
		dir = mkdtempSync(join(tmpdir(), 'odc-first-page-'));
		const { index } = await pagefind.createIndex({});
		const text = `${'word '.repeat(40)}end`;
		for (let i = 0; i < 12; i++)
			await index!.addHTMLFile({
				url: `/en/datasets/d${i}/`,
				content: `<html lang="en"><body><div data-pagefind-body><h1 data-pagefind-meta="title">Dataset ${i}</h1><p>${text}</p></div></body></html>`,
			});
		const outputPath = join(dir, 'pagefind');
		await index!.writeFiles({ outputPath });
		await pagefind.close();
		const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
		await shortenPageIds(outputPath, 'en', entry.languages.en!.hash);
		expect(await writeFirstPages(outputPath)).toEqual(['first-page.en.json']);
		const file = JSON.parse(readFileSync(join(outputPath, 'first-page.en.json'), 'utf8')) as FirstPage;
		expect(file.version).toBe(FIRST_PAGE_VERSION);
		expect(file.results.map((result) => result.url)).toEqual(Array.from({ length: 10 }, (_, i) => `/en/datasets/d${i}/`));
		expect(file.results.map((result) => result.id)).toEqual(Array.from({ length: 10 }, (_, i) => expect.stringMatching(new RegExp(`^en_[0-9a-f]{10}_${i}$`))));
		expect(file.results[0]!.meta.title).toBe('Dataset 0');
		// The title the excerpt starts with is cut off, and the excerpt ends inside the text.
		expect(file.results[0]!.shown).toBe(`${'word '.repeat(28).trim()} …`);
		// Pagefind's text of the page: the heading, a full stop after it, the paragraph.
		const content = `Dataset 0. ${text}`;
		expect(file.results[0]!.shown).toBe(trimmedExcerpt({ url: '', excerpt: pagefindExcerpt(content), content, meta: { title: 'Dataset 0' } }));
		// A meta file of another shape (another Pagefind version): no file, and the search page fetches the fragments.
		writeFileSync(join(outputPath, `pagefind.${entry.languages.en!.hash}.pf_meta`), gzipSync(Buffer.from('pagefind_dcd\x01')));
		rmSync(join(outputPath, 'first-page.en.json'));
		expect(await writeFirstPages(outputPath)).toEqual([]);
		expect(existsSync(join(outputPath, 'first-page.en.json'))).toBe(false);
	}, 30_000);
});

describe('useFirstPage', () => {
	const everyPage = (ids: string[]): RankedResults => ({
		key: '',
		ids,
		relaxed: false,
		byId: new Map(ids.map((id) => [id, { id, data: () => Promise.reject(new Error(`fetched ${id}`)) }])),
	});
	const file = (ids: string[]): FirstPage => ({
		version: FIRST_PAGE_VERSION,
		results: ids.map((id) => ({ id, url: `/en/datasets/${id}/`, shown: `about ${id}`, meta: { title: id } })),
	});

	it("gives the listing's first results the file's data, under the site's base", async () => {
		const results = everyPage(['a', 'b', 'c']);
		expect(useFirstPage(results, file(['a', 'b']), '/site/')).toBe(true);
		expect(await results.byId.get('b')!.data()).toEqual({ url: '/site/en/datasets/b/', excerpt: 'about b', shown: 'about b', meta: { title: 'b' } });
		await expect(results.byId.get('c')!.data()).rejects.toThrow('fetched c');
	});

	it('leaves the results as they are when the file lists other pages, or none', async () => {
		for (const page of [file(['b', 'a']), file(['a', 'x']), file(['a', 'b', 'c', 'd']), file([]), undefined]) {
			const results = everyPage(['a', 'b', 'c']);
			expect(useFirstPage(results, page, '/')).toBe(false);
			await expect(results.byId.get('a')!.data()).rejects.toThrow('fetched a');
		}
	});
});
