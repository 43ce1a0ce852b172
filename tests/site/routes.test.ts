import { describe, expect, it } from 'vitest';
import { absoluteUrl, assetHref, href, normalizeBase, pageParam, pagedPath, routePath, themeSlug, withBase, type Route } from '../../src/lib/routes.ts';

describe('routePath', () => {
	const cases: [Route, string][] = [
		[{ page: 'home' }, '/fr/'],
		[{ page: 'datasets' }, '/fr/datasets/'],
		[{ page: 'datasets', pageNumber: 1 }, '/fr/datasets/'],
		[{ page: 'datasets', pageNumber: 2 }, '/fr/datasets/page/2/'],
		[{ page: 'dataset', id: 'traffic-volumes' }, '/fr/datasets/traffic-volumes/'],
		[{ page: 'publishers' }, '/fr/publishers/'],
		[{ page: 'publisher', id: 'mto' }, '/fr/publishers/mto/'],
		[{ page: 'publisher', id: 'mto', pageNumber: 3 }, '/fr/publishers/mto/page/3/'],
		[{ page: 'themes' }, '/fr/themes/'],
		[{ page: 'fields' }, '/fr/docs/fields/'],
		[{ page: 'guide', slug: 'publish-a-dataset' }, '/fr/docs/publish-a-dataset/'],
		[{ page: 'theme', code: 'TRAN' }, '/fr/themes/tran/'],
		[{ page: 'theme', code: 'TRAN', pageNumber: 2 }, '/fr/themes/tran/page/2/'],
		[{ page: 'search' }, '/fr/search/'],
		[{ page: 'feedback' }, '/fr/feedback/'],
		[{ page: 'requests' }, '/fr/requests/'],
		[{ page: 'request', id: 'bridge-inspection-reports' }, '/fr/requests/bridge-inspection-reports/'],
	];
	it.each(cases)('%o → %s', (route, path) => {
		expect(routePath('fr', route)).toBe(path);
	});

	it('uses the same slugs in every language', () => {
		expect(routePath('en', { page: 'dataset', id: 'x' }).slice(3)).toBe(routePath('fr', { page: 'dataset', id: 'x' }).slice(3));
	});

	it('percent-encodes identifiers so no metadata can break out of its path segment', () => {
		expect(routePath('en', { page: 'dataset', id: '../x?y#z' })).toBe('/en/datasets/..%2Fx%3Fy%23z/');
	});
});

describe('href with a base path', () => {
	it('prefixes every link with the base path', () => {
		expect(href('en', { page: 'home' }, '/catalogue/')).toBe('/catalogue/en/');
		expect(href('fr', { page: 'datasets', pageNumber: 2 }, '/catalogue/')).toBe('/catalogue/fr/datasets/page/2/');
		expect(href('en', { page: 'theme', code: 'HEAL' }, '/org/catalogue/')).toBe('/org/catalogue/en/themes/heal/');
		expect(href('fr', { page: 'guide', slug: 'publish-a-dataset' }, '/catalogue/')).toBe('/catalogue/fr/docs/publish-a-dataset/');
	});

	it('accepts a base written without slashes and the root base', () => {
		expect(href('en', { page: 'publishers' }, 'catalogue')).toBe('/catalogue/en/publishers/');
		expect(href('en', { page: 'publishers' }, '/')).toBe('/en/publishers/');
		expect(href('en', { page: 'publishers' }, '')).toBe('/en/publishers/');
	});

	it("defaults to the build's base path (/ under vitest)", () => {
		expect(href('en', { page: 'home' })).toBe('/en/');
	});

	it('prefixes files in public/ too', () => {
		expect(assetHref('favicon.svg', '/catalogue/')).toBe('/catalogue/favicon.svg');
	});
});

describe('helpers', () => {
	it('normalizes base paths', () => {
		expect(normalizeBase('/a/b')).toBe('/a/b/');
		expect(normalizeBase('//a//')).toBe('/a/');
		expect(withBase('/en/', '/a/')).toBe('/a/en/');
	});

	it('keeps page 1 at the list address and matches the rest parameter to the path', () => {
		expect(pagedPath('/en/datasets/', 1)).toBe('/en/datasets/');
		expect(pagedPath('/en/datasets/', 4)).toBe('/en/datasets/page/4/');
		expect(pageParam(1)).toBeUndefined();
		expect(`/en/datasets/${pageParam(4)}/`).toBe(pagedPath('/en/datasets/', 4));
	});

	it('lower-cases theme codes', () => {
		expect(themeSlug('ENVI')).toBe('envi');
	});

	it('makes absolute addresses for canonical links, keeping the base', () => {
		expect(absoluteUrl('/catalogue/en/', 'https://ontario.github.io')).toBe('https://ontario.github.io/catalogue/en/');
		expect(absoluteUrl('/en/', undefined)).toBe('/en/');
	});
});
