/**
 * Which checks a pull request needs, from the paths it changes: a change to the catalogue's own
 * files (what stewards edit) needs validation, a build and the summary; a change to anything else
 * (the code, schemas, tests, workflows, documentation) needs the developer tests as well.
 */

/** The catalogue's files and folders, relative to the repository root. */
export const CATALOGUE_PATHS = ['catalogue.yaml', 'datasets/', 'publishers/', 'requests/', 'schedules/', 'public/data/'] as const;

/** Whether `path` (relative, with `/`) is one of the catalogue's files. */
export function isCataloguePath(path: string): boolean {
	return CATALOGUE_PATHS.some((prefix) => (prefix.endsWith('/') ? path.startsWith(prefix) : path === prefix));
}

/** What a pull request changes. */
export interface ChangeKinds {
	/** It changes a catalogue file. */
	catalogue: boolean;
	/** It changes a file that is not a catalogue file. */
	code: boolean;
}

/** The kinds of change among `paths` (every path a pull request touches, renames on both sides). */
export function changeKinds(paths: readonly string[]): ChangeKinds {
	return { catalogue: paths.some(isCataloguePath), code: paths.some((path) => !isCataloguePath(path)) };
}

/** `git diff --name-only` output (or `--name-status`, renames included) as the list of paths it names. */
export function changedPaths(nameStatus: string): string[] {
	return nameStatus
		.split('\n')
		.filter((line) => line.trim() !== '')
		.flatMap((line) => {
			const fields = line.split('\t');
			return fields.length === 1 ? fields : fields.slice(1);
		});
}
