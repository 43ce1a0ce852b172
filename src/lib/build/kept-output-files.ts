/**
 * Output files kept from one build to the next, each under the SHA-256 of everything its bytes are
 * made from (the caller's key): a file whose key was seen by the last build is linked into the
 * output (a hard link: no bytes made or written) instead of being made again. The export worker
 * keeps each dataset's JSON-LD and editor record this way (dataset-file-keys.ts): after one dataset
 * changed, 2 of 20,000 files are made at 10,000 datasets.
 *
 * An entry is `<cacheDir>/<kind>/<catalogue>/<key>.<sha256 of its bytes>`: what is read back is
 * checked against the digest in its name and made afresh when it does not match (or is missing, a
 * link, or larger than allowed). Entries are written straight under that name (a half-written one
 * fails the check), never in place: an entry already there is unlinked first. The output's files
 * are never written in place either (the output folder is new for each
 * build: staging.ts), so a linked entry's bytes cannot change under either. A file that cannot be
 * linked (another file system) is written from the checked bytes. The folder holds the entries of
 * the last build only: the others are deleted by {@link KeptOutputFiles.prune}.
 */
import { createHash } from 'node:crypto';
import { linkSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueCacheFolder } from './cache-dir.ts';
import { pruneCacheFolder, readCacheBytesInto, writeDigestNamedEntry } from './cache-file.ts';

/** An entry's name: the key, a dot and the SHA-256 of its bytes. */
const ENTRY_NAME = /^([0-9a-f]{64})\.([0-9a-f]{64})$/;
/** Far above any one dataset's file (a metadata file is at most 1 MB); a larger one is made every time. */
export const MAX_KEPT_BYTES = 32 * 1024 * 1024;

/** How many files {@link KeptOutputFiles.place} made and how many it took from the cache. */
export interface KeptCounts {
	made: number;
	kept: number;
}

/** The kept files of one kind for one catalogue. */
export interface KeptOutputFiles {
	/**
	 * Puts the file at `path` (absolute, in a folder that exists, where no file is): the kept bytes
	 * under `key` when they check out, else `make()`'s text, which is kept under `key` (without a
	 * key: made and not kept).
	 */
	place(path: string, key: string | undefined, make: () => string): void;
	/**
	 * Keeps `make()`'s text under `key` now, unless an entry has that key, for {@link place} to link
	 * later: the file is made while its inputs are at hand (the export worker's mapping), written
	 * once the output folder may be. Counted as made when placed.
	 */
	keep(key: string, make: () => string): void;
	/** Deletes the entries this build did not use. */
	prune(): void;
	readonly counts: KeptCounts;
}

/** Files made every time and kept nowhere: a build without the cache folder (`--no-cache`, `astro build`). */
export const MADE_EACH_TIME: KeptOutputFiles = {
	place: (path, _key, make) => writeFileSync(path, make(), { flag: 'wx' }),
	keep: () => {},
	prune: () => {},
	counts: { made: 0, kept: 0 },
};

/** The SHA-256 (hex) of `bytes`. */
const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** The kept files of `kind` (a folder name) for the catalogue in `scope`, in the cache folder `folder`. */
export function openKeptOutputFiles(kind: string, scope: string, folder: string, maxBytes = MAX_KEPT_BYTES): KeptOutputFiles {
	const dir = catalogueCacheFolder(kind, scope, folder);
	// One listing rather than a lookup per file: the entries' names carry the digests to check against.
	const names = new Map<string, string>();
	try {
		for (const name of readdirSync(dir)) {
			const match = ENTRY_NAME.exec(name);
			if (match) names.set(match[1]!, name);
		}
	} catch {
		// No folder yet: nothing is kept.
	}
	const used = new Set<string>();
	/** Keys of the entries {@link KeptOutputFiles.keep} wrote: their files were made by this build. */
	const madeNow = new Set<string>();
	const counts: KeptCounts = { made: 0, kept: 0 };
	let folderMade = false;
	/** Writes `text` as the entry of `key`; false when it could not. */
	const write = (key: string, text: string) => {
		const fresh = `${key}.${sha256(text)}`;
		if (Buffer.byteLength(text, 'utf8') > maxBytes) return false;
		if (!folderMade) {
			try {
				mkdirSync(dir, { recursive: true });
				folderMade = true;
			} catch {
				return false;
			}
		}
		if (!writeDigestNamedEntry(join(dir, fresh), text)) return false;
		names.set(key, fresh);
		return true;
	};
	// One buffer for every entry read (kept until a larger one is needed), not 20,000.
	let scratch: Buffer = Buffer.alloc(64 * 1024);
	/** The checked bytes of the entry named `name` (in `scratch` when they fit), or undefined. */
	const checked = (name: string) => {
		const bytes = readCacheBytesInto(join(dir, name), maxBytes, scratch);
		if (bytes && bytes.byteLength > scratch.byteLength) scratch = bytes;
		return bytes && sha256(bytes) === name.slice(65) ? bytes : undefined;
	};
	/** Links entry `name` to `path`, or writes its `bytes` there when it cannot be linked. */
	const put = (name: string, bytes: Uint8Array | string, path: string) => {
		try {
			linkSync(join(dir, name), path);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
			writeFileSync(path, bytes, { flag: 'wx' });
		}
		used.add(name);
	};
	return {
		counts,
		place(path, key, make) {
			if (key === undefined) {
				counts.made++;
				return writeFileSync(path, make(), { flag: 'wx' });
			}
			const name = names.get(key);
			// Written by this build a moment ago (keep), under the cache folder's lock: linked without
			// reading its bytes back; they are read (and checked) only if the link cannot be made.
			if (name !== undefined && madeNow.has(key)) {
				try {
					linkSync(join(dir, name), path);
					counts.made++;
					return void used.add(name);
				} catch (error) {
					if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
				}
			}
			const bytes = name === undefined ? undefined : checked(name);
			if (name !== undefined && bytes !== undefined) {
				counts[madeNow.has(key) ? 'made' : 'kept']++;
				return put(name, bytes, path);
			}
			counts.made++;
			// Hashed and written as text: no buffer of its own for each file made.
			const made = make();
			if (write(key, made)) return put(names.get(key)!, made, path);
			writeFileSync(path, made, { flag: 'wx' });
		},
		keep(key, make) {
			if (!names.has(key) && write(key, make())) madeNow.add(key);
		},
		prune: () => pruneCacheFolder(dir, used, ENTRY_NAME),
	};
}
