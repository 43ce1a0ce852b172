import { describe, expect, it } from 'vitest';
import { localize, localizedString } from '../../src/lib/i18n/localize.ts';

const languages = ['en', 'fr'];

describe('localize', () => {
	it('returns the text in the requested language, not marked as a fallback', () => {
		expect(localize({ en: 'Roads', fr: 'Routes' }, 'fr', languages)).toEqual({ value: 'Routes', lang: 'fr', isFallback: false });
	});

	it('falls back to the default language and says which language the text is in', () => {
		expect(localize({ en: 'Roads' }, 'fr', languages)).toEqual({ value: 'Roads', lang: 'en', isFallback: true });
	});

	it('falls back in catalogue order, whatever the order of the keys', () => {
		expect(localize({ de: 'Straßen', fr: 'Routes' }, 'en', ['en', 'fr'])).toEqual({ value: 'Routes', lang: 'fr', isFallback: true });
	});

	it('falls back to a language outside the catalogue when nothing else is there', () => {
		expect(localize({ iu: 'ᐊᖅᑯᑎ' }, 'en', languages)).toEqual({ value: 'ᐊᖅᑯᑎ', lang: 'iu', isFallback: true });
	});

	it('treats an empty translation as missing', () => {
		expect(localize({ en: 'Roads', fr: '' }, 'fr', languages)).toMatchObject({ value: 'Roads', lang: 'en', isFallback: true });
	});

	it('returns undefined when there is nothing to show', () => {
		expect(localize(undefined, 'en', languages)).toBeUndefined();
		expect(localize({}, 'en', languages)).toBeUndefined();
		expect(localize({ fr: '' }, 'en', languages)).toBeUndefined();
	});

	it('works on keyword lists, skipping empty ones', () => {
		expect(localize({ en: ['roads'], fr: [] }, 'fr', languages)).toEqual({ value: ['roads'], lang: 'en', isFallback: true });
		expect(localize({ en: ['roads'], fr: ['routes'] }, 'fr', languages)?.value).toEqual(['routes']);
	});

	it('does not change its input', () => {
		const text = Object.freeze({ en: 'Roads' });
		expect(() => localize(text, 'fr', languages)).not.toThrow();
		expect(text).toEqual({ en: 'Roads' });
	});
});

describe('localizedString', () => {
	it('gives the plain string with fallback, or the fallback argument', () => {
		expect(localizedString({ en: 'Roads' }, 'fr', languages)).toBe('Roads');
		expect(localizedString(undefined, 'fr', languages, 'traffic-volumes')).toBe('traffic-volumes');
	});
});
