/**
 * What a file's `lstat` says of its content, as git's index does: a file whose device, inode, size,
 * modification and change times are all those a run recorded has not been written since, so that
 * run's findings about its text still hold without reading it (file-cache.ts). The change time
 * (`ctime`) is set by the kernel on every write, rename or `touch`, and cannot be set back by a
 * program, so a file copied over with its old modification time kept (`cp -p`) still differs.
 *
 * Times are only as fine as the kernel's clock tick (a few milliseconds; a second or two on some
 * file systems): a file written twice within one tick, the same size, could keep every field. So a
 * signature is only given for a file unchanged for {@link SETTLED_MS} before it was looked at, when
 * a later write cannot share its tick; a file that recent is read and hashed as before.
 */
import type { BigIntStats } from 'node:fs';

/** How long a file must have been left alone before its times alone are trusted to tell a change. */
export const SETTLED_MS = 2_000;

/**
 * The signature of the file `stats` describes (an `lstat` with `bigint: true`) as looked at `now`
 * (milliseconds since the epoch), or undefined when it changed too recently to be told apart by it.
 */
export function statSignature(stats: BigIntStats, now = Date.now()): string | undefined {
	const settled = BigInt(Math.floor(now - SETTLED_MS)) * 1_000_000n;
	if (stats.ctimeNs > settled || stats.mtimeNs > settled) return undefined;
	return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`;
}
