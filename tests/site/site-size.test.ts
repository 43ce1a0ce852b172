import { describe, expect, it } from 'vitest';
import { formatSize, GITHUB_PAGES_MAX_BYTES, siteSizeLines, warningLine } from '../../src/lib/build/site-size.ts';

describe('formatSize', () => {
	it('says a size in the largest unit under it', () => {
		expect([0, 1023, 1024, 1536, 24_200_000, 1_272_000_000].map(formatSize)).toEqual(['0 bytes', '1023 bytes', '1.00 KB', '1.50 KB', '23.1 MB', '1.18 GB']);
	});
});

describe('siteSizeLines', () => {
	it('says how large the site is', () => {
		expect(siteSizeLines('dist', { files: 472, bytes: 24_200_000 })).toEqual({ info: 'Site written to dist: 472 files, 23.1 MB' });
	});

	it('warns, naming the folder and the limit, when GitHub Pages would not publish the site whole', () => {
		expect(siteSizeLines('dist', { files: GITHUB_PAGES_MAX_BYTES, bytes: GITHUB_PAGES_MAX_BYTES })).not.toHaveProperty('warning');
		expect(siteSizeLines('/srv/site', { files: 64_299, bytes: GITHUB_PAGES_MAX_BYTES + 1 })).toMatchInlineSnapshot(`
			{
			  "info": "Site written to /srv/site: 64,299 files, 1.00 GB",
			  "warning": "/srv/site: the site is 1.00 GB, more than the 1 GB GitHub Pages publishes; deploying it there may fail (docs/stewards.md, "Deploy on GitHub Pages", says what to do)",
			}
		`);
	});
});

describe('warningLine', () => {
	it('is a workflow command in GitHub Actions, its data escaped, and a plain line elsewhere', () => {
		expect(warningLine('dist: 100% too large', false)).toBe('Warning: dist: 100% too large');
		expect(warningLine('dist: 100% too large\nsee the guide', true)).toBe(
			'::warning title=Site larger than GitHub Pages publishes::dist: 100%25 too large%0Asee the guide',
		);
	});
});
