/**
 * What the pages make once per language rather than per page: the frame's site name, feed title,
 * feedback origin and policy (page-frame.ts), the header's and footer's links (frame-links.ts), the quality table's names and sums (quality-table.ts)
 * and the export IRIs (site-iris.ts). Each must equal what the page made itself before.
 */
import { describe, expect, it } from 'vitest';
import { t, formatNumber } from '../../src/lib/i18n/translate.ts';
import type { Catalogue } from '../../src/lib/model/catalogue.ts';
import { DIMENSIONS, INDICATORS } from '../../src/lib/quality/indicators.ts';
import { href, metadataHref } from '../../src/lib/routes.ts';
import { contentSecurityPolicy, devServerPolicy } from '../../src/lib/site/content-security-policy.ts';
import { frameLinks } from '../../src/lib/site/frame-links.ts';
import { SECTIONS } from '../../src/lib/site/navigation.ts';
import { pageFrame, pagePolicy } from '../../src/lib/site/page-frame.ts';
import { qualityTable } from '../../src/lib/site/quality-table.ts';
import { siteIris } from '../../src/lib/site/site-iris.ts';
import { makeCatalogue } from './fixtures.ts';

describe('pageFrame', () => {
	const withEndpoint = (): Catalogue => {
		const catalogue = makeCatalogue([]);
		return {
			...catalogue,
			config: { ...catalogue.config, title: { en: 'Open data' }, feedback: { channel: 'endpoint', endpoint: 'https://forms.example/intake' } },
		};
	};

	it('writes the site name (with fallback), the feed title and the feedback origin of the language', () => {
		const catalogue = withEndpoint();
		const frame = pageFrame(catalogue, 'fr');
		expect(frame.siteName).toBe('Open data');
		expect(frame.feedTitle).toBe(t('fr', 'site.feedTitle', { site: 'Open data' }));
		expect(frame.feedback).toEqual(['https://forms.example']);
		expect(frame.policy).toBe(contentSecurityPolicy({ connect: ['https://forms.example'], formAction: ['https://forms.example'] }));
	});

	it('is made once per catalogue and language', () => {
		const catalogue = withEndpoint();
		expect(pageFrame(catalogue, 'en')).toBe(pageFrame(catalogue, 'en'));
		expect(pageFrame(catalogue, 'en')).not.toBe(pageFrame(catalogue, 'fr'));
		expect(pageFrame(makeCatalogue([]), 'en').feedback).toEqual([]);
	});

	it('gives a page with data origins the policy the layout made itself: data servers first, then the endpoint', () => {
		const frame = pageFrame(withEndpoint(), 'en');
		const data = ['https://data.example', 'https://forms.example'];
		expect(pagePolicy(frame, data)).toBe(contentSecurityPolicy({ connect: [...data, 'https://forms.example'], formAction: ['https://forms.example'] }));
		expect(pagePolicy(frame, [])).toBe(frame.policy);
	});
});

describe('qualityTable', () => {
	it('groups every indicator under its dimension, in order, with the names and sums the page wrote', () => {
		for (const lang of ['en', 'fr'] as const) {
			const table = qualityTable(lang);
			expect(table.map((row) => row.dimension)).toEqual([...DIMENSIONS]);
			expect(table.flatMap((row) => row.indicators.map(({ at }) => at)).sort((a, b) => a - b)).toEqual(INDICATORS.map((_, at) => at));
			for (const row of table) {
				expect(row.label).toBe(t(lang, `quality.dimension.${row.dimension}`));
				const inRow = INDICATORS.filter((indicator) => indicator.dimension === row.dimension);
				expect(row.indicators.map(({ indicator }) => indicator)).toEqual(inRow);
				expect(row.max).toBe(
					formatNumber(
						inRow.reduce((sum, indicator) => sum + indicator.points, 0),
						lang,
					),
				);
				for (const { indicator, at, label } of row.indicators) {
					expect(INDICATORS[at]).toBe(indicator);
					expect(label).toBe(t(lang, `quality.indicator.${indicator.id}`));
				}
			}
			expect(qualityTable(lang)).toBe(table);
		}
	});
});

describe('siteIris', () => {
	it('keeps one set of builders per catalogue and site address', () => {
		const catalogue = makeCatalogue([]);
		const site = new URL('https://example.org/');
		expect(siteIris(catalogue, site)).toBe(siteIris(catalogue, new URL('https://example.org/')));
		expect(siteIris(catalogue, new URL('https://other.example/')).page('en', { page: 'home' })).toBe('https://other.example/en/');
		expect(siteIris(catalogue, site).page('fr', { page: 'dataset', id: 'x' })).toBe('https://example.org/fr/datasets/x/');
	});
});

describe('frameLinks', () => {
	it('writes the menu and the footer’s links of the language, once', () => {
		const links = frameLinks('fr');
		expect(links.home).toBe(href('fr', { page: 'home' }));
		expect(links.menu).toEqual(SECTIONS.map((section) => ({ route: section.route, href: href('fr', section.route), label: t('fr', section.label) })));
		expect(links.public[0]).toEqual({ href: href('fr', { page: 'feedback' }), label: t('fr', 'footer.feedback') });
		expect(links.stewards.map((link) => link.href)).toContain(href('fr', { page: 'guide', slug: 'answer-requests' }));
		expect(links.machineReadable.at(-1)).toEqual({ href: metadataHref({ feed: 'fr' }), type: 'application/atom+xml', label: t('fr', 'footer.feed') });
		expect(frameLinks('fr')).toBe(links);
	});
});

describe('devServerPolicy', () => {
	it('lets the dev server’s inline stylesheets apply, and nothing else', () => {
		const built = contentSecurityPolicy({ connect: ['https://forms.example'], formAction: ['https://forms.example'] });
		const dev = devServerPolicy(built);
		expect(dev).toContain("style-src 'self' 'unsafe-inline';");
		expect(dev.replace(" 'unsafe-inline'", '')).toBe(built);
		expect(dev).toContain("script-src 'self';");
	});
});
