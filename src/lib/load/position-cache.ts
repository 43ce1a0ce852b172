/**
 * Where each located path of a file is, kept from one run to the next by the file's key (the load
 * cache's, file-cache.ts: the SHA-256 of its kind and text), so that a problem reported again in a
 * file that did not change is placed without parsing the file with positions. On the real records
 * (1,918 files, 4,694 warnings) that parse was ~1.1 s of a 3 s warm `npm run validate`: the DCAT-AP
 * recommendations and missing translations are reported on every run until they are fixed.
 *
 * A position is a function of the text and the path alone, so the key is all it needs. Entries are
 * kept per catalogue folder, one generation (generation-cache.ts), each checked when it is read.
 */
import { codeVersion } from '../build/code-version.ts';
import { generationFile, isRecord, openGenerationCache } from '../build/generation-cache.ts';
import type { ParsedYaml } from './parse-yaml.ts';

/** A line and column, both from 1. */
export type Position = readonly [line: number, column: number];

/** The positions known in one file. */
export interface KnownPositions {
	/** The position kept for `path` (a located path and whether its key or its value was asked for). */
	get(path: string): Position | undefined;
	/** Keeps `position` as where `path` is. */
	set(path: string, position: Position): void;
}

/** The positions of a catalogue's files, by file key. */
export interface PositionCache {
	/** The positions of the file with `key`; undefined when there is no key (no cache). */
	of(key: string): KnownPositions | undefined;
	/** Writes the entries of this run. */
	save(): void;
}

/** Past this many located paths in one file, no more are kept: a file that broken is parsed. */
const MAX_PATHS_PER_FILE = 2_000;
/** A longer path is not one this module wrote. */
const MAX_PATH_LENGTH = 4_096;

type Entry = Record<string, Position>;

/** A cache that keeps nothing (`--no-cache`). */
export const NO_POSITIONS: PositionCache = { of: () => undefined, save: () => undefined };

/** The position cache of the catalogue in `root`, in `folder` (default: the cache folder). */
export function openPositionCache(root: string, folder?: string, version = codeVersion()): PositionCache {
	if (version === undefined) return NO_POSITIONS;
	const entries = openGenerationCache<Entry>(generationFile('load-positions', root, folder), version, isEntry);
	const opened = new Map<string, KnownPositions>();
	return {
		of(key) {
			if (key === '') return undefined;
			let known = opened.get(key);
			if (known) return known;
			// Read now so that the entry is kept for the next run even when no problem is located this time.
			let entry: Entry | undefined = entries.get(key);
			let count = entry === undefined ? 0 : Object.keys(entry).length;
			known = {
				get: (path) => (entry !== undefined && Object.hasOwn(entry, path) ? entry[path] : undefined),
				set(path, position) {
					if (path.length > MAX_PATH_LENGTH || !isPosition(position)) return;
					entry ??= {};
					if (!Object.hasOwn(entry, path)) {
						if (count >= MAX_PATHS_PER_FILE) return;
						count++;
					}
					entry[path] = [position[0], position[1]];
					entries.set(key, entry);
				},
			};
			opened.set(key, known);
			return known;
		},
		save: () => entries.save(),
	};
}

/**
 * `parsed`, its problems placed from `positions` when there are any. Assigned, not spread: spreading
 * a lazily located file would run the getters that parse it.
 */
export function withPositions(parsed: ParsedYaml, positions: KnownPositions | undefined): ParsedYaml {
	if (positions) parsed.positions = positions;
	return parsed;
}

function isEntry(value: unknown): value is Entry {
	if (!isRecord(value)) return false;
	const paths = Object.keys(value);
	return paths.length <= MAX_PATHS_PER_FILE && paths.every((path) => path.length <= MAX_PATH_LENGTH && isPosition(value[path]));
}

function isPosition(value: unknown): value is Position {
	return Array.isArray(value) && value.length === 2 && value.every((part) => Number.isSafeInteger(part) && (part as number) >= 1);
}
