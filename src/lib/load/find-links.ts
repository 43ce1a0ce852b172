/**
 * Looks through the folders a catalogue reads or publishes for anything that is not a plain file or
 * folder: a symbolic link (to a file or a folder, inside the repository or out of it) or a device,
 * pipe or socket. Each one is an error naming it; the loaders skip them, and the walk never follows
 * a link, so a linked folder is reported once and not entered.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { type DiagnosticCode, hintOf } from '../diagnostics/registry.ts';
import { entryKind, listFolder } from './repo-files.ts';
import { join } from 'node:path';

/**
 * The files and folders of a catalogue, relative to its root: metadata, the scorecard's indicators,
 * the link checker's report, and `public/`, which is published as it is. The build's own check
 * (src/lib/repository/unsafe-files.ts) walks the same list.
 */
export const CATALOGUE_ENTRIES = ['catalogue.yaml', 'scorecard.yaml', 'link-report.json', 'publishers', 'datasets', 'requests', 'schedules', 'public'] as const;

/** How deep folders may nest under each entry, and how many entries the walk looks at in all. */
export const WALK_LIMITS = { depth: 16, entries: 200_000 };

/** Every link and special file under the catalogue's entries, as errors. */
export function findLinks(root: string, limits = WALK_LIMITS): Diagnostic[] {
	const found: Diagnostic[] = [];
	let seen = 0;
	const report = (path: string, code: DiagnosticCode, message: string, hint: string) =>
		found.push({ severity: 'error', code, file: path, line: 1, column: 1, field: '', message, hint });
	const visit = (path: string, depth: number): boolean => {
		if (++seen > limits.entries) {
			report(
				path.split('/')[0]!,
				'file.too-many',
				`holds more than ${limits.entries.toLocaleString('en')} files and folders`,
				'the repository holds metadata and small data files; move bulk data elsewhere',
			);
			return false;
		}
		const kind = entryKind(join(root, path));
		if (kind === 'symlink') report(path, 'file.symlink', 'is a symbolic link', hintOf('file.symlink'));
		else if (kind === 'other') report(path, 'file.not-regular', 'is not a regular file (it is a device, a pipe or a socket)', hintOf('file.not-regular'));
		else if (kind === 'folder') {
			if (depth >= limits.depth) {
				report(path, 'file.too-deep', `is nested more than ${limits.depth} folders deep`, hintOf('file.too-deep'));
				return true;
			}
			// Hidden files too: public/ is published whole, dotfiles included.
			for (const entry of listFolder(root, path, { hidden: true })) if (!visit(`${path}/${entry.name}`, depth + 1)) return false;
		}
		return true;
	};
	for (const entry of CATALOGUE_ENTRIES) if (!visit(entry, 0)) break;
	return found;
}
