import { describe, expect, it } from 'vitest';
import { addPeriod, freshnessOf, parsePeriod } from '../../src/lib/quality/freshness.ts';

describe('addPeriod', () => {
	it('adds years, months, weeks and days on the calendar', () => {
		expect(addPeriod('2026-04-15', parsePeriod('R/P1Y')!)).toBe('2027-04-15');
		expect(addPeriod('2026-11-20', parsePeriod('R/P3M')!)).toBe('2027-02-20');
		expect(addPeriod('2026-12-28', parsePeriod('R/P1W')!)).toBe('2027-01-04');
	});

	it('falls back to the last day of a shorter month, and of February in leap years', () => {
		expect(addPeriod('2026-01-31', parsePeriod('R/P1M')!)).toBe('2026-02-28');
		expect(addPeriod('2027-08-31', parsePeriod('R/P6M')!)).toBe('2028-02-29');
	});

	it('counts a period shorter than a day as a day', () => {
		expect(parsePeriod('R/PT1H')).toEqual({ years: 0, months: 0, days: 1 });
		expect(parsePeriod('R/PT1S')).toEqual({ years: 0, months: 0, days: 1 });
		expect(parsePeriod(null)).toBeUndefined();
	});
});

describe('freshnessOf', () => {
	it('is current before the expected date, due from it, overdue a quarter of a period later', () => {
		// Annual from 2026-01-10: expected 2027-01-10; a quarter of 365 days is 92 days (rounded up).
		expect(freshnessOf('2026-01-10', 'ANNUAL', '2027-01-09')).toEqual({ state: 'current', expected: '2027-01-10', overdueFrom: '2027-04-12' });
		expect(freshnessOf('2026-01-10', 'ANNUAL', '2027-01-10').state).toBe('due');
		expect(freshnessOf('2026-01-10', 'ANNUAL', '2027-04-11').state).toBe('due');
		expect(freshnessOf('2026-01-10', 'ANNUAL', '2027-04-12').state).toBe('overdue');
	});

	it('gives daily data a day of grace', () => {
		expect(freshnessOf('2026-11-20', 'DAILY', '2026-11-20').state).toBe('current');
		expect(freshnessOf('2026-11-20', 'DAILY', '2026-11-21')).toEqual({ state: 'due', expected: '2026-11-21', overdueFrom: '2026-11-22' });
		expect(freshnessOf('2026-11-20', 'HOURLY', '2026-11-22').state).toBe('overdue');
	});

	it('promises nothing for frequencies without a period', () => {
		for (const code of ['IRREG', 'NEVER', 'OTHER', 'UNKNOWN', 'NOT_A_CODE'])
			expect(freshnessOf('2001-01-01', code, '2026-11-23')).toEqual({ state: 'unscheduled' });
	});

	it('judges each date, frequency and as-of date once, giving a frozen result that follows each of the three', () => {
		const first = freshnessOf('2025-03-31', 'MONTHLY', '2025-05-01');
		expect(freshnessOf('2025-03-31', 'MONTHLY', '2025-05-01')).toBe(first);
		expect(Object.isFrozen(first)).toBe(true);
		expect(first).toEqual({ state: 'due', expected: '2025-04-30', overdueFrom: '2025-05-08' });
		expect(freshnessOf('2025-03-31', 'MONTHLY', '2025-05-08').state).toBe('overdue');
		expect(freshnessOf('2025-03-31', 'ANNUAL', '2025-05-01').state).toBe('current');
		expect(freshnessOf('2025-04-30', 'MONTHLY', '2025-05-01').state).toBe('current');
	});
});
