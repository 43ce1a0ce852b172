/**
 * Where the build keeps what it can reuse from one run to the next (results keyed by the SHA-256 of
 * their inputs): `ODC_CACHE_DIR`, else `node_modules/.cache/open-data-catalogue` of the project.
 * Under node_modules it is ignored by git and removed with the dependencies; CI keeps it between
 * runs with `actions/cache`. Everything read back from it is untrusted: a reader checks what it
 * reads and recomputes on any doubt, so deleting the folder is always safe.
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';

/** The cache folder of this process (not created here). */
export function cacheDir(env: Record<string, string | undefined> = process.env): string {
	const configured = env.ODC_CACHE_DIR?.trim();
	return configured ? resolve(configured) : resolve('node_modules', '.cache', 'open-data-catalogue');
}

/**
 * The folder of `kind` (a cache's folder name) kept for the catalogue in `catalogueDir`, in the cache
 * folder `folder`: each catalogue folder has its own, named by the SHA-256 of its absolute path.
 */
export function catalogueCacheFolder(kind: string, catalogueDir: string, folder = cacheDir()): string {
	return join(folder, kind, catalogueFolderId(catalogueDir));
}

/** The name the cache gives the catalogue in `catalogueDir`: 16 hex digits of the SHA-256 of its absolute path. */
export function catalogueFolderId(catalogueDir: string): string {
	return createHash('sha256').update(resolve(catalogueDir)).digest('hex').slice(0, 16);
}
