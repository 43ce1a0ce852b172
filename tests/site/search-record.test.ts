import { describe, expect, it } from 'vitest';
import { decodeCbor } from '../../src/lib/search/cbor.ts';
import { buildFacetTable } from '../../src/lib/search/facet-table.ts';
import { facetTotals } from '../../src/lib/search/facet-totals.ts';
import { datasetIndexData } from '../../src/lib/search/index-data.ts';
import { facetIndex, totalCounts } from '../../src/lib/search/narrow.ts';
import { facetTableFromRecords, type LanguageIndex } from '../../src/lib/search/records-facet-table.ts';
import { datasetSearchRecord } from '../../src/lib/search/search-record.ts';
import { FACETS, type Facet } from '../../src/lib/search/state.ts';
import { makeCatalogue, makeDataset } from './fixtures.ts';

describe('datasetSearchRecord', () => {
	const dataset = makeDataset({
		identifier: 'lake-water',
		title: { en: 'Lake <b>water</b> & "quality"', fr: 'Qualité de l’eau des lacs' },
		keywords: { en: ['water', 'lakes'], fr: ['eau', 'lacs'] },
		publisher: 'moh',
	});
	const catalogue = makeCatalogue([dataset]);

	it('is the page address and one HTML document in the language, with only the indexed block in it', () => {
		const record = datasetSearchRecord(dataset, catalogue, 'fr');
		expect(record.url).toBe('/fr/datasets/lake-water/');
		expect(record.lang).toBe('fr');
		expect(record.content).toMatch(/^<!DOCTYPE html><html lang="fr"><head><\/head><body><div hidden data-pagefind-body>.*<\/div><\/body><\/html>$/);
		expect(record.content.match(/data-pagefind-body/g)).toHaveLength(1);
		expect(record.content).toContain('<p data-index-part="title" data-pagefind-weight="8">Qualité de l’\u200aeau des lacs</p>');
		expect(record.content).toContain('<span data-pagefind-meta="title">Qualité de l’eau des lacs</span>');
	});

	it('gives Pagefind no sort key, and carries the keys for the sort table', () => {
		const record = datasetSearchRecord(dataset, catalogue, 'fr');
		expect(record.content).not.toContain('data-pagefind-sort');
		expect(record.sort).toEqual({ modified: dataset.modified.slice(0, 10), title: 'Qualité de l’eau des lacs' });
	});

	it('escapes the metadata, which is untrusted', () => {
		const { content } = datasetSearchRecord(dataset, catalogue, 'en');
		expect(content).not.toContain('<b>');
		expect(content).toContain('<p data-index-part="title" data-pagefind-weight="8">Lake &lt;b&gt;water&lt;/b&gt; &amp; &quot;quality&quot;</p>');
		expect(content).toContain('<span data-pagefind-meta="title">Lake &lt;b&gt;water&lt;/b&gt; &amp; &quot;quality&quot;</span>');
	});

	it('carries the filter values it writes, facet by facet and in the same order', () => {
		const record = datasetSearchRecord(dataset, catalogue, 'en');
		const written = [...record.content.matchAll(/<span data-pagefind-filter="(\w+)">([^<]*)<\/span>/g)].map(([, facet, value]) => [facet, value]);
		expect(written).toEqual(FACETS.flatMap((facet) => record.filters[facet].map((value) => [facet, value.replace(/&/g, '&amp;')])));
		expect(record.filters.publisher).toEqual(['Health']);
	});

	it('reads each dataset once per catalogue and language: another catalogue (a publisher renamed) gives its own values', () => {
		expect(datasetIndexData(dataset, catalogue, 'fr')).toBe(datasetIndexData(dataset, catalogue, 'fr'));
		expect(datasetIndexData(dataset, catalogue, 'en')).not.toBe(datasetIndexData(dataset, catalogue, 'fr'));
		const renamed = makeCatalogue([dataset]);
		renamed.publisherById.set('moh', { ...renamed.publisherById.get('moh')!, name: { en: 'Health and Wellness', fr: 'Santé et mieux-être' } });
		expect(datasetIndexData(dataset, renamed, 'en').filters.publisher).toEqual(['Health and Wellness']);
		expect(datasetSearchRecord(dataset, renamed, 'fr').filters.publisher).toEqual(['Santé et mieux-être']);
		expect(datasetSearchRecord(dataset, catalogue, 'fr').filters.publisher).toEqual(['Santé']);
	});
});

describe('decodeCbor', () => {
	it('reads integers, strings, byte strings, arrays, maps and simple values', () => {
		// [0, 24, 500, 70000, -1, "é", h'01', [true, false, null], {"a": 1}]
		const bytes = Uint8Array.from([
			0x89, 0x00, 0x18, 0x18, 0x19, 0x01, 0xf4, 0x1a, 0x00, 0x01, 0x11, 0x70, 0x20, 0x62, 0xc3, 0xa9, 0x41, 0x01, 0x83, 0xf5, 0xf4, 0xf6, 0xa1, 0x61, 0x61,
			0x01,
		]);
		expect(decodeCbor(bytes)).toEqual([0, 24, 500, 70000, -1, 'é', Uint8Array.from([1]), [true, false, null], { a: 1 }]);
	});

	it('refuses truncated input, lengths past the end, leftovers, indefinite lengths and tags', () => {
		expect(() => decodeCbor(Uint8Array.from([0x82, 0x01]))).toThrow(/needed/);
		expect(() => decodeCbor(Uint8Array.from([0x9a, 0xff, 0xff, 0xff, 0xff]))).toThrow(/needed/);
		expect(() => decodeCbor(Uint8Array.from([0x01, 0x02]))).toThrow(/left after/);
		expect(() => decodeCbor(Uint8Array.from([0x9f, 0xff]))).toThrow(/indefinite/);
		expect(() => decodeCbor(Uint8Array.from([0xc1, 0x00]))).toThrow(/tags/);
		expect(() => decodeCbor(Uint8Array.from([0x62, 0xff, 0xfe]))).toThrow();
	});

	it('keeps a __proto__ key as data', () => {
		const map = decodeCbor(Uint8Array.from([0xa1, 0x69, ...new TextEncoder().encode('__proto__'), 0x01])) as Record<string, unknown>;
		expect(Object.keys(map)).toEqual(['__proto__']);
		expect(Object.getPrototypeOf(map)).toBeNull();
	});
});

describe('facetTableFromRecords', () => {
	const filters = (publisher: string, formats: string[]) =>
		({ ...Object.fromEntries(FACETS.map((facet) => [facet, [] as string[]])), publisher: [publisher], format: formats }) as Record<Facet, string[]>;
	const records = [{ filters: filters('Transport', ['CSV', 'JSON']) }, { filters: filters('Health', ['CSV']) }];
	const index = (overrides: Partial<LanguageIndex> = {}): LanguageIndex => ({
		pages: ['en_b2', 'en_a1'],
		filters: new Map([
			[
				'publisher',
				new Map([
					['Transport', [0]],
					['Health', [1]],
				]),
			],
			[
				'format',
				new Map([
					['CSV', [0, 1]],
					['JSON', [0]],
				]),
			],
		]),
		...overrides,
	});

	it('gives each record the id of the page of its position, ordered by id as the fragments were', () => {
		const result = facetTableFromRecords(records, index());
		expect(result).toEqual({
			table: buildFacetTable([
				{ id: 'en_a1', filters: records[1]!.filters },
				{ id: 'en_b2', filters: records[0]!.filters },
			]),
		});
	});

	it('refuses when the index has other pages or other values than the records say', () => {
		expect(facetTableFromRecords(records, index({ pages: ['en_b2'] }))).toEqual({ mismatch: 'the index has 1 pages for 2 records' });
		expect(facetTableFromRecords(records, index({ pages: ['en_b2', 'en_b2'] }))).toEqual({ mismatch: 'two pages of the index share an id' });
		const swapped = index();
		swapped.filters.set(
			'publisher',
			new Map([
				['Transport', [1]],
				['Health', [0]],
			]),
		);
		expect(facetTableFromRecords(records, swapped)).toEqual({ mismatch: 'filter publisher, value "Transport": other pages in the index' });
		const normalised = index();
		normalised.filters.set(
			'publisher',
			new Map([
				['Transport', [0]],
				['Health ', [1]],
			]),
		);
		expect('mismatch' in facetTableFromRecords(records, normalised)).toBe(true);
		const extra = index();
		extra.filters.set('licence', new Map([['OGL', [0]]]));
		expect(facetTableFromRecords(records, extra)).toEqual({ mismatch: 'filter licence has 1 values in the index, 0 in the records' });
	});
});

describe('facetTotals', () => {
	it("counts each facet value over the catalogue as the facet table of the datasets' records does", () => {
		const datasets = [
			makeDataset({ identifier: 'a', publisher: 'moh', themes: ['HEAL', 'SOCI'] }),
			makeDataset({ identifier: 'b', publisher: 'moh', themes: ['HEAL'] }),
			makeDataset({ identifier: 'c', publisher: 'mto', themes: ['TRAN'] }),
		];
		const catalogue = makeCatalogue(datasets);
		const records = datasets.map((dataset) => datasetSearchRecord(dataset, catalogue, 'fr'));
		const table = facetIndex(buildFacetTable(records.map((record, i) => ({ id: `fr_${i}`, filters: record.filters }))));
		const totals = facetTotals(catalogue, 'fr');
		expect(Object.fromEntries(FACETS.map((facet) => [facet, Object.fromEntries(totals[facet])]))).toEqual(totalCounts(table));
		expect(totals.theme).toEqual([
			['Santé', 2],
			['Population et société', 1],
			['Transports', 1],
		]);
	});
});
