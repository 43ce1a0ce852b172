/**
 * Reads one release schedule, `schedules/<publisher-id>.csv`: decode, parse (read-csv.ts), check the
 * header (columns.ts), then validate every row against schemas/schedule-row.schema.json. Problems
 * are located by line and column in the file and named by spreadsheet row: `row 14:planned_release`.
 */
import type { ValidateFunction } from 'ajv';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { DataPath } from '../load/locate.ts';
import type { ScheduleRowRecord } from '../records.ts';
import { impossibleDateHint } from '../validate/date-hint.ts';
import { unwrittenPhrase, unwrittenTextProblem } from '../validate/placeholders.ts';
import { describeSchemaErrors } from '../validate/schema-errors.ts';
import { unsafeCharacter } from '../validate/unsafe-characters.ts';
import { cellPosition, checkHeader } from './columns.ts';
import { parsePlannedDate } from './planned-date.ts';
import { readCsv, type CsvRow } from './read-csv.ts';
import { append } from '../append.ts';

/** A schema-valid row of a schedule, with where it is. */
export interface ScheduleRowEntry {
	record: ScheduleRowRecord;
	row: CsvRow;
	/** Where the cell of a column is (the row's start for an empty one). */
	at(column?: keyof ScheduleRowRecord): { line: number; column: number };
}

/**
 * A row that failed the row schema or has an impossible planned date: its cells as written and the
 * columns already reported, so the cross-checks of its other cells still run in the same pass.
 */
export interface UnverifiedRowEntry {
	cells: Partial<Record<keyof ScheduleRowRecord, string>>;
	row: CsvRow;
	at(column?: keyof ScheduleRowRecord): { line: number; column: number };
	/** The columns a problem was already reported on. */
	reported: ReadonlySet<string>;
}

/** The texts given per language in two columns, `<base>_en` and `<base>_fr`. */
const PAIRED_TEXTS = ['title', 'priority_reason', 'notes', 'delay_reason'] as const;

/** Reads schedule `file` from its text; every problem of every row is reported, valid rows are returned. */
export function readSchedule(
	file: string,
	text: string,
	validate: ValidateFunction,
	languages: readonly string[],
	maxColumns?: number,
): { rows: ScheduleRowEntry[]; unverifiedRows: UnverifiedRowEntry[]; diagnostics: Diagnostic[] } {
	const { table, diagnostics } = readCsv(file, text, maxColumns);
	if (!table) return { rows: [], unverifiedRows: [], diagnostics };
	const header = checkHeader(file, table);
	append(diagnostics, header.diagnostics);
	if (!header.readable) return { rows: [], unverifiedRows: [], diagnostics };
	const { columns } = header;
	const rows: ScheduleRowEntry[] = [];
	const unverifiedRows: UnverifiedRowEntry[] = [];
	for (const row of table.rows) {
		const at = (column?: string) => cellPosition(row, columns, column);
		const name = (path: DataPath) => (path.length ? `row ${row.number}:${path.join('.')}` : `row ${row.number}`);
		const record: Record<string, string> = {};
		row.cells.forEach((cell, index) => {
			const column = columns[index];
			if (column !== undefined && cell.value !== '') record[column] = cell.value;
			const unsafe = unsafeCharacter(cell.value);
			if (unsafe)
				diagnostics.push({
					severity: 'error',
					code: 'text.unsafe-character',
					file,
					line: cell.line,
					column: cell.column,
					field: name(column === undefined ? [] : [column]),
					...unsafe,
				});
		});
		const extra = row.cells.findIndex((cell, index) => index >= columns.length && cell.value !== '');
		if (extra >= 0) {
			const cell = row.cells[extra]!;
			diagnostics.push({
				severity: 'error',
				code: 'csv.extra-cell',
				file,
				line: cell.line,
				column: cell.column,
				field: name([]),
				message: `has more cells than the header has columns (${row.cells.length} for ${columns.length})`,
				got: JSON.stringify(cell.value),
				hint: 'a cell probably holds the delimiter without quotes around it, or the header is missing a column',
			});
		}
		if (!validate(record)) {
			const errors = validate.errors ?? [];
			append(diagnostics, describeSchemaErrors(file, errors, { at: (path) => at(path[0] as string | undefined), name }));
			unverifiedRows.push({ cells: record, row, at, reported: new Set(errors.map(errorColumn)) });
			continue;
		}
		const entry: ScheduleRowEntry = { record: record as unknown as ScheduleRowRecord, row, at };
		if (!parsePlannedDate(entry.record.planned_release)) {
			diagnostics.push({
				severity: 'error',
				code: 'schedule.planned-date',
				file,
				...at('planned_release'),
				field: name(['planned_release']),
				message: 'is not a real date',
				expected: 'a date that exists, written YYYY-MM-DD',
				got: JSON.stringify(entry.record.planned_release),
				hint: impossibleDateHint(entry.record.planned_release),
			});
			unverifiedRows.push({ cells: record, row, at, reported: new Set(['planned_release']) });
			continue;
		}
		append(diagnostics, missingTranslations(file, entry, languages, name));
		append(diagnostics, unwrittenTexts(file, entry, name));
		rows.push(entry);
	}
	return { rows, unverifiedRows, diagnostics };
}

/** The column an ajv error of a row is about: the cell's (`/status`) or the missing one's. */
function errorColumn(error: { instancePath: string; params: Record<string, unknown> }): string {
	const column = error.instancePath.split('/')[1];
	return column ?? String(error.params.missingProperty ?? '');
}

/** The paired texts of a row that still hold a placeholder ("To be written", "À rédiger"): errors, as in the YAML files. */
function unwrittenTexts(file: string, entry: ScheduleRowEntry, name: (path: DataPath) => string): Diagnostic[] {
	const record = entry.record as unknown as Record<string, string | undefined>;
	return PAIRED_TEXTS.flatMap((base) =>
		['en', 'fr'].flatMap((lang) => {
			const column = `${base}_${lang}` as keyof ScheduleRowRecord;
			const phrase = record[column] === undefined ? undefined : unwrittenPhrase(record[column]!);
			return phrase === undefined ? [] : [{ file, ...entry.at(column), field: name([column]), ...unwrittenTextProblem(phrase) }];
		}),
	);
}

/** A text given in one catalogue language but not another is a warning, as in the YAML files. */
function missingTranslations(file: string, entry: ScheduleRowEntry, languages: readonly string[], name: (path: DataPath) => string): Diagnostic[] {
	const record = entry.record as unknown as Record<string, string | undefined>;
	return PAIRED_TEXTS.flatMap((base) => {
		const present = ['en', 'fr'].filter((lang) => record[`${base}_${lang}`] !== undefined);
		if (present.length === 0) return [];
		return ['en', 'fr']
			.filter((lang) => languages.includes(lang) && !present.includes(lang))
			.map((lang) => ({
				severity: 'warning' as const,
				code: 'text.missing-translation',
				file,
				...entry.at(`${base}_${present[0]}` as keyof ScheduleRowRecord),
				field: name([`${base}_${lang}`]),
				message: 'is missing: the translation is not given',
				hint: `fill in the ${base}_${lang} column; until then pages show the ${present[0]} text with a marker`,
			}));
	});
}
