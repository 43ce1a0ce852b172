import { describe, expect, it } from 'vitest';
import { filingText } from '../../src/lib/search/collation.ts';

describe('the text a title is filed under', () => {
	it('starts at the first letter or digit', () => {
		expect(filingText('"Maladie à coronavirus (COVID-19)"')).toBe('Maladie à coronavirus (COVID-19)"');
		expect(filingText('« Eau potable »')).toBe('Eau potable »');
		expect(filingText('(2024) Budget')).toBe('2024) Budget');
		expect(filingText('Écoles')).toBe('Écoles');
	});

	it('keeps a title without letters or digits whole', () => {
		expect(filingText('…')).toBe('…');
		expect(filingText('')).toBe('');
	});
});
