import { describe, expect, it } from 'vitest';
import { toDcatApDataset } from '../../src/lib/export/dcat-ap/catalogue.ts';
import { markdownPlainText } from '../../src/lib/render/plain-text.ts';
import { loadFixture } from '../export/support.ts';

describe('markdownPlainText', () => {
	it('keeps the words and drops the markup, with paragraphs, list items and link addresses', () => {
		const markdown =
			'## Method\n\nCounts **per day**, from *permanent* stations.\nSee [the method](https://example.org/m) or <https://example.org/raw>.\n\n- one `code`\n- two\n\n3. third\n4. fourth';
		expect(markdownPlainText(markdown)).toBe(
			'Method\n\nCounts per day, from permanent stations. See the method (https://example.org/m) or https://example.org/raw.\n\n- one code\n- two\n\n3. third\n4. fourth',
		);
	});

	it('never passes raw HTML on as markup, and leaves plain text as it is', () => {
		expect(markdownPlainText('Tom & Jerry <b>bold</b>')).toBe('Tom & Jerry <b>bold</b>');
		expect(markdownPlainText('Just words.')).toBe('Just words.');
		expect(markdownPlainText('')).toBe('');
	});
});

describe('the DCAT-AP export’s texts', () => {
	it('give dct:description and rights statements as plain text, without Markdown markup', async () => {
		const catalogue = await loadFixture('.');
		const withMarkup = catalogue.datasets.find((dataset) => /\*\*|\]\(/.test(dataset.description.en ?? ''));
		expect(withMarkup, 'an example dataset whose description uses Markdown').toBeDefined();
		const text = JSON.stringify(toDcatApDataset(catalogue, withMarkup!.identifier, { siteUrl: 'https://example.org', base: '/' }));
		const descriptions = [...text.matchAll(/"description":\[(.*?)\]/g)].map((match) => match[1]!);
		expect(descriptions.length).toBeGreaterThan(0);
		for (const description of descriptions) expect(description).not.toMatch(/\*\*|\]\(/);
		const restricted = catalogue.datasets.find((dataset) => dataset.access_level === 'restricted' && /\*\*/.test(dataset.rationale?.en ?? ''))!;
		const rights = JSON.stringify(toDcatApDataset(catalogue, restricted.identifier, { siteUrl: 'https://example.org', base: '/' }));
		expect(rights).toContain('RightsStatement');
		expect(rights).not.toMatch(/\*\*|\]\(/);
	});
});
