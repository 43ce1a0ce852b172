/**
 * Reading old versions of files defensively: an old version was validated, if at all, against an
 * older schema, so nothing about its shape is assumed. These helpers never throw.
 */

/** A plain object's fields, or an empty object for anything else. */
export function fields(value: unknown): Record<string, unknown> {
	return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The longest value kept from an old version (an id, a status, a date): longer ones are cut. */
export const MAX_VALUE = 120;

/** A string field (cut to {@link MAX_VALUE} characters), or `undefined`. */
export function text(value: unknown): string | undefined {
	const raw = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
	return raw !== undefined && raw.length > MAX_VALUE ? `${raw.slice(0, MAX_VALUE - 1)}…` : raw;
}

/** An array field, or an empty array. */
export function list(value: unknown): unknown[] {
	return Array.isArray(value) ? value : [];
}

/** Whether two parsed values are the same data (key order ignored). */
export function sameValue(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	if (Array.isArray(a)) {
		const other = b as unknown[];
		return a.length === other.length && a.every((item, i) => sameValue(item, other[i]));
	}
	const left = a as Record<string, unknown>;
	const right = b as Record<string, unknown>;
	const keys = Object.keys(left).filter((k) => left[k] !== undefined);
	const otherKeys = Object.keys(right).filter((k) => right[k] !== undefined);
	return keys.length === otherKeys.length && keys.every((k) => sameValue(left[k], right[k]));
}
