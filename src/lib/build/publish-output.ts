/**
 * Turning a finished build into the published output: world-readable modes on everything (Astro
 * writes into a folder mkdtemp made 0700, which a web server running as another user cannot read),
 * a last check that nothing in it is a link, and the swap that keeps the previous site in place
 * until the new one is complete.
 */
import { chmodSync, lstatSync, readdirSync, renameSync } from 'node:fs';
import { lstat, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { startRemover } from './remover.ts';
import type { SiteSize } from './site-size.ts';
import { createWorkingFolder } from './staging.ts';

/** The mode of every folder of the output: rwxr-xr-x. */
export const FOLDER_MODE = 0o755;
/** The mode of every file of the output: rw-r--r--. */
export const FILE_MODE = 0o644;

/**
 * Sets folders to 0755 and files to 0644 throughout `dir`, whatever the umask or mkdtemp gave.
 * Throws, naming the entry, when the output holds a symbolic link or anything but files and folders:
 * the build never writes one, so it can only have come from outside and must not be published.
 * Only an entry whose mode is not already right is changed: reading a mode is far cheaper than
 * setting one (which writes the inode), and scripts/build.ts's umask makes nearly every entry right
 * as it is created (a rebuild's 64,000 chmod calls were ~2 s of system time). Synchronous: a
 * quarter of a million small system calls run several times faster without a trip through
 * libuv's thread pool for each. Resolves to the site's size, counted from the same reads.
 */
export async function makePublishable(dir: string): Promise<SiteSize> {
	const size: SiteSize = { files: 0, bytes: 0 };
	const pending = [dir];
	while (pending.length > 0) {
		const folder = pending.pop()!;
		setMode(folder, FOLDER_MODE);
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) pending.push(path);
			else if (entry.isFile()) {
				size.files += 1;
				size.bytes += setMode(path, FILE_MODE);
			} else
				throw new Error(
					`${relative(dir, path)}: the built site holds ${entry.isSymbolicLink() ? 'a symbolic link' : 'an entry that is not a regular file'}; nothing was published`,
				);
		}
	}
	return size;
}

/** Gives `path` (a file or folder the walk found, not a link) permission bits `mode` unless it has them, type bits and all; returns its size. */
function setMode(path: string, mode: number): number {
	const stats = lstatSync(path);
	if ((stats.mode & 0o7777) !== mode) chmodSync(path, mode);
	return stats.size;
}

/** Options of {@link swapIn}. */
export interface SwapOptions {
	/**
	 * Leave the old site to a process of its own to delete (remover.ts), rather than wait for it:
	 * deleting a 64,000-file site took ~4 s at the end of every rebuild. Its working folder is named
	 * after that process, so the next build's sweep (staging.ts) leaves it alone while it runs and
	 * removes it should it have stopped part-way.
	 */
	background?: boolean;
}

/**
 * Puts the finished site `staging` in place of `outDir`. The previous site stays where it is until
 * the new one is complete; then the two renames run back to back (old site out, new site in), so
 * `outDir` is missing only between two system calls: Node has no atomic exchange of two folders
 * (Linux's renameat2 with RENAME_EXCHANGE). They are synchronous so that no signal handler (which
 * runs between event-loop turns) can stop the build between them. Should the second rename fail,
 * the old site is put back. The old site is deleted last, here or (`background`) by a remover.
 */
export async function swapIn(staging: string, outDir: string, options: SwapOptions = {}): Promise<void> {
	const hadPrevious = await exists(outDir);
	const remover = hadPrevious && options.background ? startRemover() : undefined;
	// An empty working folder reserves a unique name; the old site is renamed over it.
	const previous = hadPrevious ? await createWorkingFolder(outDir, 'previous', remover?.pid) : undefined;
	try {
		if (previous) renameSync(outDir, previous);
		try {
			renameSync(staging, outDir);
		} catch (error) {
			if (previous) renameSync(previous, outDir);
			throw error;
		}
	} catch (error) {
		// The remover is told nothing to remove; what is left under its name the next build sweeps.
		remover?.cancel();
		throw error;
	}
	if (!previous) return;
	if (remover) remover.remove(previous);
	else await rm(previous, { recursive: true, force: true });
}

async function exists(path: string): Promise<boolean> {
	try {
		await lstat(path);
		return true;
	} catch {
		return false;
	}
}
