/**
 * Reads a CSV file as spreadsheets save it, with papaparse: a byte-order mark, CRLF or LF line
 * ends, quoted cells with line breaks or delimiters inside, and `,` or `;` as the delimiter (French
 * spreadsheet programs write `;`). Every cell keeps the line and column it starts at, so problems
 * can be pointed at in the file as well as by spreadsheet row.
 */
import Papa from 'papaparse';
import { firstLineCells } from '../csv/delimiter.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

/** One cell: its text (trimmed) and where it starts. */
export interface CsvCell {
	value: string;
	line: number;
	column: number;
}

/** One record of the file. */
export interface CsvRow {
	/** The row number a spreadsheet shows: the header is row 1, the first record row 2. */
	number: number;
	/** The physical line the record starts on (a quoted line break makes records span lines). */
	line: number;
	cells: CsvCell[];
}

/** A parsed CSV file: the header row, the records (blank ones skipped) and the delimiter found. */
export interface CsvTable {
	header: CsvRow;
	rows: CsvRow[];
	delimiter: ',' | ';';
}

/** The most records a schedule may have: 8 MB of a real schedule hold some 50,000 rows. */
export const MAX_CSV_ROWS = 50_000;

/**
 * Parses CSV text (already decoded, without its byte-order mark). Malformed quoting is reported
 * with its position; the records papaparse could still read are returned. A file wider than
 * `maxColumns` or longer than `maxRows` is refused (no table) as soon as that is known.
 */
export function readCsv(file: string, text: string, maxColumns = Infinity, maxRows = MAX_CSV_ROWS): { table: CsvTable | undefined; diagnostics: Diagnostic[] } {
	const delimiter = guessDelimiter(text);
	const tooWide = (line: number, row: number, cells: number): Diagnostic => ({
		severity: 'error',
		code: 'csv.too-many-columns',
		file,
		line,
		column: 1,
		field: `row ${row}`,
		message: 'has too many columns',
		expected: `at most ${maxColumns.toLocaleString('en')} columns`,
		got: `${cells.toLocaleString('en')} columns`,
		hint: 'check the delimiter; the file may not be the release schedule (the column cap is data_preview.max_columns in catalogue.yaml)',
	});
	// Counted before parsing: a header of 300,000 columns is refused without reading a cell.
	const headerCells = firstLineCells(text, delimiter);
	if (headerCells > maxColumns) return { table: undefined, diagnostics: [tooWide(1, 1, headerCells)] };
	const lines = lineStarts(text);
	const position = (offset: number) => toPosition(lines, offset);
	const diagnostics: Diagnostic[] = [];
	const records: CsvRow[] = [];
	let start = 0;
	Papa.parse<string[]>(text, {
		delimiter,
		step: (result, parser) => {
			const end = result.meta.cursor;
			if (result.data.length > maxColumns) {
				diagnostics.push(tooWide(position(start).line, records.length + 1, result.data.length));
				parser.abort();
				return;
			}
			if (records.length > maxRows) {
				diagnostics.push({
					severity: 'error',
					code: 'csv.too-many-rows',
					file,
					...position(start),
					field: `row ${records.length + 1}`,
					message: 'is one row too many: the file has too many rows to be read',
					expected: `at most ${maxRows.toLocaleString('en')} rows`,
					hint: 'a release schedule has one row per planned dataset; split it, or look for a script that wrote the same rows again and again',
				});
				parser.abort();
				return;
			}
			const offsets = cellOffsets(text, start, end, delimiter);
			const cells = result.data.map((value, i) => ({ value: value.trim(), ...position(offsets[i] ?? start) }));
			records.push({ number: records.length + 1, line: position(start).line, cells });
			for (const error of result.errors) {
				const at = position(error.index ?? start);
				diagnostics.push({
					severity: 'error',
					code: 'csv.quotes',
					file,
					...at,
					field: `row ${records.length}`,
					message: error.code === 'MissingQuotes' ? 'has a quoted cell that is never closed' : 'has a quote in the wrong place',
					hint: 'a cell that contains the delimiter, a quote or a line break must be wrapped in double quotes, with quotes inside it doubled ("")',
				});
			}
			start = end;
		},
	});
	const [header, ...rest] = records;
	if (!header || diagnostics.some((d) => d.code === 'csv.too-many-rows' || d.code === 'csv.too-many-columns')) return { table: undefined, diagnostics };
	const rows = rest.filter((row) => row.cells.some((cell) => cell.value !== ''));
	return { table: { header, rows, delimiter }, diagnostics };
}

/**
 * `;` when the first line has more semicolons than commas outside quotes, else `,`. Decided from
 * the header alone, since cells of later rows (notes) may hold either character.
 */
export function guessDelimiter(text: string): ',' | ';' {
	let commas = 0;
	let semicolons = 0;
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '"') quoted = !quoted;
		else if (!quoted && (c === '\n' || c === '\r')) break;
		else if (!quoted && c === ',') commas++;
		else if (!quoted && c === ';') semicolons++;
	}
	return semicolons > commas ? ';' : ',';
}

/** Where each cell of the record `text[start, end)` starts, following the quoting rules. */
function cellOffsets(text: string, start: number, end: number, delimiter: string): number[] {
	const offsets = [start];
	let quoted = false;
	for (let i = start; i < end; i++) {
		const c = text[i];
		if (c === '"') quoted = !quoted;
		else if (!quoted && c === delimiter) offsets.push(i + 1);
	}
	return offsets;
}

function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
	return starts;
}

/** 1-based line and column of an offset, by binary search over the line starts. */
function toPosition(starts: readonly number[], offset: number): { line: number; column: number } {
	let low = 0;
	let high = starts.length - 1;
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		if (starts[mid]! <= offset) low = mid;
		else high = mid - 1;
	}
	return { line: low + 1, column: offset - starts[low]! + 1 };
}
