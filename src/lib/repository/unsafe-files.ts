/**
 * The build's own defence against files from outside the repository: every entry under the
 * catalogue's folders and the public folder must be a regular file or a real folder. A symbolic link
 * (to `/etc/passwd`, to `.git/config` with the job's token, to a folder elsewhere), a FIFO or a
 * device would otherwise be followed by the copy of `public/` or by the pages that read data files,
 * and its target published. Validation refuses them too; this check does not rely on it having run.
 */
import { lstatSync, readdirSync, type Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';

/** The files and folders of a catalogue that the build reads or publishes, relative to its root (one list for validation and the build). */
export { CATALOGUE_ENTRIES } from '../load/find-links.ts';

/** Why an entry is refused, or undefined for a regular file or folder. */
function refusal(stats: Stats): string | undefined {
	if (stats.isSymbolicLink()) return 'is a symbolic link';
	if (stats.isFile() || stats.isDirectory()) return undefined;
	return 'is not a regular file (a FIFO, socket or device)';
}

/**
 * Every entry at or under `paths` (absolute, or relative to `root`) that is not a regular file or
 * folder, as errors naming the file relative to `root`. Nothing is followed: entries are read with
 * `lstat`, and a folder link is reported, never entered. Missing paths are skipped. Sorted by path.
 */
export function findUnsafeFiles(root: string, paths: readonly string[]): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	const pending = paths.map((path) => resolve(root, path)).reverse();
	const seen = new Set<string>();
	while (pending.length > 0) {
		const path = pending.pop()!;
		if (seen.has(path)) continue;
		seen.add(path);
		let stats: Stats;
		try {
			stats = lstatSync(path);
		} catch {
			continue;
		}
		const reason = refusal(stats);
		if (reason) {
			diagnostics.push(unsafeFile(displayPath(root, path), reason));
			continue;
		}
		if (!stats.isDirectory()) continue;
		const names = readdirSync(path).sort().reverse();
		for (const name of names) pending.push(join(path, name));
	}
	return sortDiagnostics(diagnostics);
}

/** The path relative to the root with forward slashes, or as given when it is outside the root. */
function displayPath(root: string, path: string): string {
	const inside = relative(root, path);
	return inside.startsWith('..') ? path : inside.split(sep).join('/');
}

function unsafeFile(file: string, message: string): Diagnostic {
	return {
		severity: 'error',
		code: 'file.not-regular',
		file,
		line: 1,
		column: 1,
		field: '',
		message,
		hint: 'the build publishes and reads only regular files inside the repository and follows no link: commit the file itself instead of a link to it',
	};
}
