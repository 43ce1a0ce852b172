/**
 * Safe reading of the files a pull request brings. Every file the catalogue reads must be a regular
 * file inside the repository: a symbolic link (to `/etc/passwd`, to `.git/config`, to `/dev/zero`,
 * or a linked folder) would let a pull request publish or preview what is not in it, or hang the
 * build. So paths are checked one folder at a time with `lstat` (which never follows a link), the
 * file is opened with `O_NOFOLLOW`, its size is taken from the open file before reading, and no more
 * than the limit (plus one byte, to notice a file that grows) is ever read.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, type BigIntStats } from 'node:fs';
import { join, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { hintOf } from '../diagnostics/registry.ts';

/** What kind of thing a path of the repository is, without following links. */
export type EntryKind = 'file' | 'folder' | 'symlink' | 'other' | 'missing';

/** Why a path cannot be read as a file of the repository. */
export interface Refusal {
	code: 'file.symlink' | 'file.not-regular' | 'file.outside' | 'file.missing' | 'file.too-large' | 'file.unreadable';
	message: string;
	hint?: string;
	expected?: string;
	got?: string;
}

/** The bytes of a file, or why they were not read. */
export type ReadResult = { bytes: Uint8Array; refusal?: undefined } | { bytes?: undefined; refusal: Refusal };

const SYMLINK_HINT = hintOf('file.symlink');

/** The kind of `path` (absolute) as it is on disk: a link is a link, wherever it points. */
export function entryKind(path: string): EntryKind {
	try {
		return kindOf(lstatSync(path));
	} catch {
		return 'missing';
	}
}

/**
 * Why `relative` (forward slashes, under `root`) is not a regular file of the repository, or
 * undefined when it is one: every folder on the way is checked, so a linked folder is refused too,
 * and the real path must still lie under the real root.
 */
export function repoFileRefusal(root: string, relative: string): Refusal | undefined {
	return checkRepoFile(root, relative).refusal;
}

/** A file of the repository as {@link checkRepoFile} found it. */
export type RepoFileCheck = { refusal: Refusal; stats?: undefined } | { refusal?: undefined; stats: BigIntStats };

/**
 * {@link repoFileRefusal}, with the file's own `lstat` (nanosecond times) when it is not refused:
 * its size, times and inode tell whether it changed since a run that read it (stat-signature.ts).
 */
export function checkRepoFile(root: string, relative: string): RepoFileCheck {
	const parts = relative.split('/');
	let stats: BigIntStats | undefined;
	for (let i = 1; i <= parts.length; i++) {
		const last = i === parts.length;
		const path = join(root, ...parts.slice(0, i));
		let kind: EntryKind;
		if (last) {
			stats = lstatOrUndefined(path);
			kind = stats === undefined ? 'missing' : kindOf(stats);
		} else {
			kind = entryKind(path);
		}
		if (kind === 'symlink') {
			const where = parts.slice(0, i).join('/');
			return { refusal: { code: 'file.symlink', message: last ? 'is a symbolic link' : `is inside ${where}, which is a symbolic link`, hint: SYMLINK_HINT } };
		}
		if (kind === 'missing') return { refusal: { code: 'file.missing', message: 'does not exist' } };
		if (!last && kind !== 'folder') return { refusal: { code: 'file.missing', message: 'does not exist' } };
		if (last && kind !== 'file')
			return {
				refusal: {
					code: 'file.not-regular',
					message: `is not a regular file (it is ${kind === 'folder' ? 'a folder' : 'a device, a pipe or a socket'})`,
					hint: hintOf('file.not-regular'),
				},
			};
	}
	// Every part was just checked not to be a link: when each is a plain name (no `..`, nothing
	// empty), the real path is the real root's plus `relative`, and resolving both would only
	// repeat those checks (nine more lstat calls a file at 10,000 datasets: ~0.15 s of a warm validate).
	if (process.platform !== 'win32' && parts.every((part) => part !== '' && part !== '.' && part !== '..' && !part.includes('\\'))) return { stats: stats! };
	try {
		const realRoot = realpathSync(root);
		if (!realpathSync(join(root, relative)).startsWith(realRoot + sep))
			return { refusal: { code: 'file.outside', message: 'lies outside the repository', hint: SYMLINK_HINT } };
	} catch (error) {
		return { refusal: { code: 'file.unreadable', message: `cannot be read: ${(error as Error).message}` } };
	}
	return { stats: stats! };
}

function lstatOrUndefined(path: string): BigIntStats | undefined {
	try {
		return lstatSync(path, { bigint: true });
	} catch {
		return undefined;
	}
}

function kindOf(stats: { isSymbolicLink(): boolean; isFile(): boolean; isDirectory(): boolean }): EntryKind {
	return stats.isSymbolicLink() ? 'symlink' : stats.isFile() ? 'file' : stats.isDirectory() ? 'folder' : 'other';
}

/**
 * Reads `relative` under `root` when it is a regular file of the repository no larger than
 * `maxBytes`. The size is checked on the open file before reading, and reading stops after
 * `maxBytes + 1` bytes whatever the size said, so memory stays bounded even for a device file.
 */
export function readRepoFile(
	root: string,
	relative: string,
	maxBytes: number,
	tooLarge: (maxBytes: number, size?: number) => Refusal = tooLargeFile,
): ReadResult {
	const refusal = repoFileRefusal(root, relative);
	if (refusal) return { refusal };
	return readCheckedRepoFile(root, relative, maxBytes, tooLarge);
}

/** {@link readRepoFile} of a path {@link checkRepoFile} has just let through: the file is opened without following a link, and sized, all the same. */
export function readCheckedRepoFile(
	root: string,
	relative: string,
	maxBytes: number,
	tooLarge: (maxBytes: number, size?: number) => Refusal = tooLargeFile,
): ReadResult {
	let fd: number;
	try {
		fd = openSync(join(root, relative), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
	} catch (error) {
		return { refusal: unreadable(error) };
	}
	try {
		const stats = fstatSync(fd);
		if (!stats.isFile()) return { refusal: { code: 'file.not-regular', message: 'is not a regular file', hint: hintOf('file.not-regular') } };
		if (stats.size > maxBytes) return { refusal: tooLarge(maxBytes, stats.size) };
		const bytes = readAtMost(fd, maxBytes + 1, stats.size);
		if (bytes.byteLength > maxBytes) return { refusal: tooLarge(maxBytes) };
		return { bytes };
	} catch (error) {
		return { refusal: unreadable(error) };
	} finally {
		closeSync(fd);
	}
}

/**
 * Reads from `fd` until its end or `limit` bytes, whichever comes first. `expected` is the size the
 * file said it has: the buffer starts that large (plus the byte that tells it grew), so a metadata
 * file is read in one call into one buffer of its size rather than through a 64 KB one.
 */
export function readAtMost(fd: number, limit: number, expected = 64 * 1024): Uint8Array {
	let out = new Uint8Array(Math.max(1, Math.min(limit, expected + 1)));
	let total = 0;
	while (total < limit) {
		if (total === out.length) {
			const grown = new Uint8Array(Math.min(limit, out.length * 2));
			grown.set(out);
			out = grown;
		}
		const read = readSync(fd, out, total, out.length - total, null);
		if (read === 0) break;
		total += read;
	}
	return out.subarray(0, total);
}

/** The diagnostic of a refused file, at its start. */
export function refusalDiagnostic(file: string, refusal: Refusal): Diagnostic {
	return { severity: 'error', file, line: 1, column: 1, field: '', ...refusal };
}

/** The names in folder `relative` under `root` with their kinds, links included as links; hidden names left out unless `hidden`. */
export function listFolder(root: string, relative: string, { hidden = false } = {}): Array<{ name: string; kind: EntryKind }> {
	let entries;
	try {
		entries = readdirSync(join(root, relative), { withFileTypes: true });
	} catch {
		return [];
	}
	return entries
		.filter((entry) => hidden || !entry.name.startsWith('.'))
		.map((entry) => ({
			name: entry.name,
			kind: (entry.isSymbolicLink() ? 'symlink' : entry.isFile() ? 'file' : entry.isDirectory() ? 'folder' : 'other') as EntryKind,
		}))
		.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** `1.0 MB`: sizes in error messages. */
export function formatMegabytes(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function tooLargeFile(maxBytes: number, size?: number): Refusal {
	return {
		code: 'file.too-large',
		message: 'is too large',
		expected: `at most ${formatMegabytes(maxBytes)}`,
		got: size === undefined ? `more than ${formatMegabytes(maxBytes)}` : formatMegabytes(size),
		hint: 'metadata files are a few kilobytes; put data in the distributions’ files, and split a very large file',
	};
}

function unreadable(error: unknown): Refusal {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ELOOP') return { code: 'file.symlink', message: 'is a symbolic link', hint: SYMLINK_HINT };
	return { code: 'file.unreadable', message: `cannot be read: ${(error as Error).message}` };
}
