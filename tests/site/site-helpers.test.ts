import { describe, expect, it } from 'vitest';
import { listSteps, trail } from '../../src/lib/site/breadcrumbs.ts';
import { describeDistribution } from '../../src/lib/site/distribution.ts';
import { listTitle } from '../../src/lib/site/list-title.ts';
import { menuCurrent } from '../../src/lib/site/navigation.ts';
import { languagePaths, siteLanguages } from '../../src/lib/site/site-languages.ts';
import { makeCatalogue } from './fixtures.ts';

describe('describeDistribution', () => {
	const { licenceById } = makeCatalogue([]);

	it('prefers the download link, takes the media type from the format, and the dataset’s licence', () => {
		const view = describeDistribution(
			{ title: { en: 'x' }, format: 'CSV', download_url: 'https://a.b/x.csv', access_url: 'https://a.b/' },
			{ licence: 'ogl' },
			licenceById,
		);
		expect(view.link).toEqual({ kind: 'download', href: 'https://a.b/x.csv' });
		expect(view.mediaType).toBe('text/csv');
		expect(view.licence?.id).toBe('ogl');
	});

	it('uses the distribution’s own licence and media type when it has them', () => {
		const view = describeDistribution(
			{ title: { en: 'x' }, format: 'REST', access_url: 'https://api.b/', media_type: 'application/geo+json', licence: 'cc0' },
			{ licence: 'ogl' },
			licenceById,
		);
		expect(view.link).toEqual({ kind: 'access', href: 'https://api.b/' });
		expect(view.mediaType).toBe('application/geo+json');
		expect(view.licence?.id).toBe('cc0');
	});

	it('never links an unsafe address', () => {
		const view = describeDistribution(
			{ title: { en: 'x' }, format: 'CSV', download_url: 'javascript:alert(1)', data_dictionary: 'data:text/html,x' },
			{},
			licenceById,
		);
		expect(view.link).toBeUndefined();
		expect(view.dataDictionaryHref).toBeUndefined();
		expect(view.licence).toBeUndefined();
	});
});

describe('menuCurrent', () => {
	it('marks the section’s own first page as the current page, and pages inside it as current', () => {
		expect(menuCurrent({ page: 'datasets' }, { page: 'datasets' })).toBe('page');
		expect(menuCurrent({ page: 'datasets' }, { page: 'datasets', pageNumber: 3 })).toBe('true');
		expect(menuCurrent({ page: 'datasets' }, { page: 'dataset', id: 'x' })).toBe('true');
		expect(menuCurrent({ page: 'themes' }, { page: 'theme', code: 'TRAN' })).toBe('true');
		expect(menuCurrent({ page: 'requests' }, { page: 'request', id: 'x' })).toBe('true');
		expect(menuCurrent({ page: 'requests' }, { page: 'feedback' })).toBeUndefined();
		expect(menuCurrent({ page: 'home' }, { page: 'datasets' })).toBeUndefined();
		expect(menuCurrent({ page: 'home' }, undefined)).toBeUndefined();
	});
});

describe('breadcrumbs', () => {
	it('starts at home and leaves the current page without a link', () => {
		const crumbs = trail('fr', { label: 'Jeux de données', route: { page: 'datasets' } }, { label: 'Roads', lang: 'en' });
		expect(crumbs).toEqual([
			{ label: 'Accueil', href: '/fr/' },
			{ label: 'Jeux de données', href: '/fr/datasets/', lang: undefined },
			{ label: 'Roads', href: undefined, lang: 'en' },
		]);
	});

	it('adds "Page n" after a list on its later pages', () => {
		const list = { label: 'Datasets', route: { page: 'datasets' } } as const;
		expect(listSteps('en', list, 1)).toEqual([{ label: 'Datasets', lang: undefined }]);
		expect(listSteps('en', list, 3)).toEqual([list, { label: 'Page 3' }]);
	});
});

describe('listTitle', () => {
	it('names later pages of a list', () => {
		expect(listTitle('en', 'Datasets', { pageNumber: 1, totalPages: 4 })).toBe('Datasets');
		expect(listTitle('fr', 'Jeux de données', { pageNumber: 2, totalPages: 4 })).toBe('Jeux de données – page 2 sur 4');
	});
});

describe('siteLanguages', () => {
	it('keeps the catalogue languages the interface is written in, default first', () => {
		expect(siteLanguages({ languages: ['fr', 'en'] })).toEqual(['fr', 'en']);
		expect(siteLanguages({ languages: ['en', 'de'] })).toEqual(['en']);
		expect(languagePaths({ languages: ['en'] })).toEqual([{ params: { lang: 'en' } }]);
	});
});
