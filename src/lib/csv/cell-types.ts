/**
 * What kind of value a CSV cell holds, for the column summaries of a preview. Each non-empty cell
 * gets a set of the kinds it could be (`12` is a whole number and a number; `2024-03-31` is a date
 * and a date-time); a column's kind is the most specific one that all its cells share.
 */

/** The kinds of column a preview reports; `empty` when every cell is empty. */
export type ColumnType = 'integer' | 'number' | 'boolean' | 'date' | 'datetime' | 'text' | 'empty';

/** The kinds a cell can be, as bits of a set: a whole number is also a number, a date also a date-time. */
export const INTEGER = 1;
/** A number (whole or not). */
export const NUMBER = 2;
/** true or false, in any case. */
export const BOOLEAN = 4;
/** A date written YYYY-MM-DD that exists. */
export const DATE = 8;
/** A date with a time (T or a space between them), or a date alone. */
export const DATETIME = 16;
/** Every kind: what a column is assumed to be before its first cell. */
export const ANY_KIND = INTEGER | NUMBER | BOOLEAN | DATE | DATETIME;

// Leading zeros make a code, not a quantity: `07005001` is a station number and must keep its zero.
const INTEGER_VALUE = /^[+-]?(?:0|[1-9]\d*)$/;
const DECIMAL_POINT = /^[+-]?(?:(?:0|[1-9]\d*)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const DECIMAL_COMMA = /^[+-]?(?:(?:0|[1-9]\d*)(?:,\d*)?|,\d+)$/;
const DATE_VALUE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_VALUE = /^(\d{4})-(\d{2})-(\d{2})[T ]([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-][01]\d:?[0-5]\d)?$/;
const BOOLEAN_VALUE = /^(?:true|false)$/i;

/**
 * The kinds a trimmed, non-empty cell value could be, as a bit set of {@link INTEGER}, {@link NUMBER},
 * {@link BOOLEAN}, {@link DATE} and {@link DATETIME} (0: only text), among the `possible` ones.
 * `decimalComma` accepts `3,5` as a number, as files delimited by semicolons write it.
 */
export function cellKinds(value: string, decimalComma: boolean, possible = ANY_KIND): number {
	const first = value.charCodeAt(0);
	// Digits, signs and points start every number and date; a letter can only start a boolean. Kinds
	// the column has already ruled out are not tested: most cells of a large file skip most patterns.
	if ((first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46 || first === 44) {
		if (possible & NUMBER) {
			if (possible & INTEGER && INTEGER_VALUE.test(value)) return INTEGER | NUMBER;
			if (DECIMAL_POINT.test(value) || (decimalComma && DECIMAL_COMMA.test(value))) return NUMBER;
		}
		if (possible & DATE) {
			const match = DATE_VALUE.exec(value);
			if (match) return isRealDate(match) ? DATE | DATETIME : 0;
		}
		if (possible & DATETIME) {
			const match = DATETIME_VALUE.exec(value);
			if (match) return isRealDate(match) ? DATETIME : 0;
		}
		return 0;
	}
	return possible & BOOLEAN && BOOLEAN_VALUE.test(value) ? BOOLEAN : 0;
}

/** The number a cell that {@link cellKinds} found to be a number stands for. */
export function numericValue(value: string): number {
	return Number(value.replace(',', '.'));
}

/** The column type for the kinds all of its non-empty cells share. */
export function columnType(kinds: number, nonEmptyCells: number): ColumnType {
	if (nonEmptyCells === 0) return 'empty';
	if (kinds & INTEGER) return 'integer';
	if (kinds & NUMBER) return 'number';
	if (kinds & BOOLEAN) return 'boolean';
	if (kinds & DATE) return 'date';
	if (kinds & DATETIME) return 'datetime';
	return 'text';
}

function isRealDate(match: RegExpExecArray): boolean {
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (month < 1 || month > 12 || day < 1) return false;
	return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
