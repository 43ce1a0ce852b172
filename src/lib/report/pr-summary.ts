/**
 * The pull-request summary the check workflow writes to the job summary: which datasets a pull
 * request adds, changes or removes, and the errors and warnings of each file. Pure functions; the
 * git and validator calls are in scripts/pr-summary.ts.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { markdownCode, markdownText } from './markdown-text.ts';

/** One line of `git diff --name-status`: what happened to a file, and where it is now. */
export interface FileChange {
	status: 'added' | 'modified' | 'deleted' | 'renamed' | 'copied' | 'other';
	path: string;
	/** The old path of a renamed or copied file. */
	from?: string;
}

/** A dataset file touched by the pull request. */
export interface DatasetChange {
	publisher: string;
	id: string;
	path: string;
	/** The old path when the file was renamed or moved. */
	from?: string;
}

/** Datasets by what happened to them. */
export interface DatasetChanges {
	added: DatasetChange[];
	changed: DatasetChange[];
	removed: DatasetChange[];
}

/** The part of `validate --format json` output the summary reads. */
export interface ValidationReport {
	files: number;
	errors: number;
	warnings: number;
	diagnostics: Diagnostic[];
}

const STATUS: Record<string, FileChange['status']> = { A: 'added', M: 'modified', D: 'deleted', R: 'renamed', C: 'copied' };

/**
 * Parses the output of `git diff --name-status` (with or without `-M`): tab-separated lines such as
 * `M\tpath`, `R100\told\tnew`. Blank lines are ignored.
 */
export function parseNameStatus(output: string): FileChange[] {
	return output
		.split(/\r?\n/)
		.filter((line) => line.trim() !== '')
		.map((line) => {
			const [code = '', first = '', second] = line.split('\t');
			const status = STATUS[code.charAt(0)] ?? 'other';
			return second !== undefined ? { status, path: second, from: first } : { status, path: first };
		});
}

/**
 * `datasets/<publisher>/<id>.yaml` → its publisher and id; anything else → undefined, data
 * dictionaries beside the datasets (`<name>.schema.yaml`: ids have no dots) included.
 */
export function datasetPath(path: string): { publisher: string; id: string } | undefined {
	const match = /^datasets\/([^/]+)\/([^/.]+)\.yaml$/.exec(path);
	return match ? { publisher: match[1]!, id: match[2]! } : undefined;
}

/**
 * Sorts changed files into datasets added, changed and removed. A dataset renamed to a path that is
 * not a dataset counts as removed; a file renamed into `datasets/` counts as added; a dataset moved
 * between dataset paths counts as changed (with `from`). Other files are left out.
 */
export function classifyDatasetChanges(changes: readonly FileChange[]): DatasetChanges {
	const result: DatasetChanges = { added: [], changed: [], removed: [] };
	for (const change of changes) {
		const now = datasetPath(change.path);
		const before = change.from !== undefined ? datasetPath(change.from) : undefined;
		if (change.status === 'deleted') {
			if (now) result.removed.push({ ...now, path: change.path });
		} else if (change.status === 'renamed') {
			if (now && before) result.changed.push({ ...now, path: change.path, from: change.from });
			else if (now) result.added.push({ ...now, path: change.path });
			else if (before) result.removed.push({ ...before, path: change.from! });
		} else if (now) {
			(change.status === 'added' || change.status === 'copied' ? result.added : result.changed).push({ ...now, path: change.path });
		}
	}
	const byPath = (a: DatasetChange, b: DatasetChange) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
	for (const list of Object.values(result)) list.sort(byPath);
	return result;
}

/** Errors and warnings counted per file, files in path order. */
export function countByFile(diagnostics: readonly Diagnostic[]): Array<{ file: string; errors: number; warnings: number }> {
	const counts = new Map<string, { errors: number; warnings: number }>();
	for (const d of diagnostics) {
		const entry = counts.get(d.file) ?? { errors: 0, warnings: 0 };
		if (d.severity === 'error') entry.errors++;
		else entry.warnings++;
		counts.set(d.file, entry);
	}
	return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([file, c]) => ({ file, ...c }));
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The job summary in GitHub-flavoured Markdown: the validation verdict, the datasets added, changed
 * and removed (with each one's problems), then every file with problems and its problems listed.
 * Everything that comes from the pull request (paths, ids, fields, messages quoting its values) is
 * written as text only (markdown-text.ts), so it cannot add links, images or HTML to the summary.
 */
export function formatPrSummary(changes: DatasetChanges, report: ValidationReport): string {
	const perFile = countByFile(report.diagnostics);
	const problemsOf = (path: string) => {
		const c = perFile.find((f) => f.file === path);
		return c ? [c.errors && plural(c.errors, 'error'), c.warnings && plural(c.warnings, 'warning')].filter(Boolean).join(', ') : '';
	};
	const verdict = report.errors > 0 ? '❌ Validation failed' : report.warnings > 0 ? '⚠️ Validation passed with warnings' : '✅ Validation passed';
	const lines = [
		'## Catalogue check',
		'',
		`${verdict}: ${plural(report.errors, 'error')} and ${plural(report.warnings, 'warning')} in ${plural(report.files, 'file')} checked.`,
		'',
	];

	const sections: Array<[string, DatasetChange[]]> = [
		['Added', changes.added],
		['Changed', changes.changed],
		['Removed', changes.removed],
	];
	const total = changes.added.length + changes.changed.length + changes.removed.length;
	lines.push('### Datasets', '');
	if (total === 0) {
		lines.push('This pull request adds, changes or removes no dataset.', '');
	} else {
		lines.push('| | Dataset | Publisher | File | Problems |', '| --- | --- | --- | --- | --- |');
		for (const [label, list] of sections) {
			for (const d of list) {
				const file = d.from ? `${markdownCode(d.from)} → ${markdownCode(d.path)}` : markdownCode(d.path);
				const problems = label === 'Removed' ? '' : problemsOf(d.path) || 'none';
				lines.push(`| ${label} | ${markdownCode(d.id)} | ${markdownCode(d.publisher)} | ${file} | ${problems} |`);
			}
		}
		lines.push('');
	}

	if (perFile.length > 0) {
		lines.push('### Problems by file', '');
		for (const { file, errors, warnings } of perFile) {
			lines.push(`<details><summary>${markdownCode(file)}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}</summary>`, '');
			for (const d of report.diagnostics.filter((x) => x.file === file)) {
				const severity = d.severity === 'error' ? 'error' : 'warning';
				const where = `line ${Number(d.line)}, column ${Number(d.column)}`;
				lines.push(
					`- ${severity} at ${where}${d.field ? ` (${markdownCode(d.field)})` : ''}: ${markdownText(d.message)}${d.hint ? ` — hint: ${markdownText(d.hint)}` : ''}`,
				);
			}
			lines.push('', '</details>', '');
		}
	}
	return `${lines.join('\n').trimEnd()}\n`;
}
