/**
 * Reads every data file of the repository that a distribution downloads, one after the other (each
 * is streamed, so memory stays bounded whatever the files' sizes), and gathers their previews and
 * problems. Files that are not CSV or TSV distributions are not read.
 */
import type { PreviewOutcome } from '../csv/preview-outcome.ts';
import type { FileLimits } from '../csv/profile-file.ts';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.ts';
import { checkDataFile, type DataFileTask } from './check-data-file.ts';
import { append } from '../append.ts';

/** A file to read and the key its preview is filed under (see {@link distributionKey}). */
export interface KeyedDataFileTask extends DataFileTask {
	key: string;
}

/** The previews by distribution key, and every problem found in the files. */
export interface DataFilesResult {
	previews: Map<string, PreviewOutcome>;
	diagnostics: Diagnostic[];
}

/** The formats whose files are previewed and checked: CSV and TSV. */
export const TABULAR_FORMATS: ReadonlySet<string> = new Set(['CSV', 'TSV']);

/** The key of a dataset file's distribution: `datasets/mto/traffic-volumes.yaml#0`. */
export function distributionKey(datasetPath: string, index: number): string {
	return `${datasetPath}#${index}`;
}

/** Reads the files of `tasks` under `root`; dictionary problems get `dictionarySeverity`. */
export async function checkDataFiles(
	root: string,
	tasks: readonly KeyedDataFileTask[],
	dictionarySeverity: Severity,
	limits?: FileLimits,
): Promise<DataFilesResult> {
	const previews = new Map<string, PreviewOutcome>();
	const diagnostics: Diagnostic[] = [];
	for (const task of tasks) {
		const result = await checkDataFile(root, task, dictionarySeverity, limits);
		if (result.preview) previews.set(task.key, result.preview);
		append(diagnostics, result.diagnostics);
	}
	return { previews, diagnostics };
}
