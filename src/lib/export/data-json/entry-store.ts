/**
 * Each dataset's entry of data.json kept from one build to the next under the key of its inputs
 * (build/dataset-file-keys.ts, `dataJson`), so that a rebuild maps and checks against the Project
 * Open Data schema only the datasets whose inputs changed: at 10,000 datasets the mapping (with
 * its Markdown), the schema check of every entry and the serialisation of the whole document were
 * ~5 s of the export worker's CPU on every build.
 *
 * One file per catalogue (10,000 files would cost more to open than the entries to make): a header
 * line (format, the code's version, the SHA-256 of the rest), then one line per entry, its key and
 * its text exactly as data.json holds it (indented as an item of `dataset`), its line breaks
 * written as tabs: `JSON.stringify` never writes a raw tab or line break inside a string, so a tab
 * of the text can only be one of its line breaks. What is read back is untrusted: a file whose
 * digest or header is not right is ignored whole, and a line that is not a key and an object's
 * text is not used. Only entries of a data.json that passed the schema check are written, so a
 * kept entry was valid when kept (by the same schema: the code's version covers `schemas/`).
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { catalogueCacheFolder } from '../../build/cache-dir.ts';
import { readCacheBytes, writeCacheEntry } from '../../build/cache-file.ts';

/** Bumped when the file's layout changes. */
const FORMAT = 'odc-data-json-entries/1';
/** ~3 KB an entry: 50,000 datasets make ~150 MB; far above that is not ours (and a string has a limit). */
const MAX_BYTES = 400 * 1024 * 1024;
const DIGEST = /^[0-9a-f]{64}$/;
/** How data.json indents an item of `dataset` (one space a level, the second level). */
const ITEM_INDENT = '  ';

interface Header {
	format: string;
	version: string;
	sha256: string;
}

/** The file keeping the data.json entries of the catalogue in `scope`, in the cache folder `folder` (cache-dir.ts's by default). */
export function dataJsonEntryFile(scope: string, folder?: string): string {
	return join(catalogueCacheFolder('data-json', scope, folder), 'entries');
}

/** The text data.json holds for `entry`, an item of its `dataset`: as `JSON.stringify(document, null, 1)` writes it there. */
export function dataJsonEntryText(entry: unknown): string {
	return `${ITEM_INDENT}${JSON.stringify(entry, null, 1).replaceAll('\n', `\n${ITEM_INDENT}`)}`;
}

/**
 * The text of data.json: `head`, the document without `dataset` (whose fields come first), then
 * `entries`, the texts {@link dataJsonEntryText} gives, in order. The same bytes as
 * `JSON.stringify({ ...head, dataset }, null, 1)`.
 */
export function assembleDataJson(head: Record<string, unknown>, entries: readonly string[]): string {
	const empty = JSON.stringify({ ...head, dataset: [] }, null, 1);
	if (entries.length === 0) return empty;
	// `dataset` is the last field: the text ends with its empty array and the document's brace.
	return `${empty.slice(0, -'[]\n}'.length)}[\n${entries.join(',\n')}\n ]\n}`;
}

/** The SHA-256 (hex) of `text`. */
const sha256 = (text: string | Uint8Array) => createHash('sha256').update(text).digest('hex');

/**
 * The entries kept in `file` by the code of `version`, their texts by key; empty when there is no
 * sound file.
 */
export function readKeptDataJsonEntries(file: string, version: string): Map<string, string> {
	const entries = new Map<string, string>();
	const bytes = readCacheBytes(file, MAX_BYTES);
	if (bytes === undefined) return entries;
	const end = bytes.indexOf(0x0a);
	if (end < 0) return entries;
	try {
		const header = JSON.parse(bytes.toString('utf8', 0, end)) as Partial<Header>;
		const body = bytes.subarray(end + 1);
		if (header.format !== FORMAT || header.version !== version || header.sha256 !== sha256(body)) return entries;
		for (const line of body.toString('utf8').split('\n')) {
			const key = line.slice(0, 64);
			const text = line.slice(65);
			if (!DIGEST.test(key) || line[64] !== ' ' || !text.startsWith(`${ITEM_INDENT}{`) || !text.endsWith('}')) continue;
			entries.set(key, text.replaceAll('\t', '\n'));
		}
	} catch {
		entries.clear();
	}
	return entries;
}

/**
 * Keeps `entries` (key and text, the datasets' order) as the entries made by the code of
 * `version`, replacing the file (by a new file renamed over it: never written in place); false
 * when it could not be written (the next build makes the entries again).
 */
export function writeKeptDataJsonEntries(file: string, version: string, entries: ReadonlyArray<readonly [key: string, text: string]>): boolean {
	const body = entries.map(([key, text]) => `${key} ${text.replaceAll('\n', '\t')}`).join('\n');
	const header: Header = { format: FORMAT, version, sha256: sha256(body) };
	return writeCacheEntry(file, `${JSON.stringify(header)}\n${body}`);
}
