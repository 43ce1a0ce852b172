import { describe, expect, it } from 'vitest';
import { facetTranslations } from '../../src/lib/search/facet-translations.ts';
import { translateFilters } from '../../src/lib/search/translate-filters.ts';
import { WORD_BREAK } from '../../src/lib/search/elisions.ts';
import { datasetIndexText, INDEX_WEIGHTS } from '../../src/lib/search/index-text.ts';
import { makeCatalogue, makeDataset } from './fixtures.ts';

describe('datasetIndexText', () => {
	const dataset = makeDataset({
		identifier: 'lake-water',
		title: { en: 'Lake water quality', fr: 'Qualité de l’eau des lacs' },
		description: { en: 'Samples from **40** lakes:\n\n- phosphorus;\n- [chloride](https://example.org).', fr: 'Échantillons d’eau de **40** lacs.' },
		keywords: { en: ['water', 'lakes'], fr: ['eau', 'lacs'] },
		publisher: 'moh',
	});
	const catalogue = makeCatalogue([dataset]);

	it('indexes the title, description, keywords, publisher and distribution titles, weighted in that order of importance', () => {
		const parts = datasetIndexText(dataset, catalogue, 'en');
		expect(parts.map((p) => [p.part, p.text])).toEqual([
			['title', 'Lake water quality'],
			['description', 'Samples from 40 lakes: phosphorus; chloride.'],
			['keywords', 'water, lakes'],
			['publisher', 'Health'],
			['distributions', 'CSV'],
		]);
		const weight = Object.fromEntries(parts.map((p) => [p.part, p.weight]));
		expect(weight.title).toBeGreaterThan(weight.keywords!);
		expect(weight.keywords).toBeGreaterThan(weight.description!);
		expect(weight.publisher).toBe(INDEX_WEIGHTS.description);
		expect(weight.description).toBeGreaterThan(weight.distributions!);
	});

	it('holds none of the page furniture, and splits elisions', () => {
		const text = datasetIndexText(dataset, catalogue, 'fr')
			.map((p) => p.text)
			.join(' ');
		expect(text).toContain(`l’${WORD_BREAK}eau`);
		expect(text).toContain(`d’${WORD_BREAK}eau`);
		for (const furniture of ['Ouvert', 'Description', 'Télécharger', 'Non précisé', 'text/csv', 'OGL']) expect(text).not.toContain(furniture);
	});
});

describe('facet translations', () => {
	const catalogue = makeCatalogue([
		makeDataset({ identifier: 'a', publisher: 'moh', themes: ['HEAL', 'ENVI'] }),
		makeDataset({ identifier: 'b', publisher: 'mto', themes: ['TRAN'] }),
	]);
	const translations = facetTranslations(catalogue, ['en', 'fr']);

	it('pairs each facet value with its label in the other language', () => {
		expect(translations.publisher).toEqual([
			['Health', 'Santé'],
			['Transportation', 'Transports'],
		]);
		expect(translations.theme).toContainEqual(['Health', 'Santé']);
	});

	it('translates selected filters, keeping values it does not know', () => {
		expect(translateFilters({ publisher: ['Health'], format: ['CSV'], theme: ['Unknown'] }, translations, 0, 1)).toEqual({
			publisher: ['Santé'],
			format: ['CSV'],
			theme: ['Unknown'],
		});
	});
});
