/** Reading cells as their dictionary says: each Table Schema type and format, and constraint values read the same way. */
import { describe, expect, it } from 'vitest';
import { comparableKey, constraintComparable } from '../../src/lib/dictionary/constraint-values.ts';
import { compileDatePattern } from '../../src/lib/dictionary/date-pattern.ts';
import { fieldCaster } from '../../src/lib/dictionary/field-caster.ts';
import type { FieldRecord } from '../../src/lib/records.ts';

const cast = (field: Omit<FieldRecord, 'name'>, cell: string) => fieldCaster({ name: 'x', ...field }).cast(cell);

describe('fieldCaster', () => {
	it.each<[Omit<FieldRecord, 'name'>, string, unknown]>([
		[{ type: 'integer' }, '42', 42],
		[{ type: 'integer' }, '-0042', -42],
		[{ type: 'integer' }, '4.2', undefined],
		[{ type: 'integer', groupChar: ',' }, '1,234,567', 1234567],
		[{ type: 'integer', bareNumber: false }, '$120', 120],
		[{ type: 'number' }, '3.25', 3.25],
		[{ type: 'number' }, '1e3', 1000],
		[{ type: 'number' }, '3,25', undefined],
		[{ type: 'number', decimalChar: ',' }, '3,25', 3.25],
		[{ type: 'number', decimalChar: ',', groupChar: ' ' }, '1 234,5', 1234.5],
		[{ type: 'number', bareNumber: false }, '95 %', 95],
		[{ type: 'number' }, 'INF', Infinity],
		[{ type: 'boolean' }, 'TRUE', true],
		[{ type: 'boolean' }, '0', false],
		[{ type: 'boolean' }, 'yes', undefined],
		[{ type: 'boolean', trueValues: ['oui'], falseValues: ['non'] }, 'non', false],
		[{ type: 'date' }, '2024-02-29', '2024-02-29'],
		[{ type: 'date' }, '2023-02-29', undefined],
		[{ type: 'date' }, '29/02/2024', undefined],
		[{ type: 'date', format: '%d/%m/%Y' }, '29/02/2024', '2024-02-29'],
		[{ type: 'date', format: '%d/%m/%Y' }, '1/3/2024', '2024-03-01'],
		[{ type: 'date', format: '%d/%m/%y' }, '01/03/24', '2024-03-01'],
		[{ type: 'date', format: 'any' }, 'March 1, 2024', '2024-03-01'],
		[{ type: 'time' }, '23:59:59', 86399],
		[{ type: 'time' }, '24:00:00', undefined],
		[{ type: 'datetime' }, '2024-03-01T12:00:00Z', Date.UTC(2024, 2, 1, 12)],
		[{ type: 'datetime' }, '2024-03-01T14:00:00+02:00', Date.UTC(2024, 2, 1, 12)],
		[{ type: 'datetime' }, '2024-03-01 12:00:00', undefined],
		[{ type: 'year' }, '2024', 2024],
		[{ type: 'year' }, '24', undefined],
		[{ type: 'yearmonth' }, '2024-13', undefined],
		[{ type: 'yearmonth' }, '2024-04', '2024-04'],
		[{ type: 'duration' }, 'PT1H30M', 5400],
		[{ type: 'duration' }, 'P', undefined],
		[{ type: 'geopoint' }, '-75.7, 45.4', '-75.7,45.4'],
		[{ type: 'geopoint' }, '-200, 45.4', undefined],
		[{ type: 'geopoint', format: 'array' }, '[-75.7, 45.4]', '-75.7,45.4'],
		[{ type: 'object' }, '{"a": 1}', '{"a":1}'],
		[{ type: 'object' }, '[1]', undefined],
		[{ type: 'array' }, '[1, 2]', '[1,2]'],
		[{ type: 'string', format: 'email' }, 'opendata@example.org', 'opendata@example.org'],
		[{ type: 'string', format: 'email' }, 'not an address', undefined],
		[{ type: 'string', format: 'uri' }, 'https://example.org/x', 'https://example.org/x'],
		[{ type: 'string', format: 'uuid' }, '324d3262-f25e-4869-b116-95fb478fadaa', '324d3262-f25e-4869-b116-95fb478fadaa'],
		[{}, 'anything at all', 'anything at all'],
	])('%j reads %j as %j', (field, cell, expected) => {
		expect(cast(field, cell)).toEqual(expected);
	});

	it('says what a cell must look like', () => {
		expect(fieldCaster({ name: 'x', type: 'date', format: '%d/%m/%Y' }).expected).toBe('a date written %d/%m/%Y');
		expect(fieldCaster({ name: 'x', type: 'integer' }).expected).toBe('a whole number');
	});
});

describe('constraint values', () => {
	it('reads dates in constraints in the field’s format or in ISO form', () => {
		const field: FieldRecord = { name: 'd', type: 'date', format: '%d/%m/%Y' };
		expect(constraintComparable('2024-03-01', field)).toBe('2024-03-01');
		expect(constraintComparable('01/03/2024', field)).toBe('2024-03-01');
		expect(constraintComparable('soon', field)).toBeUndefined();
	});

	it('takes numbers as numbers and refuses a fraction for an integer column', () => {
		expect(constraintComparable(5, { name: 'n', type: 'integer' })).toBe(5);
		expect(constraintComparable(5.5, { name: 'n', type: 'integer' })).toBeUndefined();
		expect(constraintComparable(5.5, { name: 'n', type: 'number', decimalChar: ',' })).toBe(5.5);
	});

	it('gives equal values of different spellings the same key', () => {
		const field: FieldRecord = { name: 'n', type: 'number' };
		expect(comparableKey(fieldCaster(field).cast('1.0')!)).toBe(comparableKey(constraintComparable(1, field)!));
	});
});

describe('date patterns', () => {
	it('names the directive it does not understand', () => {
		expect(compileDatePattern('%d %B %Y')).toEqual({ ok: false, unknown: '%B' });
	});

	it('escapes the other characters of the pattern', () => {
		const pattern = compileDatePattern('%Y.%m.%d (%H:%M)');
		if (!pattern.ok) throw new Error('not compiled');
		expect(pattern.read('2024.03.01 (09:30)')).toEqual({ year: 2024, month: 3, day: 1, hour: 9, minute: 30 });
		expect(pattern.read('2024x03x01 (09:30)')).toBeUndefined();
	});
});
