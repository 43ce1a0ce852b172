import type { ValidateFunction } from 'ajv';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { readSourceText } from '../load/read-source.ts';
import type { ScheduleRowSource } from '../model/build-schedule.ts';
import type { ScheduleFile } from './check-schedules.ts';
import { readSchedule } from './read-schedule.ts';

/** A schedule is a spreadsheet, larger than a metadata file: 8 MB holds some 50,000 rows. */
export const MAX_SCHEDULE_BYTES = 8 * 1024 * 1024;

/**
 * Reads `schedules/<stem>.csv` under `root`: bytes → UTF-8 text (a byte-order mark is expected from
 * spreadsheet programs) → rows checked against the row schema. Never throws.
 */
export function readScheduleFile(
	root: string,
	path: string,
	stem: string,
	validate: ValidateFunction,
	languages: readonly string[],
	maxColumns?: number,
): { schedule: ScheduleFile; diagnostics: Diagnostic[] } {
	const schedule: ScheduleFile = { file: path, stem, rows: [], unverifiedRows: [] };
	const decoded = readSourceText(root, path, { maxBytes: MAX_SCHEDULE_BYTES, expectBom: true });
	if (decoded.text === undefined) return { schedule, diagnostics: decoded.diagnostics };
	const { rows, unverifiedRows, diagnostics } = readSchedule(path, decoded.text, validate, languages, maxColumns);
	return { schedule: { ...schedule, rows, unverifiedRows }, diagnostics: [...decoded.diagnostics, ...diagnostics] };
}

/** Reads every schedule file found under `root`, collecting the problems of all of them. */
export function readScheduleFiles(
	root: string,
	files: ReadonlyArray<{ path: string; stem: string }>,
	validate: ValidateFunction,
	languages: readonly string[],
	maxColumns?: number,
): { schedules: ScheduleFile[]; diagnostics: Diagnostic[] } {
	const read = files.map((file) => readScheduleFile(root, file.path, file.stem, validate, languages, maxColumns));
	return { schedules: read.map((r) => r.schedule), diagnostics: read.flatMap((r) => r.diagnostics) };
}

/** The valid rows of every schedule, each with its publisher and where it came from, for the model. */
export function scheduleRowSources(schedules: readonly ScheduleFile[]): ScheduleRowSource[] {
	return schedules.flatMap((s) => s.rows.map((entry) => ({ publisher: s.stem, record: entry.record, sourcePath: s.file, row: entry.row.number })));
}
