/**
 * Metadata files parsed ahead on the second core. Before the build starts Astro, its one thread
 * reads, parses and schema-validates every file the load cache does not know (file-cache.ts): at
 * 10,000 datasets ~5 s of a cold build while the other core has nothing to do. A worker thread
 * (parse-ahead-worker.ts) does the same work with the same functions from the last of those files
 * backwards while the load goes forwards from the first; each file is claimed by one of them
 * (an atomic claim in shared memory), so they meet wherever their speeds put them, whatever the
 * thread's start-up cost, and the load waits at most for the worker's last file.
 *
 * The load then finds each sound file the worker read as it finds a file unchanged since an earlier
 * run (its `lstat` signature and the data of its sound text), and keeps it in the cache as it would
 * have. Only sound files, valid against their schema, come back: a file with a problem is read
 * again by the load, which reports it in order with the rest, so the report is the same either
 * way. A file changed since the worker looked at it has another signature and is read again too.
 * When the worker cannot start or fails, the load reads every file itself.
 */
import { Worker } from 'node:worker_threads';
import type { FileCache } from './file-cache.ts';

/** What the worker is given: the catalogue's root, the files in the load's order, and who has claimed each. */
export interface ParseAheadRequest {
	root: string;
	files: Array<{ kind: string; path: string }>;
	/** One per file: {@link UNCLAIMED}, {@link CLAIMED_BY_LOAD} or {@link CLAIMED_BY_WORKER}, over a SharedArrayBuffer. */
	claims: Int32Array;
}

export const UNCLAIMED = 0;
export const CLAIMED_BY_LOAD = 1;
export const CLAIMED_BY_WORKER = 2;

/** A sound, valid file as the worker found it: what the load cache would have kept of it. */
export interface ParsedAheadFile {
	kind: string;
	path: string;
	/** Its `lstat` signature when it was read (stat-signature.ts). */
	signature: string;
	/** Its key in the load cache (the SHA-256 of its kind and text). */
	key: string;
	data: unknown;
}

/** Files being parsed ahead. */
export interface ParseAhead {
	/**
	 * Claims the file at `path` for the load: true when the load is to read it itself (the worker has
	 * not, or it is not one of the files given), false when the worker has it.
	 */
	claim(path: string): boolean;
	/** The files the worker found sound and valid, once it has stopped; empty when it failed. Never rejects. */
	parsed: Promise<ParsedAheadFile[]>;
	/** Stops the worker: the load is done with it (it read every file itself, or has the worker's). */
	stop(): void;
}

/**
 * Below this many files to parse, the thread costs more than it saves: on the real records of
 * `../shared/realdata/` (1,918 files) the load took 0.73 s with it against 0.62 s without; on
 * 10,000 generated datasets 3.0 s against 3.5 s (5.6 against 4.2 s in a build).
 */
export const PARSE_AHEAD_MINIMUM = 5000;

/**
 * Starts a worker parsing, from the last backwards, the files of `sources` (in the load's order)
 * that the cache `files` knows nothing of, when there are at least `minimum`; undefined otherwise.
 */
export function startParseAhead(
	root: string,
	sources: ReadonlyArray<{ kind: string; path: string }>,
	files: FileCache,
	minimum = PARSE_AHEAD_MINIMUM,
): ParseAhead | undefined {
	const unknown = sources.filter(({ kind, path }) => !files.knowsPath(kind, path)).map(({ kind, path }) => ({ kind, path }));
	if (unknown.length < minimum || unknown.length === 0) return undefined;
	const claims = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * unknown.length));
	const indexOf = new Map(unknown.map(({ path }, index) => [path, index]));
	let worker: Worker | undefined;
	const parsed = new Promise<ParsedAheadFile[]>((resolve) => {
		try {
			worker = new Worker(new URL('./parse-ahead-worker.ts', import.meta.url), { workerData: { root, files: unknown, claims } satisfies ParseAheadRequest });
		} catch {
			return resolve([]);
		}
		worker.once('message', (found: ParsedAheadFile[]) => resolve(found));
		worker.once('error', () => resolve([]));
		worker.once('exit', () => resolve([]));
	});
	return {
		claim(path) {
			const index = indexOf.get(path);
			return index === undefined || Atomics.compareExchange(claims, index, UNCLAIMED, CLAIMED_BY_LOAD) === UNCLAIMED;
		},
		parsed,
		stop: () => void worker?.terminate(),
	};
}

/**
 * `files` with the files parsed ahead in it: a file whose signature is still the one the worker
 * saw is found as an unchanged one, and is kept in `files` as the load would have kept it.
 */
export function withParsedAhead(files: FileCache, found: readonly ParsedAheadFile[]): FileCache {
	const byPath = new Map(found.map((file) => [file.path, file]));
	const byKey = new Map(found.map((file) => [file.key, file.data]));
	return {
		...files,
		soundData: (key) => files.soundData(key) ?? byKey.get(key),
		unchangedKey(kind, path, signature) {
			const kept = files.unchangedKey(kind, path, signature);
			if (kept !== undefined) return kept;
			const file = byPath.get(path);
			if (file?.kind !== kind || file.signature !== signature) return undefined;
			files.rememberSound(file.key, file.data);
			files.rememberSignature(kind, path, signature, file.key);
			return file.key;
		},
	};
}
