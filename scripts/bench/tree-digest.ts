/**
 * `node --experimental-strip-types scripts/bench/tree-digest.ts DIR [DIR…]`: one SHA-256 over every
 * file of a built site (each file's path relative to DIR and the digest of its bytes, in path
 * order), and the number of files. A change meant to make the build faster, not different, must give
 * the same digest on the same catalogue before and after (see docs/developers.md, Benchmark).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The digest of the tree under `dir` and how many files it holds; symbolic links and folders are not followed into. */
export function treeDigest(dir: string): { digest: string; files: number } {
	const paths = readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
	const whole = createHash('sha256');
	for (const path of paths)
		whole.update(
			`${createHash('sha256')
				.update(readFileSync(join(dir, path)))
				.digest('hex')}  ${path}\n`,
		);
	return { digest: whole.digest('hex'), files: paths.length };
}

if (import.meta.main) {
	const dirs = process.argv.slice(2);
	if (dirs.length === 0) {
		console.error('Usage: node --experimental-strip-types scripts/bench/tree-digest.ts DIR [DIR…]');
		process.exit(2);
	}
	for (const dir of dirs) {
		const { digest, files } = treeDigest(dir);
		console.log(`${digest}  ${files} files  ${dir}`);
	}
}
