/**
 * The summary of one column, gathered cell by cell in a single pass with bounded memory: the
 * inferred type, how many cells are empty, the smallest and largest value of numbers and dates, and
 * how many different values there are, counted up to {@link DISTINCT_LIMIT} and then reported as
 * "more than that" rather than remembering every value of a million-row file.
 */
import { ANY_KIND, cellKinds, columnType, DATE, DATETIME, NUMBER, numericValue, type ColumnType } from './cell-types.ts';
import { hash53 } from './hash.ts';

/** Distinct values are counted up to this many; beyond it a column says "1000+". */
export const DISTINCT_LIMIT = 1000;

/** What a preview says about a column. */
export interface ColumnSummary {
	/** The column's heading as the file gives it. */
	name: string;
	type: ColumnType;
	/** Cells that are empty or blank, including those a short row leaves out. */
	empty: number;
	/** The smallest and largest value as written in the file, for number and date columns. */
	min?: string;
	max?: string;
	/** How many different non-empty values; at least that many when `distinctCapped`. */
	distinct: number;
	distinctCapped: boolean;
}

/** Gathers a {@link ColumnSummary} from the cells of one column. */
export class ColumnStats {
	readonly #name: string;
	readonly #decimalComma: boolean;
	#kinds = ANY_KIND;
	#nonEmpty = 0;
	#empty = 0;
	#minNumber = Infinity;
	#maxNumber = -Infinity;
	#minNumberText = '';
	#maxNumberText = '';
	#minDateKey: string | undefined;
	#maxDateKey: string | undefined;
	#minDateText = '';
	#maxDateText = '';
	readonly #distinct = new Set<number>();
	#distinctCapped = false;

	/** `decimalComma`: whether `3,5` counts as a number (files delimited by semicolons write it so). */
	constructor(name: string, decimalComma: boolean) {
		this.#name = name;
		this.#decimalComma = decimalComma;
	}

	/** Counts one cell. */
	add(cell: string): void {
		const value = cell.trim();
		if (value === '') {
			this.#empty++;
			return;
		}
		this.#nonEmpty++;
		if (this.#kinds !== 0) {
			const kinds = cellKinds(value, this.#decimalComma, this.#kinds);
			this.#kinds &= kinds;
			if (kinds & NUMBER) this.#addNumber(value);
			if (kinds & (DATE | DATETIME)) this.#addDate(value);
		}
		if (!this.#distinctCapped) {
			this.#distinct.add(hash53(value));
			if (this.#distinct.size > DISTINCT_LIMIT) this.#distinctCapped = true;
		}
	}

	/** Counts a cell that a row too short for the header leaves out. */
	addMissing(): void {
		this.#empty++;
	}

	/** The summary of the cells counted so far. */
	summary(): ColumnSummary {
		const type = columnType(this.#kinds, this.#nonEmpty);
		const numeric = type === 'integer' || type === 'number';
		const dated = type === 'date' || type === 'datetime';
		return {
			name: this.#name,
			type,
			empty: this.#empty,
			...(numeric ? { min: this.#minNumberText, max: this.#maxNumberText } : {}),
			...(dated ? { min: this.#minDateText, max: this.#maxDateText } : {}),
			distinct: this.#distinctCapped ? DISTINCT_LIMIT : this.#distinct.size,
			distinctCapped: this.#distinctCapped,
		};
	}

	#addNumber(value: string): void {
		const number = numericValue(value);
		if (number < this.#minNumber) {
			this.#minNumber = number;
			this.#minNumberText = value;
		}
		if (number > this.#maxNumber) {
			this.#maxNumber = number;
			this.#maxNumberText = value;
		}
	}

	#addDate(value: string): void {
		// ISO dates sort as text; a space or a T between date and time must not change the order.
		const key = value.replace(' ', 'T');
		if (this.#minDateKey === undefined || key < this.#minDateKey) {
			this.#minDateKey = key;
			this.#minDateText = value;
		}
		if (this.#maxDateKey === undefined || key > this.#maxDateKey) {
			this.#maxDateKey = key;
			this.#maxDateText = value;
		}
	}
}
