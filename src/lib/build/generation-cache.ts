/**
 * A set of cache entries kept in one file of the cache folder (cache-dir.ts), one file per kind of
 * result and per catalogue folder: the per-file results of loading (load/file-cache.ts) and the
 * SHACL results of each dataset (validate/dcat-dataset-cache.ts). One file, not one per entry: ten
 * thousand small files cost more to open than one to parse.
 *
 * The file holds the entries of the last run only: `save()` writes those this run read or added
 * and drops the rest, so the cache never outgrows one catalogue (one generation). The file names
 * the code version (code-version.ts) that made its entries; a file of another version, or one that
 * is not what this module writes, is ignored whole, and each entry is checked with `isValue` when
 * it is read, so a damaged entry is recomputed, never trusted.
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { cacheDir } from './cache-dir.ts';
import { readCacheEntry, writeCacheEntry } from './cache-file.ts';

/** Bumped when the file's layout changes. */
const FORMAT = 'odc-generation/1';
/** Far above what 100,000 datasets need; a larger file is not one we wrote. */
const MAX_FILE_BYTES = 1024 * 1024 * 1024;

/** Entries by key, read from and written back to one file. */
export interface GenerationCache<T> {
	/** The value kept under `key` when there is a sound one (then it is kept by `save()`). */
	get(key: string): T | undefined;
	/** Keeps `value` under `key`. */
	set(key: string, value: T): void;
	/** Writes this run's entries, and only them, when they differ from what was read. */
	save(): void;
}

/** Where the entries of kind `name` for the catalogue in `scope` are kept. */
export function generationFile(name: string, scope: string, folder = cacheDir()): string {
	const id = createHash('sha256').update(resolve(scope)).digest('hex').slice(0, 16);
	return join(folder, name, `${id}.json`);
}

/**
 * Opens the entries in `file` made by code `version`; `isValue` tells a sound entry from anything
 * else. With `version` undefined (the code's version is unknown) nothing is read or written.
 */
export function openGenerationCache<T>(file: string, version: string | undefined, isValue: (value: unknown) => value is T): GenerationCache<T> {
	const stored = version === undefined ? {} : readEntries(file, version);
	const kept = new Map<string, T>();
	let added = false;
	return {
		get(key) {
			const remembered = kept.get(key);
			if (remembered !== undefined) return remembered;
			if (!Object.hasOwn(stored, key)) return undefined;
			const value = stored[key];
			if (!isValue(value)) return undefined;
			kept.set(key, value);
			return value;
		},
		set(key, value) {
			kept.set(key, value);
			added = true;
		},
		save() {
			if (version === undefined || (!added && kept.size === Object.keys(stored).length)) return;
			writeCacheEntry(file, JSON.stringify({ format: FORMAT, version, entries: Object.fromEntries(kept) }));
		},
	};
}

function readEntries(file: string, version: string): Record<string, unknown> {
	const text = readCacheEntry(file, MAX_FILE_BYTES);
	if (text === undefined) return {};
	try {
		const value: unknown = JSON.parse(text);
		if (!isRecord(value) || value.format !== FORMAT || value.version !== version || !isRecord(value.entries)) return {};
		return value.entries;
	} catch {
		return {};
	}
}

/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}
