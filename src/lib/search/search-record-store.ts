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
import { join } from 'node:path';
import { catalogueCacheFolder } from '../build/cache-dir.ts';
import { readCacheBytes, writeCacheEntry } from '../build/cache-file.ts';
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

/**
 * Keeps `lines` ({@link readKeptRecordLines}'s or {@link recordLine}'s, the datasets' order) as
 * `lang`'s records made by the code of `version`, replacing the file (by a new file renamed over
 * it: never written in place); false when it could not be written (the next build makes the
 * records again).
 */
export function writeKeptRecordLines(file: string, lang: string, version: string, lines: readonly Buffer[]): boolean {
	const body = lines.flatMap((line, index) => (index === 0 ? [line] : [NEWLINE_BYTES, line]));
	const header: Header = { format: FORMAT, lang, version, sha256: sha256(body) };
	return writeCacheEntry(file, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), ...body]));
}
