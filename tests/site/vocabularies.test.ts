import { describe, expect, it } from 'vitest';
import { fileType, formatLabel, frequency, frequencyLabel, language, languageLabel, theme, themeLabel } from '../../src/lib/vocabularies/index.ts';

describe('vocabulary look-ups', () => {
	it('gives theme labels in each language, and the IRI', () => {
		expect(themeLabel('ENVI', 'en')).toBe('Environment');
		expect(themeLabel('ENVI', 'fr')).toBe('Environnement');
		expect(theme('TRAN')?.iri).toBe('http://publications.europa.eu/resource/authority/data-theme/TRAN');
	});

	it('gives frequency labels', () => {
		expect(frequencyLabel('DAILY', 'en')).toBe('Daily');
		expect(frequencyLabel('DAILY', 'fr')).toBe('Quotidien');
		expect(frequency('MONTHLY')?.code).toBe('MONTHLY');
	});

	it('gives file types with their media type', () => {
		expect(formatLabel('GEOJSON', 'en')).toBe('GeoJSON');
		expect(fileType('CSV')).toMatchObject({ code: 'CSV', mediaType: 'text/csv', machineReadable: true });
	});

	it('gives data-language labels and authority codes', () => {
		expect(languageLabel('fr', 'en')).toBe('French');
		expect(languageLabel('en', 'fr')).toBe('Anglais');
		expect(language('iu')?.authorityCode).toBe('IKU');
	});

	it('falls back to English, then to the code, for what it does not know', () => {
		expect(themeLabel('ENVI', 'de')).toBe('Environment');
		expect(themeLabel('NOPE', 'en')).toBe('NOPE');
		expect(theme('NOPE')).toBeUndefined();
		expect(fileType('NOPE')).toBeUndefined();
	});
});
