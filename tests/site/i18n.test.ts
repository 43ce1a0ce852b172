import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import fr from '../../src/i18n/fr.json' with { type: 'json' };
import { autonym, isUiLanguage, languageName, otherLanguages } from '../../src/lib/i18n/languages.ts';
import { formatNumber, t, tCount, UI_STRINGS } from '../../src/lib/i18n/translate.ts';

describe('interface strings', () => {
	it('has exactly the same keys in every language', () => {
		const keys = Object.keys(en).sort();
		expect(Object.keys(fr).sort()).toEqual(keys);
		for (const strings of Object.values(UI_STRINGS)) expect(Object.keys(strings).sort()).toEqual(keys);
	});

	it('has no empty string', () => {
		for (const strings of Object.values(UI_STRINGS)) {
			for (const [key, value] of Object.entries(strings)) expect(value.trim(), key).not.toBe('');
		}
	});

	it('uses the same placeholders in every language', () => {
		const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const key of Object.keys(en) as (keyof typeof en)[]) expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
	});

	it('gives every plural key both forms', () => {
		for (const key of Object.keys(en)) {
			if (key.endsWith('.one')) expect(Object.keys(en)).toContain(key.replace(/\.one$/, '.other'));
		}
	});
});

describe('t', () => {
	it('looks up a string in the language asked', () => {
		expect(t('en', 'nav.datasets')).toBe('Datasets');
		expect(t('fr', 'nav.datasets')).toBe('Jeux de données');
	});

	it('fills placeholders, formatting numbers for the language', () => {
		expect(t('en', 'list.range', { first: 1, last: 25, total: 12345 })).toBe('Showing 1 to 25 of 12,345');
		expect(t('fr', 'list.range', { first: 1, last: 25, total: 12345 })).toMatch(/^Affichage de 1 à 25 sur 12[\s\u202f]345$/);
	});

	it('leaves a placeholder without a value visible', () => {
		expect(t('en', 'pagination.page')).toBe('Page {page}');
	});
});

describe('tCount', () => {
	it('picks the plural form each language uses', () => {
		expect(tCount('en', 'count.datasets', 0)).toBe('0 datasets');
		expect(tCount('en', 'count.datasets', 1)).toBe('1 dataset');
		expect(tCount('en', 'count.datasets', 1200)).toBe('1,200 datasets');
		expect(tCount('fr', 'count.datasets', 0)).toBe('0 jeu de données');
		expect(tCount('fr', 'count.datasets', 1)).toBe('1 jeu de données');
		expect(tCount('fr', 'count.datasets', 2)).toBe('2 jeux de données');
	});
});

describe('languages', () => {
	it('knows the interface languages', () => {
		expect(isUiLanguage('fr')).toBe(true);
		expect(isUiLanguage('de')).toBe(false);
	});

	it('names languages the way each language writes them', () => {
		expect(languageName('en', 'en')).toBe('English');
		expect(languageName('en', 'fr')).toBe('anglais');
		expect(autonym('fr')).toBe('Français');
		expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
	});

	it('lists the other site languages in catalogue order', () => {
		expect(otherLanguages('en', ['en', 'fr'])).toEqual(['fr']);
		expect(otherLanguages('en', ['en'])).toEqual([]);
	});

	it('builds the fallback marker from the language name', () => {
		expect(t('en', 'fallback.marker', { language: languageName('fr', 'en') })).toBe('French only');
		expect(t('fr', 'fallback.marker', { language: languageName('en', 'fr') })).toBe('en anglais seulement');
	});
});
