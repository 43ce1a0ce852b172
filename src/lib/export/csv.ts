/**
 * CSV for spreadsheet programs: UTF-8 with a byte-order mark (without it Excel reads French text as
 * Windows-1252), CRLF line ends, RFC 4180 quoting. Metadata is untrusted, so a cell that a
 * spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) is written with a
 * leading apostrophe, which spreadsheets show as text.
 */

/** A cell value: text, a number, yes/no, or nothing (an empty cell). */
export type CsvValue = string | number | boolean | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** The CSV text of `rows`, with `columns` as the header row and the order of the cells. */
export function toCsv<K extends string>(columns: readonly K[], rows: ReadonlyArray<Partial<Record<K, CsvValue>>>): string {
	const lines = [columns.map(quote).join(','), ...rows.map((row) => columns.map((column) => cell(row[column])).join(','))];
	return `\ufeff${lines.join('\r\n')}\r\n`;
}

function cell(value: CsvValue): string {
	if (value === undefined) return '';
	if (typeof value === 'boolean') return value ? 'yes' : 'no';
	if (typeof value === 'number') return String(value);
	return quote(FORMULA_START.test(value) ? `'${value}` : value);
}

function quote(text: string): string {
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
