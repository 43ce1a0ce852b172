import { describe, expect, it } from 'vitest';
import { previewDistributions, previewKeywords, previewTexts, previewTitle } from '../../src/lib/editor/preview-texts.ts';

describe('previewTexts', () => {
	const record = {
		title: { en: 'Bridges' },
		description: { en: 'Every **bridge**.', fr: 'Chaque *pont*.' },
		high_value_reasons: { en: 'Used by *engineers*.' },
		rationale: { en: '', fr: '' },
		review_note: 'not a per-language text',
	};

	it('gives the Markdown fields the dataset page renders, in its order, in the language asked', () => {
		expect(previewTexts(record, 'fr', ['en', 'fr'])).toEqual([
			{ field: 'description', text: { value: 'Chaque *pont*.', lang: 'fr', isFallback: false } },
			{ field: 'high_value_reasons', text: { value: 'Used by *engineers*.', lang: 'en', isFallback: true } },
		]);
	});

	it('falls back as the page does when a translation is missing, and skips empty or malformed fields', () => {
		expect(previewTexts({ description: { fr: 'Seulement en français.' }, rationale: [{ en: 'x' }] }, 'en', ['en', 'fr'])).toEqual([
			{ field: 'description', text: { value: 'Seulement en français.', lang: 'fr', isFallback: true } },
		]);
		expect(previewTexts({}, 'en', ['en', 'fr'])).toEqual([]);
	});

	it('gives the title in the language asked, else the fallback marked with its language', () => {
		expect(previewTitle(record, 'en', ['en', 'fr'])).toEqual({ value: 'Bridges', lang: 'en', isFallback: false });
		expect(previewTitle(record, 'fr', ['en', 'fr'])).toEqual({ value: 'Bridges', lang: 'en', isFallback: true });
		expect(previewTitle({ title: 'Bridges' }, 'en', ['en', 'fr'])).toBeUndefined();
	});
});

describe('previewKeywords and previewDistributions', () => {
	it('give the keywords in the language asked, else the fallback, without empty words', () => {
		const record = { keywords: { en: ['bridges', ' ', 'roads'], fr: [] } };
		expect(previewKeywords(record, 'en', ['en', 'fr'])).toEqual({ value: ['bridges', 'roads'], lang: 'en', isFallback: false });
		expect(previewKeywords(record, 'fr', ['en', 'fr'])).toEqual({ value: ['bridges', 'roads'], lang: 'en', isFallback: true });
		expect(previewKeywords({ keywords: ['bridges'] }, 'en', ['en', 'fr'])).toBeUndefined();
	});

	it('give each distribution’s title, format and download (else access) address, skipping what is not an object', () => {
		const record = {
			distributions: [
				{ title: { en: 'Ratings (CSV)' }, format: 'CSV', download_url: 'https://data.example/r.csv', access_url: 'https://data.example/' },
				{ format: '', access_url: 'javascript:alert(1)' },
				'not a distribution',
			],
		};
		expect(previewDistributions(record, 'fr', ['en', 'fr'])).toEqual([
			{ title: { value: 'Ratings (CSV)', lang: 'en', isFallback: true }, format: 'CSV', url: 'https://data.example/r.csv' },
			{ title: undefined, format: undefined, url: 'javascript:alert(1)' },
		]);
		expect(previewDistributions({}, 'en', ['en'])).toEqual([]);
	});
});
