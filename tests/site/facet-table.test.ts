import { describe, expect, it } from 'vitest';
import { buildFacetTable, facetTableFileName, indexHashFor } from '../../src/lib/search/facet-table.ts';

describe('buildFacetTable', () => {
	const table = buildFacetTable([
		{ id: 'en_aaa', filters: { publisher: ['Transport'], format: ['CSV', 'JSON', 'CSV'], access: ['Open'], notAFacet: ['x'] } },
		{ id: 'en_bbb', filters: { publisher: ['Health'], format: ['JSON'], access: ['Restricted'] } },
		{ id: 'en_ccc', filters: {} },
	]);

	it('lists the pages by id and each facet value once, in the order met', () => {
		expect(table.version).toBe(1);
		expect(table.pages).toEqual(['en_aaa', 'en_bbb', 'en_ccc']);
		expect(table.facets.publisher.values).toEqual(['Transport', 'Health']);
		expect(table.facets.format.values).toEqual(['CSV', 'JSON']);
	});

	it("gives each page its values' positions, a repeated value once, none for a facet it lacks", () => {
		expect(table.facets.format.pages).toEqual([[0, 1], [1], []]);
		expect(table.facets.access.pages).toEqual([[0], [1], []]);
		expect(table.facets.theme).toEqual({ values: [], pages: [[], [], []] });
	});

	it('leaves out filters that are not facets', () => {
		expect(Object.keys(table.facets)).toEqual(['publisher', 'theme', 'format', 'access', 'licence', 'frequency', 'freshness', 'highValue']);
		expect(JSON.stringify(table)).not.toContain('notAFacet');
	});
});

describe('finding the table of a language', () => {
	const entry = { languages: { en: { hash: 'en_111', page_count: 5 }, fr: { hash: 'fr_222', page_count: 9 }, 'pt-br': { hash: 'pt-br_333', page_count: 1 } } };

	it('names the file after the index hash, so a new index gets a new table', () => {
		expect(facetTableFileName('en_111')).toBe('facets.en_111.json');
	});

	it('picks the index the way Pagefind does: exact language, then its primary subtag, then the largest', () => {
		expect(indexHashFor(entry, 'en')).toBe('en_111');
		expect(indexHashFor(entry, 'pt-BR')).toBe('pt-br_333');
		expect(indexHashFor(entry, 'fr-CA')).toBe('fr_222');
		expect(indexHashFor(entry, 'de')).toBe('fr_222');
		expect(indexHashFor({}, 'en')).toBeUndefined();
	});
});
