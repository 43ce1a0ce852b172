/**
 * CSV for spreadsheet programs: UTF-8 with a byte-order mark (without it Excel reads French text as
 * Windows-1252), CRLF line ends, RFC 4180 quoting. The one CSV writer of the site: every export
 * (schedule.csv, inventory.csv) goes through {@link toCsv}.
 *
 * Metadata is untrusted, so a cell that a spreadsheet could run as a formula is written with a
 * leading apostrophe, which spreadsheets show as text: one that starts with =, +, -, @ (or their
 * full-width and small forms, ＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫, and the minus sign −, which some spreadsheets
 * read as the ASCII ones), after any white space (a space, a tab, a no-break or other Unicode
 * space, a zero-width one) and any separators (`;=1+1`: a spreadsheet that splits on `;` would start
 * a cell at the `=`). Cells holding a `;`, a tab or a `|` are quoted as well as those holding a
 * comma, so no spreadsheet splits them, whatever separator it guesses.
 */

/** A cell value: text, a number, yes/no, or nothing (an empty cell). */
export type CsvValue = string | number | boolean | undefined;

/** Leading space of any kind, separators, then a sign a spreadsheet reads as the start of a formula. */
const FORMULA_START = /^[\s\u200B-\u200D\u2060]*(?:[;,|][\s\u200B-\u200D\u2060]*)*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B\u2212]/;

/** Text that must be quoted: the quote itself, line breaks, and any character a spreadsheet may split cells on. */
const NEEDS_QUOTES = /[",;|\t\r\n]/;

/** The CSV text of `rows`, with `columns` as the header row and the order of the cells. */
export function toCsv<K extends string>(columns: readonly K[], rows: ReadonlyArray<Partial<Record<K, CsvValue>>>): string {
	const lines = [columns.map(quote).join(','), ...rows.map((row) => columns.map((column) => cell(row[column])).join(','))];
	return `\ufeff${lines.join('\r\n')}\r\n`;
}

function cell(value: CsvValue): string {
	if (value === undefined) return '';
	if (typeof value === 'boolean') return value ? 'yes' : 'no';
	if (typeof value === 'number') return String(value);
	return quote(isFormulaLike(value) ? `'${value}` : value);
}

/** Whether a spreadsheet could take `text` for a formula (a tab or CR at the start counts: some programs drop them). */
export function isFormulaLike(text: string): boolean {
	return FORMULA_START.test(text) || /^[\t\r]/.test(text);
}

function quote(text: string): string {
	return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
