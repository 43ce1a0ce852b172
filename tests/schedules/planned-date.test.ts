import { describe, expect, it } from 'vitest';
import { daysBetween, isRealDate, parsePlannedDate, quarterOf, quarterRange } from '../../src/lib/schedules/planned-date.ts';
import { resolveAsOf } from '../../src/lib/schedules/as-of.ts';

describe('planned release dates', () => {
	it('reads a day, a month and a quarter with the days they cover', () => {
		expect(parsePlannedDate('2027-03-31')).toEqual({ text: '2027-03-31', precision: 'day', start: '2027-03-31', end: '2027-03-31', quarter: '2027-Q1' });
		expect(parsePlannedDate('2028-02')).toEqual({ text: '2028-02', precision: 'month', start: '2028-02-01', end: '2028-02-29', quarter: '2028-Q1' });
		expect(parsePlannedDate('2027-02')?.end).toBe('2027-02-28');
		expect(parsePlannedDate('2027-Q4')).toEqual({ text: '2027-Q4', precision: 'quarter', start: '2027-10-01', end: '2027-12-31', quarter: '2027-Q4' });
		expect(parsePlannedDate('2027-Q2')?.end).toBe('2027-06-30');
	});

	it('refuses dates that do not exist and other text', () => {
		for (const text of ['2027-02-29', '2027-04-31', '2027-13', '2027-00', '2027-Q0', '2027-Q5', 'soon', '2027-3', '27-Q1', '']) {
			expect(parsePlannedDate(text), text).toBeUndefined();
		}
		expect(isRealDate('2028-02-29')).toBe(true);
		expect(isRealDate('2100-02-29')).toBe(false);
	});

	it('places dates in quarters and lists the quarters between two', () => {
		expect(quarterOf('2026-11-23')).toBe('2026-Q4');
		expect(quarterOf('2027-01-01')).toBe('2027-Q1');
		expect(quarterRange('2026-Q3', '2027-Q2')).toEqual(['2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2']);
		expect(quarterRange('2027-Q1', '2027-Q1')).toEqual(['2027-Q1']);
	});

	it('counts the days between two dates', () => {
		expect(daysBetween('2026-02-16', '2026-03-19')).toBe(31);
		expect(daysBetween('2026-03-19', '2026-02-16')).toBe(-31);
	});
});

describe('the as-of date', () => {
	it('takes --as-of first, then AS_OF, and refuses a date that does not exist', () => {
		expect(resolveAsOf('2026-11-23', '2020-01-01')).toBe('2026-11-23');
		expect(resolveAsOf(undefined, '2020-01-01')).toBe('2020-01-01');
		expect(resolveAsOf(undefined, '')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(() => resolveAsOf('2026-02-30', undefined)).toThrow('--as-of must be a date that exists, written YYYY-MM-DD (got "2026-02-30")');
		expect(() => resolveAsOf(undefined, 'tomorrow')).toThrow(/^AS_OF must be/);
	});
});
