import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guideLocation, listGuides } from '../../src/lib/docs/guides.ts';

describe('guides', () => {
	it('reads the language and slug from the path', () => {
		expect(guideLocation('../../../content/docs/fr/publish-a-dataset.mdx')).toEqual({ lang: 'fr', slug: 'publish-a-dataset' });
		expect(guideLocation('../../../content/docs/publish-a-dataset.mdx')).toBeUndefined();
	});

	it('refuses a guide without a title or a description', () => {
		expect(() => listGuides({ '/docs/en/x.mdx': { frontmatter: { title: 'X' } as any, default: null } })).toThrow(/title and a description/);
		expect(listGuides({ '/docs/en/x.mdx': { frontmatter: { title: 'X', description: 'Y' }, default: null } })).toHaveLength(1);
	});

	it('has every guide in both languages, under the same slug', () => {
		const en = readdirSync('src/content/docs/en');
		expect(en).toContain('publish-a-dataset.mdx');
		expect(readdirSync('src/content/docs/fr').sort()).toEqual(en.sort());
		for (const file of en) expect(existsSync(`src/content/docs/fr/${file}`)).toBe(true);
	});
});
