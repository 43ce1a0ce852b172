/**
 * Where the build keeps what it can reuse from one run to the next (results keyed by the SHA-256 of
 * their inputs): `ODC_CACHE_DIR`, else `node_modules/.cache/open-data-catalogue` of the project.
 * Under node_modules it is ignored by git and removed with the dependencies; CI keeps it between
 * runs with `actions/cache`. Everything read back from it is untrusted: a reader checks what it
 * reads and recomputes on any doubt, so deleting the folder is always safe.
 */
import { resolve } from 'node:path';

/** The cache folder of this process (not created here). */
export function cacheDir(env: Record<string, string | undefined> = process.env): string {
	const configured = env.ODC_CACHE_DIR?.trim();
	return configured ? resolve(configured) : resolve('node_modules', '.cache', 'open-data-catalogue');
}
