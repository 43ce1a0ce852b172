/**
 * Each dataset's search record in one language, kept in the cache folder from one build to the
 * next under the digest of its inputs (search-record-inputs.ts), so that a rebuild makes again
 * only the records whose inputs changed: making all 20,000 records of 10,000 datasets (parsing
 * each description's Markdown, splitting elisions) took ~7 s of the main thread's CPU, on the
 * build's critical path, on every build.
 *
 * One file per language (10,000 files would cost more to open than the records to make): a header
 * line (format, language, the code's version, the SHA-256 of the rest), then one line per record,
 * its inputs' digest and the JSON text of its document, filter values and sort keys (JSON escapes
 * line breaks). Lines are kept as bytes: a record kept is decoded and parsed once, when it is
 * given, and written back as the same bytes, not serialised or encoded again. What is read back is untrusted: a file whose digest
 * or header is not right is ignored whole, a line that does not parse to a record's shape is made
 * again, and the address is the one the record's dataset has now.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { catalogueCacheFolder } from '../build/cache-dir.ts';
import { readCacheBytes } from '../build/cache-file.ts';
import type { UiLanguage } from '../i18n/languages.ts';
import type { SearchRecord } from './search-record.ts';
import type { SortKeys } from './sort-table.ts';
import { FACETS, type Facet } from './state.ts';

/** Bumped when the file's layout changes. */
const FORMAT = 'odc-search-records/1';
/** ~2.7 KB a record: 50,000 datasets make ~135 MB; far above that is not ours (and a string has a limit). */
const MAX_BYTES = 400 * 1024 * 1024;
const DIGEST = /^[0-9a-f]{64}$/;
const NEWLINE = 0x0a;
const SPACE = 0x20;
const NEWLINE_BYTES = Buffer.from('\n');

interface Header {
	format: string;
	lang: string;
	version: string;
	sha256: string;
}

/** The file keeping `lang`'s records of the catalogue in `scope`, in the cache folder `folder` (cache-dir.ts's by default). */
export function searchRecordFile(scope: string, lang: string, folder?: string): string {
	return join(catalogueCacheFolder('search-records', scope, folder), `${encodeURIComponent(lang)}.records`);
}

/** The SHA-256 (hex) of `chunks`, one after the other. */
function sha256(chunks: readonly Uint8Array[]): string {
	const hash = createHash('sha256');
	for (const chunk of chunks) hash.update(chunk);
	return hash.digest('hex');
}

/**
 * The lines kept in `file` for `lang` by the code of `version`, by inputs' digest: each line's
 * bytes (`<digest> <JSON text>`, the JSON text {@link keptRecord} reads from byte 65 on), slices of
 * the file's bytes, so that a line kept again is written back without being decoded and encoded.
 * Empty when there is no sound file.
 */
export function readKeptRecordLines(file: string, lang: string, version: string): Map<string, Buffer> {
	const lines = new Map<string, Buffer>();
	const bytes = readCacheBytes(file, MAX_BYTES);
	if (bytes === undefined) return lines;
	const end = bytes.indexOf(NEWLINE);
	if (end < 0) return lines;
	try {
		const header = JSON.parse(bytes.toString('utf8', 0, end)) as Partial<Header>;
		const body = bytes.subarray(end + 1);
		if (header.format !== FORMAT || header.lang !== lang || header.version !== version || header.sha256 !== sha256([body])) return lines;
		for (let from = 0; from < body.length;) {
			const next = body.indexOf(NEWLINE, from);
			const line = body.subarray(from, next < 0 ? body.length : next);
			from = next < 0 ? body.length : next + 1;
			const digest = line.toString('latin1', 0, 64);
			if (DIGEST.test(digest) && line[64] === SPACE) lines.set(digest, line);
		}
	} catch {
		lines.clear();
	}
	return lines;
}

/** The JSON text of a kept line ({@link readKeptRecordLines}'s), for {@link keptRecord}. */
export function keptJson(line: Buffer): string {
	return line.toString('utf8', 65);
}

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * The record a kept line (`json`, {@link recordLine}'s text) gives for the page at `url` in `lang`;
 * undefined when it does not have a record's shape (then the record is made again).
 */
export function keptRecord(json: string, url: string, lang: UiLanguage): SearchRecord | undefined {
	try {
		const value = JSON.parse(json) as unknown;
		if (!Array.isArray(value) || value.length !== 3) return undefined;
		const [content, filters, sort] = value as [unknown, Partial<Record<Facet, unknown>> | null, Partial<SortKeys> | null];
		if (typeof content !== 'string' || typeof filters !== 'object' || filters === null || typeof sort !== 'object' || sort === null) return undefined;
		if (Object.keys(filters).length !== FACETS.length || !FACETS.every((facet) => isStrings(filters[facet]))) return undefined;
		if (Object.keys(sort).length !== 2 || typeof sort.modified !== 'string' || typeof sort.title !== 'string') return undefined;
		return { url, lang, content, filters: filters as Record<Facet, string[]>, sort: { modified: sort.modified, title: sort.title } };
	} catch {
		return undefined;
	}
}

/** The line `record`, made from inputs of `digest`, is kept as (without its address and language, which the dataset and the file give). */
export function recordLine(digest: string, record: SearchRecord): Buffer {
	return Buffer.from(`${digest} ${JSON.stringify([record.content, record.filters, record.sort])}`);
}

/** Bytes gathered before one write: ~400 records, not a system call each. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * A language's records file being written line by line ({@link openKeptRecordLines}), so that the
 * records made are not held until the last one (~27 MB a language at 10,000 datasets, and as much
 * again joined into one buffer): each line goes to a new file, hashed as it goes; the header, whose
 * digest is known only at the end, is written last over a placeholder of the same length, and the
 * file then renamed over the kept one (never written in place).
 */
export interface KeptRecordLinesWriter {
	/** Adds the next line ({@link readKeptRecordLines}'s or {@link recordLine}'s, the datasets' order). */
	add(line: Uint8Array): void;
	/** Writes the header and puts the file in place; false when it could not (the next build makes the records again). */
	commit(): boolean;
	/** Removes what was written, leaving the kept file as it was (a consumer that stopped early). */
	discard(): void;
}

/** The header line of `lang`'s file by the code of `version` whose body's SHA-256 is `sha256` (64 hex digits, so its length does not depend on it). */
function headerLine(lang: string, version: string, sha256: string): Buffer {
	const header: Header = { format: FORMAT, lang, version, sha256 };
	return Buffer.from(`${JSON.stringify(header)}\n`);
}

/**
 * Starts replacing the file keeping `lang`'s records made by the code of `version`; the lines
 * given to the writer are its body. Nothing changes until `commit()`; a failure along the way is
 * only reported by `commit()`, and leaves the kept file as it was.
 */
export function openKeptRecordLines(file: string, lang: string, version: string): KeptRecordLinesWriter {
	const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
	const hash = createHash('sha256');
	const placeholder = headerLine(lang, version, '0'.repeat(64));
	let descriptor: number | undefined;
	let failed = false;
	let chunk: Uint8Array[] = [];
	let chunkBytes = 0;
	let lines = 0;
	const attempt = (work: () => void) => {
		if (failed) return;
		try {
			work();
		} catch {
			failed = true;
		}
	};
	const flush = () =>
		attempt(() => {
			if (descriptor === undefined) {
				mkdirSync(dirname(file), { recursive: true });
				descriptor = openSync(temporary, 'wx');
				writeSync(descriptor, placeholder);
			}
			if (chunkBytes > 0) writeSync(descriptor, Buffer.concat(chunk, chunkBytes));
			chunk = [];
			chunkBytes = 0;
		});
	const remove = () => {
		try {
			if (descriptor !== undefined) closeSync(descriptor);
		} catch {
			// Closed or not, the file is removed.
		}
		descriptor = undefined;
		rmSync(temporary, { force: true });
	};
	return {
		add(line) {
			// After a failed write nothing more is gathered: the file will not be kept.
			if (failed) return;
			const parts = lines++ === 0 ? [line] : [NEWLINE_BYTES, line];
			for (const part of parts) {
				hash.update(part);
				chunk.push(part);
				chunkBytes += part.length;
			}
			if (chunkBytes >= CHUNK_BYTES) flush();
		},
		commit() {
			flush();
			attempt(() => {
				writeSync(descriptor!, headerLine(lang, version, hash.digest('hex')), 0, placeholder.length, 0);
				closeSync(descriptor!);
				descriptor = undefined;
				renameSync(temporary, file);
			});
			if (failed) this.discard();
			return !failed;
		},
		discard() {
			failed = true;
			try {
				remove();
			} catch {
				// Nothing was written where nothing can be removed.
			}
		},
	};
}
