import { describe, expect, it } from 'vitest';
import { formatBytes as formatBytesRaw, formatDate, formatDegrees } from '../../src/lib/i18n/format.ts';

/** Sizes with CLDR's no-break spaces (which vary between ICU versions) turned into plain spaces. */
const formatBytes = (bytes: number, lang: string) => formatBytesRaw(bytes, lang).replace(/[\u00a0\u202f]/g, ' ');

describe('formatDate', () => {
	it('writes dates in the page language', () => {
		expect(formatDate('2024-03-31', 'en')).toBe('March 31, 2024');
		expect(formatDate('2024-03-31', 'fr')).toBe('31 mars 2024');
	});

	it('never shifts the day with the time zone', () => {
		expect(formatDate('2024-01-01', 'en')).toBe('January 1, 2024');
	});

	it('returns anything that is not a date unchanged', () => {
		expect(formatDate('someday', 'en')).toBe('someday');
	});
});

describe('formatBytes', () => {
	it('uses decimal units and the language’s number format', () => {
		expect(formatBytes(512, 'en')).toBe('512 bytes');
		expect(formatBytes(1_500_000, 'en')).toBe('1.5 MB');
		expect(formatBytes(1_500_000, 'fr')).toBe('1,5 Mo');
		expect(formatBytes(2_000_000_000, 'en')).toBe('2 GB');
		expect(formatBytes(0, 'fr')).toBe('0 octet');
	});

	it('moves up a unit instead of writing 1,000 kB', () => {
		expect(formatBytes(999_960, 'en')).toBe('1 MB');
	});
});

describe('formatDegrees', () => {
	it('writes coordinates in the language’s number format', () => {
		expect(formatDegrees(-95.16, 'en')).toBe('-95.16°');
		expect(formatDegrees(-95.16, 'fr')).toBe('-95,16°');
	});
});
