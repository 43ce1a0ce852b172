/**
 * The values a data dictionary gives in its constraints (enum, minimum, maximum…), read as the
 * column's type so they can be compared with the cells. Stewards write dates in constraints as
 * YYYY-MM-DD even when the file writes them another way, so the ISO form is accepted too.
 */
import type { ConstraintValue, FieldRecord } from '../records.ts';
import { fieldCaster, type Comparable, type FieldCaster } from './field-caster.ts';

const NUMERIC = new Set(['number', 'integer', 'year']);

/** A constraint value as a comparable value of the column's type, or undefined when it is not one. */
export function constraintComparable(value: ConstraintValue, field: FieldRecord, caster: FieldCaster = fieldCaster(field)): Comparable | undefined {
	const type = field.type ?? 'string';
	if (typeof value === 'number' && NUMERIC.has(type)) return type === 'number' || Number.isInteger(value) ? value : undefined;
	if (typeof value === 'boolean') return type === 'boolean' || type === 'any' ? value : undefined;
	const text = String(value);
	return caster.cast(text) ?? (field.format && field.format !== 'default' ? fieldCaster({ ...field, format: 'default' }).cast(text) : undefined);
}

/**
 * The key two equal values of a column share (`1` and `1.0` in a number column both read as 1). A
 * column's values and constraint values are all of the column's one type, so the text is enough.
 */
export function comparableKey(value: Comparable): string {
	return typeof value === 'string' ? value : String(value);
}
