import { describe, expect, it } from 'vitest';
import { countByAccess } from '../../src/lib/site/access-counts.ts';
import { catalogueIndex } from '../../src/lib/site/catalogue-index.ts';
import { recentlyUpdated, sortByTitle } from '../../src/lib/site/dataset-order.ts';
import { makeCatalogue, makeDataset } from './fixtures.ts';

const ids = (datasets: { identifier: string }[]) => datasets.map((d) => d.identifier);

describe('sortByTitle', () => {
	it('sorts by the title in the page language, accents and case folded', () => {
		const datasets = [
			makeDataset({ identifier: 'b', title: { en: 'Zebra crossings', fr: 'Écoles' } }),
			makeDataset({ identifier: 'a', title: { en: 'apples', fr: 'Pommes' } }),
			makeDataset({ identifier: 'c', title: { en: 'Budgets', fr: 'budgets' } }),
		];
		expect(ids(sortByTitle(datasets, 'en', ['en', 'fr']))).toEqual(['a', 'c', 'b']);
		expect(ids(sortByTitle(datasets, 'fr', ['en', 'fr']))).toEqual(['c', 'b', 'a']);
	});

	it('uses the fallback title when a translation is missing, and the identifier to break ties', () => {
		const datasets = [makeDataset({ identifier: 'y', title: { en: 'Same' } }), makeDataset({ identifier: 'x', title: { fr: 'Same' } })];
		expect(ids(sortByTitle(datasets, 'en', ['en', 'fr']))).toEqual(['x', 'y']);
	});

	it('sorts numbers naturally', () => {
		const datasets = ['Report 10', 'Report 9'].map((title, i) => makeDataset({ identifier: `r${i}`, title: { en: title } }));
		expect(sortByTitle(datasets, 'en', ['en']).map((d) => d.title.en)).toEqual(['Report 9', 'Report 10']);
	});
});

describe('recentlyUpdated', () => {
	it('keeps the newest, newest first, ties by identifier', () => {
		const datasets = [
			makeDataset({ identifier: 'old', modified: '2020-01-01' }),
			makeDataset({ identifier: 'new-b', modified: '2024-06-01' }),
			makeDataset({ identifier: 'new-a', modified: '2024-06-01' }),
			makeDataset({ identifier: 'mid', modified: '2022-01-01' }),
		];
		expect(ids(recentlyUpdated(datasets, 3))).toEqual(['new-a', 'new-b', 'mid']);
		expect(ids(recentlyUpdated(datasets, 10))).toHaveLength(4);
	});
});

describe('countByAccess', () => {
	it('counts each access level and the total', () => {
		const counts = countByAccess([{ access_level: 'open' }, { access_level: 'open' }, { access_level: 'under_review' }]);
		expect(counts).toEqual({ open: 2, restricted: 0, under_review: 1, total: 3 });
	});
});

describe('catalogueIndex', () => {
	const catalogue = makeCatalogue([
		makeDataset({ identifier: 'd1', title: { en: 'B roads' }, themes: ['TRAN'] }),
		makeDataset({ identifier: 'd2', title: { en: 'A hospitals' }, publisher: 'moh', themes: ['HEAL', 'TRAN'], access_level: 'restricted' }),
		makeDataset({ identifier: 'd3', title: { en: 'C rivers' }, themes: ['ENVI', 'AGRI'], access_level: 'under_review' }),
	]);
	const index = catalogueIndex(catalogue);

	it('is built once per catalogue', () => {
		expect(catalogueIndex(catalogue)).toBe(index);
		expect(index.inLanguage('en')).toBe(index.inLanguage('en'));
	});

	it('counts datasets per access level, publisher and theme', () => {
		expect(index.access).toEqual({ open: 1, restricted: 1, under_review: 1, total: 3 });
		expect(index.accessByPublisher.get('moh')).toEqual({ open: 0, restricted: 1, under_review: 0, total: 1 });
		expect(index.accessByTheme.get('TRAN')?.total).toBe(2);
	});

	it('lists each publisher’s and theme’s datasets in title order, with an entry for every one', () => {
		const en = index.inLanguage('en');
		expect(ids(en.datasets)).toEqual(['d2', 'd1', 'd3']);
		expect(ids(en.byTheme.get('TRAN')!)).toEqual(['d2', 'd1']);
		expect(ids(en.byPublisher.get('mto')!)).toEqual(['d1', 'd3']);
		expect(en.byTheme.get('HEAL')).toHaveLength(1);
	});

	it('ignores themes the catalogue does not use', () => {
		expect(index.inLanguage('en').byTheme.has('AGRI')).toBe(false);
	});

	it('sorts publishers by name in each language', () => {
		expect(index.inLanguage('en').publishers.map((p) => p.id)).toEqual(['moh', 'mto']);
		expect(index.inLanguage('fr').publishers.map((p) => p.id)).toEqual(['moh', 'mto']);
	});
});
