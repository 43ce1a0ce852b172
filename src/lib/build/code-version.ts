/**
 * The version of the code and schemas that make the validation results kept in the cache folder
 * (file-cache.ts, dcat-dataset-cache.ts) and the export's kept files (dataset-file-keys.ts,
 * export/dcat-ap/part-cache.ts): the SHA-256 of every source file under `src/lib/`, the interface
 * strings of `src/i18n/` (the DCAT-AP quality metrics' labels come from them), every file under
 * `schemas/` and the lockfile (which pins ajv, js-yaml, markdown-it, n3 and the SHACL
 * engine). Any change to any of them changes the version, so no result made by other code can be
 * reused. That is coarser than it needs to be, and safe: a cache key that misses an input would
 * report a fixed file as still broken, or a broken one as fixed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

let computed: string | null | undefined;

/** The project folder: two levels above this module's folder, or the working directory when this module runs bundled. */
function projectRoot(): string | undefined {
	const beside = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
	return [beside, process.cwd()].find((root) => existsSync(join(root, 'src', 'lib', 'build', 'code-version.ts')));
}

/** The files under `folder` (relative to `root`), sorted, depth first. */
function filesUnder(root: string, folder: string): string[] {
	const entries = readdirSync(join(root, folder), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	return entries.flatMap((entry) => {
		const path = `${folder}/${entry.name}`;
		if (entry.isDirectory()) return filesUnder(root, path);
		return entry.isFile() ? [path] : [];
	});
}

/**
 * The SHA-256 (hex) of the code and schemas of this checkout, computed once per process;
 * `undefined` when the sources cannot be found or read (then nothing is cached).
 */
export function codeVersion(): string | undefined {
	if (computed !== undefined) return computed ?? undefined;
	computed = null;
	try {
		const root = projectRoot();
		if (root === undefined) return undefined;
		const hash = createHash('sha256');
		for (const path of [...filesUnder(root, 'src/lib'), ...filesUnder(root, 'src/i18n'), ...filesUnder(root, 'schemas'), 'package-lock.json']) {
			const bytes = readFileSync(join(root, path));
			// Names and lengths first, so no two sets of files hash alike.
			hash.update(`${path.length}:${path}${bytes.length}:`).update(bytes);
		}
		computed = hash.digest('hex');
	} catch {
		computed = null;
	}
	return computed ?? undefined;
}
