import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { SourceKind } from '../validate/schemas.ts';
import { append } from '../append.ts';
import { findLinks } from './find-links.ts';
import { entryKind, listFolder } from './repo-files.ts';

/** A metadata file found under the catalogue root: a YAML file of some kind, or a release schedule (CSV). */
export interface SourceFile {
	kind: SourceKind | 'schedule';
	/** Relative to the root, forward slashes. */
	path: string;
	stem: string;
	folder?: string;
}

/** A data dictionary beside the datasets: `<name>.schema.yaml` or `<name>.schema.json` (dataset ids have no dots). */
const DICTIONARY_FILE = /\.schema\.(?:yaml|json)$/;

/**
 * Lists the files a catalogue is made of: `catalogue.yaml`, `publishers/<id>.yaml`,
 * `datasets/<publisher>/<id>.yaml`, the data dictionaries beside them (`<name>.schema.yaml`), the
 * request log's `requests/<id>.yaml`, and in `schedules/` the plans (`<plan-id>.yaml`) and the
 * release schedules (`<publisher-id>.csv`). YAML files anywhere else under those folders are reported,
 * not silently ignored, since a steward who put one there expects it to be published. Symbolic links
 * and special files anywhere in the catalogue (public/ included) are reported and never read.
 */
export function discoverSources(root: string): { files: SourceFile[]; diagnostics: Diagnostic[] } {
	const files: SourceFile[] = [];
	const diagnostics: Diagnostic[] = findLinks(root);
	const misplaced = (path: string, hint: string) =>
		diagnostics.push({
			severity: 'error',
			code: 'file.location',
			file: path,
			line: 1,
			column: 1,
			field: '',
			message: 'is not where this kind of file goes',
			hint,
		});

	if (isFile(join(root, 'catalogue.yaml'))) files.push({ kind: 'catalogue', path: 'catalogue.yaml', stem: 'catalogue' });
	else if (entryKind(join(root, 'catalogue.yaml')) === 'missing')
		diagnostics.push({
			severity: 'error',
			code: 'file.missing',
			file: 'catalogue.yaml',
			line: 1,
			column: 1,
			field: '',
			message: 'is missing',
			hint: 'every catalogue needs a catalogue.yaml at its root with its title, languages, site address, licences and themes',
		});

	for (const name of list(join(root, 'publishers'))) {
		const path = `publishers/${name}`;
		if (name.endsWith('.yaml')) files.push({ kind: 'publisher', path, stem: name.slice(0, -5) });
		else if (name.endsWith('.yml')) misplaced(path, `rename it to ${name.slice(0, -4)}.yaml`);
	}
	for (const folder of list(join(root, 'datasets'))) {
		const dir = join(root, 'datasets', folder);
		if (!isDirectory(dir)) {
			if (/\.ya?ml$/.test(folder))
				misplaced(`datasets/${folder}`, 'dataset files go in the folder of their publisher: datasets/<publisher-id>/<dataset-id>.yaml');
			continue;
		}
		for (const name of list(dir)) {
			const path = `datasets/${folder}/${name}`;
			if (DICTIONARY_FILE.test(name)) files.push({ kind: 'dictionary', path, stem: name, folder });
			else if (name.endsWith('.yaml')) files.push({ kind: 'dataset', path, stem: name.slice(0, -5), folder });
			else if (name.endsWith('.yml')) misplaced(path, `rename it to ${name.slice(0, -4)}.yaml`);
			else if (isDirectory(join(dir, name))) misplaced(path, 'dataset files go directly in datasets/<publisher-id>/, not in sub-folders');
		}
	}
	for (const name of list(join(root, 'requests'))) {
		const path = `requests/${name}`;
		if (name.endsWith('.yaml')) files.push({ kind: 'request', path, stem: name.slice(0, -5) });
		else if (name.endsWith('.yml')) misplaced(path, `rename it to ${name.slice(0, -4)}.yaml`);
		else if (isDirectory(join(root, 'requests', name))) misplaced(path, 'request files go directly in requests/, one per request: requests/<request-id>.yaml');
	}
	append(files, discoverSchedules(root, misplaced));
	return { files, diagnostics };
}

/** Spreadsheet formats a steward may save a schedule in by mistake: the build reads CSV only. */
const SPREADSHEET = /\.(xlsx|xls|ods|numbers|tsv|txt)$/i;

function discoverSchedules(root: string, misplaced: (path: string, hint: string) => void): SourceFile[] {
	const files: SourceFile[] = [];
	for (const name of list(join(root, 'schedules'))) {
		const path = `schedules/${name}`;
		if (name.endsWith('.yaml')) files.push({ kind: 'plan', path, stem: name.slice(0, -5) });
		else if (name.endsWith('.csv')) files.push({ kind: 'schedule', path, stem: name.slice(0, -4) });
		else if (name.endsWith('.yml')) misplaced(path, `rename it to ${name.slice(0, -4)}.yaml`);
		else if (name.endsWith('.CSV')) misplaced(path, `rename it to ${name.slice(0, -4)}.csv`);
		else if (SPREADSHEET.test(name)) misplaced(path, 'save the release schedule as CSV (UTF-8), named after the publisher: schedules/<publisher-id>.csv');
	}
	return files;
}

/** The plain files and folders of `dir`: links and special files are left out (and reported by findLinks). */
function list(dir: string): string[] {
	if (!isDirectory(dir)) return [];
	return listFolder(dir, '.')
		.filter((entry) => entry.kind === 'file' || entry.kind === 'folder')
		.map((entry) => entry.name);
}

function isFile(path: string): boolean {
	return entryKind(path) === 'file';
}

function isDirectory(path: string): boolean {
	return entryKind(path) === 'folder';
}
