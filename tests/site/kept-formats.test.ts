/**
 * Numbers, dates and language names are written once per build and then looked up (issue 19): what
 * is looked up must be what writing them afresh gives.
 */
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/i18n/format.ts';
import { fillTemplate } from '../../src/lib/i18n/fill-template.ts';
import { autonym, languageName } from '../../src/lib/i18n/languages.ts';
import { formatNumber, t, UI_STRINGS } from '../../src/lib/i18n/translate.ts';
import { pageDate } from '../../src/lib/site/page-date.ts';

const NUMBERS = [0, -0, 1, 7, 999, 1000, 12345, 1.5, -3, 1e21, Number.NaN, Number.POSITIVE_INFINITY];

describe('numbers written once', () => {
	it.each(['en', 'fr'])('formatNumber in %s gives what a new formatter gives, asked once or twice, -0 apart from 0', (lang) => {
		const fresh = NUMBERS.map((n) => new Intl.NumberFormat(lang).format(n));
		expect(NUMBERS.map((n) => formatNumber(n, lang))).toEqual(fresh);
		expect(NUMBERS.map((n) => formatNumber(n, lang))).toEqual(fresh);
		expect(formatNumber(-0, lang)).toBe('-0');
		expect(formatNumber(0, lang)).toBe('0');
	});

	it.each(['en', 'fr'] as const)('t in %s writes numbers as fillTemplate does with toLocaleString', (lang) => {
		for (const n of NUMBERS)
			expect(t(lang, 'list.range', { first: n, last: n, total: 'all' })).toBe(
				fillTemplate(UI_STRINGS[lang]['list.range'], { first: n, last: n, total: 'all' }, lang),
			);
	});
});

describe('dates and language names written once', () => {
	it('pageDate gives formatDate, invalid dates included', () => {
		const dates = ['2024-03-31', '2024-02-29', '1999-12-31T23:00:00Z', '2023-02-30', 'not a date'];
		for (const lang of ['en', 'fr']) {
			const fresh = dates.map((date) => formatDate(date, lang));
			expect(dates.map((date) => pageDate(date, lang))).toEqual(fresh);
			expect(dates.map((date) => pageDate(date, lang))).toEqual(fresh);
		}
		expect(pageDate('2024-03-31', 'fr')).toBe('31 mars 2024');
	});

	it('languageName and autonym give the same names asked again', () => {
		expect([languageName('fr', 'en'), languageName('fr', 'en'), languageName('en', 'fr')]).toEqual(['French', 'French', 'anglais']);
		expect([autonym('fr'), autonym('fr'), autonym('en')]).toEqual(['Français', 'Français', 'English']);
	});
});
