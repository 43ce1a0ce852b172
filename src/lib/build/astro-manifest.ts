/**
 * Astro's incremental build keeps a manifest of the last build's pages and their keys in its cache
 * folder, written once, after the last page. The kept pages themselves change one by one while a
 * build runs (linked-page-cache.ts). A build killed in between would leave the old manifest beside
 * newer pages: revert the edit, and the next build would find the old key in the manifest and put
 * back the newer page under it. So the manifest goes before the first kept page changes: a killed
 * build then leaves none, and the next build renders every page.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';

/** The manifest's name in Astro's cache folder (`INCREMENTAL_CACHE_FILE` in Astro's incremental.js, whose digest linked-page-cache.ts pins). */
export const ASTRO_MANIFEST_FILE = 'incremental-build.json';

const forgotten = new WeakSet<object>();

/**
 * Deletes the manifest in Astro cache folder `cacheFolder` the first time build `cache` (Astro's
 * cache object, one per build) is about to store or delete a kept page; then nothing. The build
 * itself already holds the manifest it read, and writes a new one at its end.
 */
export function forgetManifestOnce(cache: object, cacheFolder: string): void {
	if (forgotten.has(cache)) return;
	rmSync(join(cacheFolder, ASTRO_MANIFEST_FILE), { force: true });
	forgotten.add(cache);
}
