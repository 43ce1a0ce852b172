/**
 * The files an import reads: one file, or every file with a wanted extension under a folder.
 * Bounded like every input: symbolic links are not followed, at most MAX_FILES files, each at most
 * MAX_FILE_BYTES; what is refused is reported, not read.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { SourceProblem } from './types.ts';

export const MAX_FILES = 20_000;
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** A file to read: its path, and its name as reports give it (relative to the source given). */
export interface SourceFile {
	path: string;
	name: string;
}

/** The files of `source` whose names end with one of `extensions` (all files when a file is given). */
export function listSourceFiles(source: string, extensions: readonly string[], problems: SourceProblem[]): SourceFile[] {
	const stat = lstatSync(source);
	if (stat.isSymbolicLink()) {
		problems.push({ file: source, message: 'is a symbolic link: not followed' });
		return [];
	}
	if (stat.isFile()) return [{ path: source, name: basename(source) }];
	const files: SourceFile[] = [];
	const walk = (dir: string, depth: number) => {
		if (depth > 8) return;
		for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
			const path = join(dir, entry.name);
			if (entry.isSymbolicLink()) problems.push({ file: relative(source, path), message: 'is a symbolic link: not followed' });
			else if (entry.isDirectory()) walk(path, depth + 1);
			else if (entry.isFile() && extensions.some((ext) => entry.name.toLowerCase().endsWith(ext))) {
				if (files.length >= MAX_FILES) {
					problems.push({ file: relative(source, path), message: `is past the ${MAX_FILES} files an import reads: not read` });
					return;
				}
				files.push({ path, name: relative(source, path) });
			}
		}
	};
	walk(source, 0);
	return files;
}

/** A file's text (UTF-8, a byte-order mark dropped), or a problem when it is too large or unreadable. */
export function readSourceText(file: SourceFile, problems: SourceProblem[]): string | undefined {
	try {
		const size = lstatSync(file.path).size;
		if (size > MAX_FILE_BYTES) {
			problems.push({ file: file.name, message: `is ${Math.round(size / 1048576)} MB, more than the ${MAX_FILE_BYTES / 1048576} MB an import reads` });
			return undefined;
		}
		return readFileSync(file.path, 'utf8').replace(/^\uFEFF/, '');
	} catch (error) {
		problems.push({ file: file.name, message: `cannot be read: ${(error as Error).message}` });
		return undefined;
	}
}

/** The source fields a record carries: keys with a value that is not empty, and `list.key` for the items of the named lists. */
export function presentFields(raw: unknown, lists: readonly string[] = []): string[] {
	if (!raw || typeof raw !== 'object') return [];
	const out = new Set<string>();
	for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
		if (!hasValue(value)) continue;
		out.add(key);
		if (lists.includes(key) && Array.isArray(value)) {
			for (const item of value)
				if (item && typeof item === 'object') for (const [inner, v] of Object.entries(item)) if (hasValue(v)) out.add(`${key}.${inner}`);
		}
	}
	return [...out];
}

function hasValue(value: unknown): boolean {
	if (value === null || value === undefined || value === '') return false;
	if (Array.isArray(value)) return value.length > 0;
	if (typeof value === 'object') return Object.values(value as object).some(hasValue);
	return true;
}
