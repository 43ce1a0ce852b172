/**
 * The Turtle text of each part of the DCAT-AP export (site/dcat-export.ts) kept from one build to
 * the next: after one dataset changed, one part of five is turned into Turtle again, not all of
 * them (building the triples in order and writing them out was ~3.4 s of the export worker's CPU
 * at 10,000 datasets, every SHACL result already kept).
 *
 * The key is the SHA-256 of what the text is made from: the part's published JSON-LD text, its
 * blank node prefix, whether it is the first part (the only one that keeps the prefixes), the
 * inline context and the code's version (code-version.ts: all of src/lib and the lockfile, which
 * pins n3). Each part's text is one file, `<cacheDir>/turtle/<catalogue>/<key>.ttl`, whose first
 * line is the SHA-256 of the rest: a file whose bytes do not match is not used. The folder holds
 * the parts of the last export only: the others are deleted when it is done.
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { cacheDir } from '../../build/cache-dir.ts';
import { pruneCacheFolder, readCacheBytes, writeCacheEntry } from '../../build/cache-file.ts';
import { codeVersion } from '../../build/code-version.ts';

/** Bumped when an entry's layout changes. */
const FORMAT = 'odc-turtle-part/1';
/** Far above a part's text (2,000 datasets: ~20 MB); a larger file is not one we wrote. */
const MAX_ENTRY_BYTES = 512 * 1024 * 1024;
const ENTRY_NAME = /^[0-9a-f]{64}\.ttl$/;

/** The kept Turtle parts of one catalogue's export. */
export interface TurtleParts {
	/** The key of a part's text made from `published` (its JSON-LD text) as part `index` with `blankPrefix`. */
	key(published: string, index: number, blankPrefix: string, context: unknown): string;
	/** The kept bytes of the text under `key`, checked, or undefined. */
	get(key: string): Uint8Array | undefined;
	/** Keeps `bytes` under `key`. */
	set(key: string, bytes: Uint8Array): void;
	/** Deletes the entries neither read nor kept by this export. */
	prune(): void;
}

/** The kept parts of the catalogue in `scope`, or undefined when the code's version is unknown (nothing is kept). */
export function openTurtleParts(scope: string, folder = cacheDir(), version = codeVersion()): TurtleParts | undefined {
	if (version === undefined) return undefined;
	const id = createHash('sha256').update(resolve(scope)).digest('hex').slice(0, 16);
	const dir = join(folder, 'turtle', id);
	const used = new Set<string>();
	return {
		key(published, index, blankPrefix, context) {
			return createHash('sha256')
				.update(`${FORMAT}\n${version}\n${index === 0 ? 'first' : 'next'}\n${blankPrefix}\n${JSON.stringify(context)}\n`)
				.update(published)
				.digest('hex');
		},
		get(key) {
			const bytes = readCacheBytes(join(dir, `${key}.ttl`), MAX_ENTRY_BYTES);
			const newline = bytes?.indexOf(10) ?? -1;
			if (!bytes || newline !== 64) return undefined;
			const text = bytes.subarray(65);
			if (bytes.toString('latin1', 0, 64) !== createHash('sha256').update(text).digest('hex')) return undefined;
			used.add(`${key}.ttl`);
			return text;
		},
		set(key, bytes) {
			const digest = createHash('sha256').update(bytes).digest('hex');
			if (writeCacheEntry(join(dir, `${key}.ttl`), Buffer.concat([Buffer.from(`${digest}\n`, 'latin1'), bytes]))) used.add(`${key}.ttl`);
		},
		prune: () => pruneCacheFolder(dir, used, ENTRY_NAME),
	};
}
