/**
 * A Markdown text is parsed once for the forms a page uses (HTML, excerpt, plain text, the excerpt of
 * each line for schema.org): each form must be what it was when every use parsed the text itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { markdownExcerpt, markdownLineExcerpts, markdownPlainText, renderMarkdown } from '../../src/lib/render/markdown.ts';
import { itWithShared, sharedPath } from '../support/shared-folder.ts';

/** What {@link markdownLineExcerpts} must equal: each line parsed on its own. */
const eachLineAlone = (source: string, maxLength: number) => source.split('\n').map((line) => markdownExcerpt(line, maxLength));

/** Texts whose lines a whole parse shows as they are alone, and texts where it cannot. */
const TEXTS = [
	'Data on **roads**, by month.\n\nFor each row:\n\n- the rate;\n- a [count](https://example.org/c).\n\nSee www.example.org.',
	'# Title\n\nText\n\n## Sub\n\n1. one\n2. two\n\n> quoted',
	'- a\n\n  second paragraph of a\n  - nested b',
	// Lines that read differently alone: code, a fence, a table, a setext heading, a lazy continuation,
	// a link reference and its definition, an indented list, a tab, CRLF, a rule, an empty item.
	'Text\n\n    indented code\n\nafter',
	'```\ncode *not emphasis*\n```',
	'| a | b |\n|---|---|\n| *1* | 2 |',
	'Title\n=====\n\ntext',
	'> a\nlazy continuation',
	'[label][ref] here\n\n[ref]: https://example.org/r',
	'- a\n\n    - four-space child',
	'a\n\t- tabbed',
	'one\r\ntwo *x*',
	'before\n\n---\n\nafter',
	'-\n  item on the next line',
	'*emphasis\nacross lines*',
	'a\n\u00a0\nb',
];

describe('markdownLineExcerpts', () => {
	it.each(TEXTS)('equals each line parsed alone: %j', (text) => {
		expect(markdownLineExcerpts(text, 5000)).toEqual(eachLineAlone(text, 5000));
		expect(markdownLineExcerpts(text, 12)).toEqual(eachLineAlone(text, 12));
	});

	itWithShared('equals each line parsed alone for every multi-line text of the real catalogues', () => {
		const texts = multiLineStrings(sharedPath('realdata'));
		expect(texts.length).toBeGreaterThan(400);
		const differing = texts.filter((text) => JSON.stringify(markdownLineExcerpts(text, 5000)) !== JSON.stringify(eachLineAlone(text, 5000)));
		expect(differing).toEqual([]);
	});
});

describe('the forms of one parse', () => {
	it('are the same whichever is asked first, and asking again gives the same', () => {
		const text = '# Heading\n\nFirst *paragraph* with [a link](https://example.org).\n\n- item';
		const html = renderMarkdown(text);
		const excerpt = markdownExcerpt(text, 20);
		const plain = markdownPlainText(text);
		expect(html).toBe(
			'<h3>Heading</h3>\n<p>First <em>paragraph</em> with <a href="https://example.org" rel="nofollow noopener">a link</a>.</p>\n<ul>\n<li>item</li>\n</ul>\n',
		);
		expect(excerpt).toBe('First paragraph…');
		expect(plain).toBe('Heading First paragraph with a link. item');
		const other = `${text}\n`;
		expect([markdownPlainText(other), markdownExcerpt(other, 20), renderMarkdown(other)]).toEqual([plain, excerpt, html]);
		expect(renderMarkdown(text)).toBe(html);
	});

	it('renders another heading level from a fresh parse, not from the renumbered one', () => {
		const text = '# Top\n\n## Second\n\ntext';
		expect(renderMarkdown(text)).toContain('<h3>Top</h3>\n<h4>Second</h4>');
		expect(renderMarkdown(text, { headingStart: 2 })).toContain('<h2>Top</h2>\n<h3>Second</h3>');
		expect(renderMarkdown(text)).toContain('<h3>Top</h3>\n<h4>Second</h4>');
	});

	it('keeps giving each text its own forms when many texts pass through', () => {
		const texts = Array.from({ length: 40 }, (_, i) => `Text number ${i}\n\nmore`);
		const first = texts.map((text) => markdownExcerpt(text));
		expect(texts.map((text) => renderMarkdown(text))).toEqual(texts.map((_, i) => `<p>Text number ${i}</p>\n<p>more</p>\n`));
		expect(texts.map((text) => markdownExcerpt(text))).toEqual(first);
		expect(first[7]).toBe('Text number 7');
	});
});

/** Every string with a line break in the YAML, JSON and Markdown files under `dir`. */
function multiLineStrings(dir: string): string[] {
	const found: string[] = [];
	const collect = (value: unknown): void => {
		if (typeof value === 'string') {
			if (value.includes('\n')) found.push(value);
		} else if (Array.isArray(value)) value.forEach(collect);
		else if (value && typeof value === 'object') Object.values(value).forEach(collect);
	};
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		const text = readFileSync(path, 'utf8');
		try {
			if (/\.ya?ml$/.test(path)) collect(parse(text));
			else if (/\.json$/.test(path)) collect(JSON.parse(text));
			else if (/\.(jsonl|jl)$/.test(path)) for (const line of text.split('\n').filter((l) => l.trim())) collect(JSON.parse(line));
			else if (/\.md$/.test(path)) found.push(text);
		} catch {
			// A file that is not valid YAML or JSON has no strings to compare; the importer tests read those.
		}
	}
	return found;
}
