/**
 * Reads one data file of the repository at build time: its preview, and the problems of the file and
 * of its rows against its data dictionary, as located diagnostics. A file that is not CSV, cannot be
 * read or has a quote that never closes is an error; ragged rows, stray quotes and repeated headers
 * are warnings (the preview shows them too); how dictionary problems count is the catalogue's choice.
 */
import { join } from 'node:path';
import type { PreviewOutcome, PreviewProblem } from '../csv/preview-outcome.ts';
import { DEFAULT_FILE_LIMITS, profileCsvFile, type FileLimits, type FileProblem } from '../csv/profile-file.ts';
import { formatMegabytes, refusalDiagnostic, repoFileRefusal } from '../load/repo-files.ts';
import type { TableProfile } from '../csv/table-profile.ts';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.ts';
import { hintOf } from '../diagnostics/registry.ts';
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

const PROBLEM_MESSAGES: Record<PreviewProblem, Explanation> = {
	empty: { message: 'is empty: it has no header row', hint: 'a CSV file starts with a row of column names' },
	binary: {
		message: 'is not a CSV file: it is a binary file (a spreadsheet, an archive, a PDF or an image)',
		hint: 'export the data as CSV (in a spreadsheet program: Save as, CSV UTF-8), or give the distribution the format of the file',
	},
	markup: { message: 'is not a CSV file: it is a web page or XML', hint: 'the file was probably saved from a browser page; download the data itself' },
	json: { message: 'is not a CSV file: it is JSON', hint: 'give the distribution the JSON format, or convert the data to CSV' },
	'unclosed-quote': {
		message: 'has a quote that is never closed: the rest of the file would read as a single cell',
		hint: 'look for a cell that starts with " but has no closing "; quotes inside a quoted cell are written twice ("")',
	},
};

type Explanation = Pick<Diagnostic, 'message' | 'hint' | 'expected'>;

/** Why a file is refused for its size, the length of a line, its number of columns or its kind, within `limits`. */
function fileProblem(problem: FileProblem, limits: FileLimits): Explanation {
	switch (problem) {
		case 'too-large':
			return {
				message: 'is too large to be read',
				expected: `at most ${formatMegabytes(limits.fileBytes)}`,
				hint: 'keep large data files on another server and give their address as the download_url',
			};
		case 'line-too-long':
			return {
				message: 'has a line too long to be read',
				expected: `lines of at most ${formatMegabytes(limits.rowBytes)}`,
				hint: 'a CSV file has one record per line; this one may not be CSV, or its line breaks were lost',
			};
		case 'too-many-columns':
			return {
				message: 'has too many columns',
				expected: `at most ${limits.columns.toLocaleString('en')} columns`,
				hint: 'a table this wide cannot be previewed; check the delimiter, or raise data_preview.max_columns in catalogue.yaml',
			};
		case 'not-regular':
			return { message: 'is not a regular file', hint: 'the catalogue reads only ordinary files committed to the repository' };
		default:
			return PROBLEM_MESSAGES[problem];
	}
}

/** Reads `task.file` under `root` within `limits`, checking it against its dictionary with `dictionarySeverity`. */
export async function checkDataFile(
	root: string,
	task: DataFileTask,
	dictionarySeverity: Severity,
	limits: FileLimits = DEFAULT_FILE_LIMITS,
): Promise<DataFileResult> {
	const at = { file: task.file, line: 1, column: 1, field: '' };
	const refusal = repoFileRefusal(root, task.file);
	if (refusal) return { preview: undefined, diagnostics: [refusalDiagnostic(task.file, refusal)] };
	const createSinks = () =>
		task.dictionary
			? [
					new DictionaryChecker({
						dataFile: task.file,
						dictionary: task.dictionary.schema,
						dictionaryFile: task.dictionary.sourcePath,
						severity: dictionarySeverity,
					}),
				]
			: [];
	let read;
	try {
		read = await profileCsvFile(join(root, task.file), createSinks, limits);
	} catch (error) {
		return { preview: undefined, diagnostics: [{ ...at, severity: 'error', code: 'data.unreadable', message: `cannot be read: ${(error as Error).message}` }] };
	}
	const { outcome, sinks } = read;
	if (!outcome.ok)
		return {
			preview: isPreviewProblem(outcome.problem) ? { ok: false, problem: outcome.problem } : undefined,
			diagnostics: [{ ...at, severity: 'error', code: `data.${outcome.problem}`, ...fileProblem(outcome.problem, limits) }],
		};
	return { preview: outcome, diagnostics: [...fileWarnings(task.file, outcome.profile), ...sinks.flatMap((sink) => sink.diagnostics())] };
}

function isPreviewProblem(problem: FileProblem): problem is PreviewProblem {
	return problem in PROBLEM_MESSAGES;
}

function fileWarnings(file: string, profile: TableProfile): Diagnostic[] {
	const out: Diagnostic[] = [];
	const warn = (line: number, rest: Pick<Diagnostic, 'code' | 'message'> & Partial<Diagnostic>) =>
		out.push({ severity: 'warning', file, line, column: 1, field: '', ...rest });
	if (profile.raggedRows > 0) {
		warn(profile.firstRaggedLine!, {
			code: 'data.ragged-rows',
			message: `has ${profile.raggedRows} row${profile.raggedRows === 1 ? '' : 's'} whose number of cells differs from the header's, the first on this line`,
			expected: `${profile.columnCount} cells per row`,
			hint: 'a cell with a comma (or the delimiter) in it must be quoted; a file made of several tables should be split',
		});
	}
	if (profile.quoteProblems > 0) {
		warn(profile.firstQuoteProblemLine!, {
			code: 'data.quotes',
			message: `has ${profile.quoteProblems} misplaced quote${profile.quoteProblems === 1 ? '' : 's'}, the first in the row on this line`,
			hint: 'a quote inside a quoted cell is written twice (""); a cell with a quote in it must itself be quoted',
		});
	}
	if (profile.repeatedHeaders > 0) {
		warn(1, {
			code: 'data.repeated-header',
			message: `repeats its header row ${profile.repeatedHeaders} time${profile.repeatedHeaders === 1 ? '' : 's'} further down`,
			hint: hintOf('data.repeated-header'),
		});
	}
	return out;
}
