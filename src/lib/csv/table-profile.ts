/**
 * A preview of a table: its first rows, its size, and a summary of each column, read row by row so
 * the same code serves a file streamed at build time and a download parsed in the browser. Only the
 * first {@link PREVIEW_ROWS} rows are kept; every other figure is counted over the whole file.
 */
import { ColumnStats, type ColumnSummary } from './column-stats.ts';
import type { CsvEncoding } from './encoding.ts';
import type { TableSink } from './row-feeder.ts';

/** How many rows a preview shows. */
export const PREVIEW_ROWS = 100;

/** Longer cells are cut, with an ellipsis, so one long text cannot swell a page. */
export const MAX_CELL_CHARACTERS = 200;

/** Everything a page shows about a previewed table. Plain data, so it can cross to and from a worker. */
export interface TableProfile {
	encoding: CsvEncoding;
	/** Whether the file starts with a byte-order mark. */
	bom: boolean;
	delimiter: string;
	/** The column headings (the first row), cut to {@link MAX_CELL_CHARACTERS}. */
	header: string[];
	/** The first data rows, each with one cell per heading. */
	rows: string[][];
	/** Data rows in the whole file (the header and blank lines not counted). */
	rowCount: number;
	columnCount: number;
	columns: ColumnSummary[];
	/** Rows with more or fewer cells than the header, and the line of the first. */
	raggedRows: number;
	firstRaggedLine?: number;
	/** Rows that repeat the header, as files glued together from several exports do. */
	repeatedHeaders: number;
	/** Quotes that are never closed or stray inside a field, and the line of the first. */
	quoteProblems: number;
	firstQuoteProblemLine?: number;
}

/** How the text was read, which the profile reports alongside what it found. */
export interface ReadingInfo {
	encoding: CsvEncoding;
	bom: boolean;
	delimiter: string;
}

/** Builds a {@link TableProfile} from the rows of a table. */
export class TableProfiler implements TableSink {
	readonly #reading: ReadingInfo;
	#header: string[] = [];
	#columns: ColumnStats[] = [];
	readonly #rows: string[][] = [];
	#rowCount = 0;
	#raggedRows = 0;
	#firstRaggedLine: number | undefined;
	#repeatedHeaders = 0;
	#quoteProblems = 0;
	#firstQuoteProblemLine: number | undefined;

	constructor(reading: ReadingInfo) {
		this.#reading = reading;
	}

	header(cells: string[]): void {
		this.#header = cells;
		// Files delimited by semicolons or tabs are those whose numbers may use a decimal comma.
		const decimalComma = this.#reading.delimiter !== ',';
		this.#columns = cells.map((name) => new ColumnStats(shorten(name.trim()), decimalComma));
	}

	row(cells: string[], line: number): void {
		this.#rowCount++;
		const width = this.#columns.length;
		if (this.#rows.length < PREVIEW_ROWS) {
			this.#rows.push(Array.from({ length: width }, (_, i) => shorten(cells[i] ?? '')));
		}
		if (cells.length !== width) {
			this.#raggedRows++;
			this.#firstRaggedLine ??= line;
		} else if (cells[0] === this.#header[0] && cells.every((cell, i) => cell === this.#header[i])) {
			// A header repeated mid-file is not data: counting it would make every column text.
			this.#repeatedHeaders++;
			return;
		}
		for (let i = 0; i < width; i++) {
			if (i < cells.length) this.#columns[i]!.add(cells[i]!);
			else this.#columns[i]!.addMissing();
		}
	}

	quoteProblem(line: number): void {
		this.#quoteProblems++;
		this.#firstQuoteProblemLine ??= line;
	}

	/** The profile of the rows read so far. */
	profile(): TableProfile {
		return {
			...this.#reading,
			header: this.#columns.map((_, i) => shorten(this.#header[i]!)),
			rows: this.#rows,
			rowCount: this.#rowCount,
			columnCount: this.#columns.length,
			columns: this.#columns.map((column) => column.summary()),
			raggedRows: this.#raggedRows,
			...(this.#firstRaggedLine === undefined ? {} : { firstRaggedLine: this.#firstRaggedLine }),
			repeatedHeaders: this.#repeatedHeaders,
			quoteProblems: this.#quoteProblems,
			...(this.#firstQuoteProblemLine === undefined ? {} : { firstQuoteProblemLine: this.#firstQuoteProblemLine }),
		};
	}
}

function shorten(text: string): string {
	return text.length > MAX_CELL_CHARACTERS ? `${text.slice(0, MAX_CELL_CHARACTERS - 1)}…` : text;
}
