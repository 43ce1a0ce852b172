/**
 * Reads one data file of the repository at build time: its preview, and the problems of the file and
 * of its rows against its data dictionary, as located diagnostics. A file that is not CSV, cannot be
 * read or has a quote that never closes is an error; ragged rows, stray quotes and repeated headers
 * are warnings (the preview shows them too); how dictionary problems count is the catalogue's choice.
 */
import { join } from 'node:path';
import type { PreviewOutcome, PreviewProblem } from '../csv/preview-outcome.ts';
import { profileCsvFile } from '../csv/profile-file.ts';
import type { TableProfile } from '../csv/table-profile.ts';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.ts';
import { DictionaryChecker } from '../dictionary/dictionary-checker.ts';
import type { TableSchemaRecord } from '../records.ts';

/** A data file to read, with its dictionary when it has one. */
export interface DataFileTask {
	/** Relative to the catalogue root: `public/data/mto/counts.csv`. */
	file: string;
	dictionary?: { schema: TableSchemaRecord; sourcePath: string };
}

/** The preview (undefined when the file could not be read at all) and the problems found. */
export interface DataFileResult {
	preview: PreviewOutcome | undefined;
	diagnostics: Diagnostic[];
}

const PROBLEM_MESSAGES: Record<PreviewProblem, { message: string; hint: string }> = {
	empty: { message: 'is empty: it has no header row', hint: 'a CSV file starts with a row of column names' },
	binary: { message: 'is not a CSV file: it is a binary file (a spreadsheet, an archive, a PDF or an image)', hint: 'export the data as CSV (in a spreadsheet program: Save as, CSV UTF-8), or give the distribution the format of the file' },
	markup: { message: 'is not a CSV file: it is a web page or XML', hint: 'the file was probably saved from a browser page; download the data itself' },
	json: { message: 'is not a CSV file: it is JSON', hint: 'give the distribution the JSON format, or convert the data to CSV' },
	'unclosed-quote': { message: 'has a quote that is never closed: the rest of the file would read as a single cell', hint: 'look for a cell that starts with " but has no closing "; quotes inside a quoted cell are written twice ("")' },
};

/** Reads `task.file` under `root`, checking it against its dictionary with `dictionarySeverity`. */
export async function checkDataFile(root: string, task: DataFileTask, dictionarySeverity: Severity): Promise<DataFileResult> {
	const at = { file: task.file, line: 1, column: 1, field: '' };
	const createSinks = () => (task.dictionary ? [new DictionaryChecker({ dataFile: task.file, dictionary: task.dictionary.schema, dictionaryFile: task.dictionary.sourcePath, severity: dictionarySeverity })] : []);
	let read;
	try {
		read = await profileCsvFile(join(root, task.file), createSinks);
	} catch (error) {
		return { preview: undefined, diagnostics: [{ ...at, severity: 'error', code: 'data.unreadable', message: `cannot be read: ${(error as Error).message}` }] };
	}
	const { outcome, sinks } = read;
	if (!outcome.ok) return { preview: outcome, diagnostics: [{ ...at, severity: 'error', code: `data.${outcome.problem}`, ...PROBLEM_MESSAGES[outcome.problem] }] };
	return { preview: outcome, diagnostics: [...fileWarnings(task.file, outcome.profile), ...sinks.flatMap((sink) => sink.diagnostics())] };
}

function fileWarnings(file: string, profile: TableProfile): Diagnostic[] {
	const out: Diagnostic[] = [];
	const warn = (line: number, rest: Pick<Diagnostic, 'code' | 'message'> & Partial<Diagnostic>) => out.push({ severity: 'warning', file, line, column: 1, field: '', ...rest });
	if (profile.raggedRows > 0) {
		warn(profile.firstRaggedLine!, { code: 'data.ragged-rows', message: `has ${profile.raggedRows} row${profile.raggedRows === 1 ? '' : 's'} whose number of cells differs from the header's, the first on this line`, expected: `${profile.columnCount} cells per row`, hint: 'a cell with a comma (or the delimiter) in it must be quoted; a file made of several tables should be split' });
	}
	if (profile.quoteProblems > 0) {
		warn(profile.firstQuoteProblemLine!, { code: 'data.quotes', message: `has ${profile.quoteProblems} misplaced quote${profile.quoteProblems === 1 ? '' : 's'}, the first in the row on this line`, hint: 'a quote inside a quoted cell is written twice (""); a cell with a quote in it must itself be quoted' });
	}
	if (profile.repeatedHeaders > 0) {
		warn(1, { code: 'data.repeated-header', message: `repeats its header row ${profile.repeatedHeaders} time${profile.repeatedHeaders === 1 ? '' : 's'} further down`, hint: 'remove the repeated header rows: they read as data' });
	}
	return out;
}
