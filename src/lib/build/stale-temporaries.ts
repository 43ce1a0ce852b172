/**
 * The temporary files and folders the cache's writers leave when their build is killed part-way
 * (SIGKILL, a power cut, a CI runner cancelled): `<entry>.<pid>.<random>.tmp` (cache-file.ts,
 * src/integrations/pagefind-language-cache.ts), `page.<pid>-<count>.tmp` and `dist.<pid>-mirror.tmp`
 * (linked-page-cache.ts, at the top of Astro's cache folder: a page's temporary file, and the old
 * mirror of the output tree being deleted). No reader ever opens one, so they are harmless but never go away by
 * themselves: a cache that CI persists between runs would carry them for ever. They are removed
 * once the process named in them has gone; a running build's are left alone. `npm run build` sweeps
 * the cache folder's first levels as it starts ({@link sweepStaleTemporaries}), where every cache
 * writes its temporaries.
 */
import { readdirSync, rmSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { append } from '../append.ts';
import { isRunning } from './staging.ts';

/** `<entry>.<pid>.<random>.tmp`, `page.<pid>-<count>.tmp` or `dist.<pid>-mirror.tmp`, the process id captured. */
const TEMPORARY_NAME = /^.+\.(\d+)[.-][0-9a-z]+\.tmp$/;

/** The id of the process that made the temporary file or folder `name`, or undefined when `name` is not one. */
export function temporaryOwner(name: string): number | undefined {
	const match = TEMPORARY_NAME.exec(name);
	return match ? Number(match[1]) : undefined;
}

/** Whether `name` is a temporary file or folder whose process is no longer running (this process's never is). */
export function isStaleTemporary(name: string, running: (pid: number) => boolean = isRunning): boolean {
	const pid = temporaryOwner(name);
	return pid !== undefined && pid !== process.pid && !running(pid);
}

/**
 * Removes the stale temporary files and folders in `dir` and in its folders down to `depth` levels
 * below it (links are not followed), and returns their paths. The depth bounds the walk: the cache
 * folder's caches write their temporaries at most two levels down (`<kind>/<catalogue hash>/`).
 */
export function sweepStaleTemporaries(dir: string, depth = 2, running: (pid: number) => boolean = isRunning): string[] {
	let entries: Dirent[];
	try {
		entries = readdirSync(dir, { withFileTypes: true });
	} catch {
		return [];
	}
	const removed: string[] = [];
	for (const entry of entries) {
		const path = join(dir, entry.name);
		if (isStaleTemporary(entry.name, running)) {
			try {
				rmSync(path, { recursive: true, force: true });
				removed.push(path);
			} catch {
				// Left for the next build.
			}
		} else if (depth > 0 && entry.isDirectory()) {
			append(removed, sweepStaleTemporaries(path, depth - 1, running));
		}
	}
	return removed;
}
