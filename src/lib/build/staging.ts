/**
 * The folders a build works in beside its output folder (`dist/` unless OUT_DIR says otherwise):
 * `.dist-building-<pid>-XXXXXX` while Astro writes the new site, `.dist-previous-<pid>-XXXXXX` for
 * the old one during the swap. The process id in the name lets the next build tell the leftovers of
 * a killed build (whose process is gone) from the folders of a build still running.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** What a working folder holds: the site being built, or the old site being swapped out. */
export type WorkingFolderKind = 'building' | 'previous';

/** The prefix of a working folder's name for the output folder `outDir`, before the random part. */
export function workingFolderPrefix(outDir: string, kind: WorkingFolderKind, pid: number = process.pid): string {
	return join(dirname(outDir), `.${basename(outDir)}-${kind}-${pid}-`);
}

/**
 * Creates a new working folder beside `outDir` (mode 0700 until the site is made publishable), named
 * after process `pid` (this one unless another process is to remove it: publish-output.ts's remover).
 */
export function createWorkingFolder(outDir: string, kind: WorkingFolderKind, pid: number = process.pid): Promise<string> {
	return mkdtemp(workingFolderPrefix(outDir, kind, pid));
}

/** Whether a process with this id is running (a process of another user counts as running). */
export function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Removes the working folders beside `outDir` left by builds that are no longer running (killed
 * with SIGKILL, or by a power cut: nothing could clean up), and returns their paths. Folders of a
 * running build are kept. A folder named in the old way, without a process id, is stale too.
 */
export async function removeStaleWorkingFolders(outDir: string, running: (pid: number) => boolean = isRunning): Promise<string[]> {
	const parent = dirname(outDir);
	const pattern = new RegExp(`^\\.${escapeRegExp(basename(outDir))}-(?:building|previous)-(?:(\\d+)-)?[^/]+$`);
	let names: string[];
	try {
		names = await readdir(parent);
	} catch {
		return [];
	}
	const stale: string[] = [];
	for (const name of names) {
		const match = pattern.exec(name);
		if (!match) continue;
		const pid = match[1] === undefined ? undefined : Number(match[1]);
		if (pid !== undefined && (pid === process.pid || running(pid))) continue;
		const path = join(parent, name);
		await rm(path, { recursive: true, force: true });
		stale.push(path);
	}
	return stale;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
