import { describe, expect, it } from 'vitest';
import { previewTexts, previewTitle } from '../../src/lib/editor/preview-texts.ts';

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
