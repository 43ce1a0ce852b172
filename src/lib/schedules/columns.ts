/**
 * The columns of a release schedule, taken from schemas/schedule-row.schema.json so the schema
 * stays the one place they are defined, and the check of a schedule's header row against them.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { didYouMean } from '../validate/did-you-mean.ts';
import { schemas } from '../validate/schema-documents.ts';
import type { CsvRow, CsvTable } from './read-csv.ts';

/** Every column a schedule may have, in the order the schema documents them. */
export const SCHEDULE_COLUMNS: readonly string[] = Object.keys(schemas.scheduleRow.properties);

/** The columns every schedule must have. */
export const REQUIRED_COLUMNS: readonly string[] = schemas.scheduleRow.required;

/** The column each cell position holds (`undefined` for a column that is ignored), and whether rows can be read. */
export interface HeaderCheck {
	columns: Array<string | undefined>;
	/** False when a required column is missing: every row would fail for the same reason. */
	readable: boolean;
	diagnostics: Diagnostic[];
}

/**
 * Matches the header row against the known columns, exactly: a misspelt, duplicated or missing
 * column is an error with a hint. A column with no name and no values (spreadsheets leave them) is ignored.
 */
export function checkHeader(file: string, table: CsvTable): HeaderCheck {
	const diagnostics: Diagnostic[] = [];
	const seen = new Set<string>();
	const columns = table.header.cells.map((cell, index) => {
		const name = cell.value;
		const problem = (message: string, hint?: string) =>
			diagnostics.push({
				severity: 'error',
				code: 'csv.header',
				file,
				line: cell.line,
				column: cell.column,
				field: `row 1:${name || `column ${index + 1}`}`,
				message,
				hint,
			});
		if (name === '') {
			if (table.rows.some((row) => (row.cells[index]?.value ?? '') !== ''))
				problem('has values but no column name', `name the column; the columns are: ${SCHEDULE_COLUMNS.join(', ')}`);
			return undefined;
		}
		if (!SCHEDULE_COLUMNS.includes(name)) {
			const guess = didYouMean(name, SCHEDULE_COLUMNS);
			problem(
				'is not a known column',
				guess ? `did you mean "${guess}"? Column names are matched exactly (lower case, with underscores)` : `the columns are: ${SCHEDULE_COLUMNS.join(', ')}`,
			);
			return undefined;
		}
		if (seen.has(name)) {
			problem('is a column given twice', 'remove or rename the second one');
			return undefined;
		}
		seen.add(name);
		return name;
	});
	const missing = REQUIRED_COLUMNS.filter((name) => !seen.has(name));
	for (const name of missing) {
		diagnostics.push({
			severity: 'error',
			code: 'csv.missing-column',
			file,
			line: table.header.line,
			column: 1,
			field: `row 1:${name}`,
			message: 'is a required column and is missing',
			hint: `the first row of a schedule names its columns; ${REQUIRED_COLUMNS.join(', ')} are required`,
		});
	}
	return { columns, readable: missing.length === 0, diagnostics };
}

/** The position of the cell of `column` in `row`, or of the row's start when the cell is not there. */
export function cellPosition(row: CsvRow, columns: ReadonlyArray<string | undefined>, column: string | undefined): { line: number; column: number } {
	const index = column === undefined ? -1 : columns.indexOf(column);
	const cell = index >= 0 ? row.cells[index] : undefined;
	return cell ? { line: cell.line, column: cell.column } : { line: row.line, column: 1 };
}
