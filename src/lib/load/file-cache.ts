/**
 * What loading one metadata file found, kept from one run to the next: a file whose text (and kind)
 * is unchanged since a run that found it sound is not parsed or schema-validated again. Only sound
 * files are kept — parsed by the fast parser, within the structure limits, without unsafe
 * characters, valid against its schema — so a file read from the cache has, by construction, none
 * of those problems to report, and its data is the data parsing would give. The checks that look
 * at other files (cross-references, texts against the catalogue's languages, placeholders, drafts)
 * still run on every file, every time.
 *
 * The key is the SHA-256 of the file's kind and text; the cache file names the code version
 * (code-version.ts), so a change to a parser, a check or a schema starts afresh. Entries are kept
 * per catalogue folder, one generation (generation-cache.ts).
 *
 * Beside them, each sound file's path is kept with its key and its `lstat` signature
 * (stat-signature.ts): a file whose signature is unchanged is not even read (at 10,000 datasets,
 * reading, decoding and hashing the files was ~0.5 s of a warm `npm run validate`). A fresh clone,
 * as in CI, has new inodes and times: there every file is read and found by its text, as before.
 */
import { createHash } from 'node:crypto';
import { codeVersion } from '../build/code-version.ts';
import { generationFile, isRecord, openGenerationCache, type GenerationCache } from '../build/generation-cache.ts';

/** How deep a kept value may nest: far above what the structure limits let a file have (structure-limits.ts). */
const MAX_DEPTH = 200;

/** The per-file results of loading one catalogue. */
export interface FileCache {
	/** The key of a file of `kind` with `text` (computed once, for both calls below). */
	key(kind: string, text: string): string;
	/** The data of the sound file with `key`, when a run found it sound. */
	soundData(key: string): unknown;
	/** Keeps `data` as what the sound file with `key` holds. */
	rememberSound(key: string, data: unknown): void;
	/** The key of the file of `kind` at `path`, kept when its signature was `signature` (stat-signature.ts), if it still is. */
	unchangedKey(kind: string, path: string, signature: string): string | undefined;
	/** Keeps `key` as the key of the sound file of `kind` at `path` for as long as its signature is `signature`. */
	rememberSignature(kind: string, path: string, signature: string, key: string): void;
	/** Whether a run kept anything of the file of `kind` at `path`: when not, it is surely parsed in this one (parse-ahead.ts). */
	knowsPath(kind: string, path: string): boolean;
	/** Writes the entries of this run. */
	save(): void;
}

interface Entry {
	data: unknown;
}

interface SignatureEntry {
	signature: string;
	key: string;
}

/** A cache that keeps nothing (`--no-cache`, or when the code's version is unknown). */
export const NO_FILE_CACHE: FileCache = {
	key: () => '',
	soundData: () => undefined,
	rememberSound: () => undefined,
	unchangedKey: () => undefined,
	rememberSignature: () => undefined,
	knowsPath: () => false,
	save: () => undefined,
};

/** The per-file cache of the catalogue in `root`, in `folder` (default: the cache folder). */
export function openFileCache(root: string, folder?: string, version = codeVersion()): FileCache {
	if (version === undefined) return NO_FILE_CACHE;
	const entries: GenerationCache<Entry> = openGenerationCache(generationFile('load', root, folder), version, isEntry);
	const signatures: GenerationCache<SignatureEntry> = openGenerationCache(generationFile('load-signatures', root, folder), version, isSignatureEntry);
	const pathKey = (kind: string, path: string) => `${kind}\u0000${path}`;
	return {
		key: fileKey,
		soundData: (key) => entries.get(key)?.data,
		rememberSound(key, data) {
			// Data JSON cannot carry exactly (an infinite number, -0) is not kept: it is parsed each time.
			if (isJsonValue(data, 0)) entries.set(key, { data });
		},
		unchangedKey(kind, path, signature) {
			const kept = signatures.get(pathKey(kind, path));
			return kept?.signature === signature ? kept.key : undefined;
		},
		rememberSignature(kind, path, signature, key) {
			const name = pathKey(kind, path);
			const kept = signatures.get(name);
			if (kept?.signature !== signature || kept.key !== key) signatures.set(name, { signature, key });
		},
		knowsPath: (kind, path) => signatures.has(pathKey(kind, path)),
		save() {
			entries.save();
			signatures.save();
		},
	};
}

/** The key of a file of `kind` with `text`. */
export function fileKey(kind: string, text: string): string {
	return createHash('sha256').update(kind).update('\u0000').update(text).digest('hex');
}

function isSignatureEntry(value: unknown): value is SignatureEntry {
	return (
		isRecord(value) &&
		Object.keys(value).length === 2 &&
		typeof value.signature === 'string' &&
		/^\d+:\d+:\d+:\d+:\d+$/.test(value.signature) &&
		typeof value.key === 'string' &&
		/^[0-9a-f]{64}$/.test(value.key)
	);
}

function isEntry(value: unknown): value is Entry {
	return isRecord(value) && Object.keys(value).length === 1 && 'data' in value && value.data !== undefined && isJsonValue(value.data, 0);
}

/** Whether `value` is plain JSON data that JSON gives back as it is (loops rather than callbacks: it walks every kept file's data). */
export function isJsonValue(value: unknown, depth: number): boolean {
	if (depth > MAX_DEPTH) return false;
	if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
	if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
	if (typeof value !== 'object') return false;
	if (Array.isArray(value)) {
		for (let i = 0; i < value.length; i++) if (!isJsonValue(value[i], depth + 1)) return false;
		return true;
	}
	if (Object.getPrototypeOf(value) !== Object.prototype) return false;
	for (const key in value) if (!isJsonValue((value as Record<string, unknown>)[key], depth + 1)) return false;
	return true;
}
