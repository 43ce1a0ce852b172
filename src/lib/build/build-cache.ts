/**
 * Astro's incremental build keeps, in its cache folder, a manifest and a copy of every page it
 * rendered, stored by output path (not by content). Two builds writing one folder at the same
 * time could leave copies of one build under the other's manifest, and a later build would then
 * publish pages that do not match their data. So each catalogue folder has a cache folder of its
 * own, and `npm run build` takes it with a lock file: a build that cannot take it (another build
 * of the same catalogue is running) renders every page without the cache.
 */
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { cacheDir, catalogueCacheFolder } from './cache-dir.ts';
import { readCacheEntry } from './cache-file.ts';

/** The folder Astro caches into when it builds the catalogue in `catalogueDir`. */
export function astroCacheFolder(catalogueDir: string, env: Record<string, string | undefined> = process.env): string {
	return catalogueCacheFolder('astro', catalogueDir, cacheDir(env));
}

/** True when process `pid` is alive (or alive under another user). */
function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Takes the lock of cache folder `folder` for this process: returns the function that releases it,
 * or undefined when a live process holds it. A lock left by a process that has gone (a killed
 * build) is taken over.
 */
export function lockCacheFolder(folder: string): (() => void) | undefined {
	const lock = `${folder}.lock`;
	mkdirSync(dirname(lock), { recursive: true });
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const fd = openSync(lock, 'wx', 0o644);
			writeSync(fd, String(process.pid));
			closeSync(fd);
			return () => rmSync(lock, { force: true });
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const holder = Number.parseInt(readCacheEntry(lock, 20) ?? '', 10);
			if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) return undefined;
			rmSync(lock, { force: true });
		}
	}
	return undefined;
}
