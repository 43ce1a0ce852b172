/**
 * Hands the rows papaparse finds to the readers of a table (the preview, the data-dictionary check)
 * with the line each row starts on, so problems can be located in the file: rows with quoted line
 * breaks span several lines, and blank lines are skipped but still counted.
 */
import type { ParseResult } from 'papaparse';

/** Something that reads a table row by row. */
export interface TableSink {
	/** The file's first non-blank row. */
	header(cells: string[], line: number): void;
	/** Every later non-blank row, with the line (1-based) it starts on. */
	row(cells: string[], line: number): void;
	/** A quote that is never closed, or one in the middle of an unquoted field, on `line`. */
	quoteProblem?(line: number): void;
}

/** Feeds the results of each papaparse chunk to the sinks, in order. */
export class RowFeeder {
	readonly #sinks: readonly TableSink[];
	readonly #lineBreak: string;
	#line = 1;
	#sawHeader = false;

	/** `lineBreak`: the character that ends a line inside quoted cells (`\n`, or `\r` for old Mac files). */
	constructor(sinks: readonly TableSink[], lineBreak: string) {
		this.#sinks = sinks;
		this.#lineBreak = lineBreak === '\r' ? '\r' : '\n';
	}

	/** Passes on the rows of one chunk of parse results. */
	feed(results: Pick<ParseResult<string[]>, 'data' | 'errors'>): void {
		const quoteRows = new Set(results.errors.filter((e) => e.type === 'Quotes').map((e) => e.row));
		const rows = results.data;
		for (let i = 0; i < rows.length; i++) {
			const cells = rows[i]!;
			const line = this.#line;
			this.#line += 1 + this.#lineBreaksIn(cells);
			if (quoteRows.has(i)) for (const sink of this.#sinks) sink.quoteProblem?.(line);
			if (cells.length === 1 && cells[0] === '') continue;
			if (this.#sawHeader) {
				for (const sink of this.#sinks) sink.row(cells, line);
			} else {
				this.#sawHeader = true;
				for (const sink of this.#sinks) sink.header(cells, line);
			}
		}
	}

	#lineBreaksIn(cells: readonly string[]): number {
		let count = 0;
		for (const cell of cells) {
			let at = cell.indexOf(this.#lineBreak);
			while (at !== -1) {
				count++;
				at = cell.indexOf(this.#lineBreak, at + 1);
			}
		}
		return count;
	}
}
