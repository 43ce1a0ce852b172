/**
 * A set of cache entries kept in one file of the cache folder (cache-dir.ts), one file per kind of
 * result and per catalogue folder: the per-file results of loading (load/file-cache.ts) and the
 * SHACL results of each dataset (validate/dcat-dataset-cache.ts). One file, not one per entry: ten
 * thousand small files cost more to open than one to parse.
 *
 * The file holds the entries of the last run: `save()` writes those this run read or added and
 * drops the rest, so the cache never outgrows one catalogue (one generation). When a run changed
 * only a few entries (one file edited), rewriting the whole file was most of its time (at 10,000
 * datasets, 39 MB serialized and written: ~0.6 s): then `save()` writes only a delta file beside it
 * (`<id>.delta.json`) with the entries this run has that the file does not, naming the file it
 * extends; the file itself is rewritten, and the delta dropped, once the delta and the file's
 * entries this run did not use together exceed a tenth of the entries (MAX_DELTA_SHARE), so the
 * cache holds at most that much more than one generation.
 *
 * Both files name the code version (code-version.ts) that made their entries; a file of another
 * version, a delta of another file, or one that is not what this module writes, is ignored whole,
 * and each entry is checked with `isValue` when it is read, so a damaged entry is recomputed (and
 * written again), never trusted.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, catalogueFolderId } from './cache-dir.ts';
import { readCacheEntry, writeCacheEntry } from './cache-file.ts';

/** Bumped when the file's layout changes. */
const FORMAT = 'odc-generation/2';
/** The share of the entries a delta file and the unused entries of the file it extends may reach before the file is rewritten. */
const MAX_DELTA_SHARE = 0.1;
/** Far above what 100,000 datasets need; a larger file is not one we wrote. */
const MAX_FILE_BYTES = 1024 * 1024 * 1024;

/** Entries by key, read from and written back to one file. */
export interface GenerationCache<T> {
	/** The value kept under `key` when there is a sound one (then it is kept by `save()`). */
	get(key: string): T | undefined;
	/** Whether an entry is kept under `key`, sound or not, without keeping it for `save()` as {@link get} does. */
	has(key: string): boolean;
	/** Keeps `value` under `key`. */
	set(key: string, value: T): void;
	/** Writes this run's entries, and only them, when they differ from what was read. */
	save(): void;
}

/** Where the entries of kind `name` for the catalogue in `scope` are kept. */
export function generationFile(name: string, scope: string, folder = cacheDir()): string {
	return join(folder, name, `${catalogueFolderId(scope)}.json`);
}

/**
 * Opens the entries in `file` (and its delta) made by code `version`; `isValue` tells a sound entry
 * from anything else. With `version` undefined (the code's version is unknown) nothing is read or written.
 */
export function openGenerationCache<T>(file: string, version: string | undefined, isValue: (value: unknown) => value is T): GenerationCache<T> {
	const deltaFile = file.replace(/\.json$/, '.delta.json');
	const base = version === undefined ? undefined : readEntries(file, version);
	const baseEntries = base?.entries ?? {};
	const delta = base === undefined || version === undefined ? undefined : readEntries(deltaFile, version, base.id);
	const deltaEntries = delta?.entries ?? {};
	/** The keys whose value this run took from the file itself (not its delta): the rest must be written. */
	const fromBase = new Set<string>();
	const kept = new Map<string, T>();
	let added = false;
	return {
		get(key) {
			const remembered = kept.get(key);
			if (remembered !== undefined) return remembered;
			const inDelta = Object.hasOwn(deltaEntries, key);
			if (!inDelta && !Object.hasOwn(baseEntries, key)) return undefined;
			const value = inDelta ? deltaEntries[key] : baseEntries[key];
			if (!isValue(value)) return undefined;
			kept.set(key, value);
			if (!inDelta) fromBase.add(key);
			return value;
		},
		has(key) {
			return kept.has(key) || Object.hasOwn(deltaEntries, key) || Object.hasOwn(baseEntries, key);
		},
		set(key, value) {
			kept.set(key, value);
			fromBase.delete(key);
			added = true;
		},
		save() {
			if (version === undefined) return;
			const baseCount = Object.keys(baseEntries).length;
			const deltaCount = Object.keys(deltaEntries).length;
			const outside = [...kept].filter(([key]) => !fromBase.has(key));
			if (!added && fromBase.size === baseCount && outside.length === deltaCount) return;
			const unusedBase = baseCount - fromBase.size;
			if (base !== undefined && baseCount > 0 && outside.length + unusedBase <= MAX_DELTA_SHARE * kept.size) {
				// Nothing added, and every entry of the delta used: it already holds what it would be written with.
				if (!added && outside.length === deltaCount) return;
				writeCacheEntry(deltaFile, JSON.stringify({ format: FORMAT, version, base: base.id, entries: Object.fromEntries(outside) }));
				return;
			}
			const id = randomBytes(8).toString('hex');
			if (writeCacheEntry(file, JSON.stringify({ format: FORMAT, version, id, entries: Object.fromEntries(kept) }))) {
				try {
					rmSync(deltaFile, { force: true });
				} catch {
					// A delta left behind names the file it extended, which is gone: it is ignored.
				}
			}
		},
	};
}

/** The entries of `file` (of `version`; a delta's only when it extends the file `baseId`), with the file's own id. */
function readEntries(file: string, version: string, baseId?: string): { id: string; entries: Record<string, unknown> } | undefined {
	const text = readCacheEntry(file, MAX_FILE_BYTES);
	if (text === undefined) return undefined;
	try {
		const value: unknown = JSON.parse(text);
		if (!isRecord(value) || value.format !== FORMAT || value.version !== version || !isRecord(value.entries)) return undefined;
		if (baseId === undefined ? typeof value.id !== 'string' : value.base !== baseId) return undefined;
		return { id: baseId === undefined ? (value.id as string) : '', entries: value.entries };
	} catch {
		return undefined;
	}
}

/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}
