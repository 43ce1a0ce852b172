/**
 * data.json kept from one build to the next with the key of each of its entries
 * (build/dataset-file-keys.ts, `dataJson`), so that a rebuild maps and checks against the Project
 * Open Data schema only the datasets whose inputs changed and takes the others' entries as text
 * from the last data.json, neither mapped, checked nor serialised again.
 *
 * One file per catalogue, `<cacheDir>/data-json/<catalogue>/data.json.kept`: the SHA-256 of the
 * rest on the first line, then a line of JSON (the format, the code's version, and each entry's
 * key with where its text starts and ends in the document, in UTF-16 code units), then the text of
 * data.json as published. What is read back is untrusted: a file whose digest, format or version
 * is not right is ignored whole, and an entry whose place is not an object's text inside the
 * document is not used. Only a data.json that passed the schema check is kept, so a kept entry was
 * valid when kept (by the same schema: the code's version covers `schemas/`).
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { catalogueCacheFolder } from '../../build/cache-dir.ts';
import { readCacheBytes, writeCacheEntry } from '../../build/cache-file.ts';

/** Bumped when the file's layout changes. */
const FORMAT = 'odc-data-json-kept/1';
/** ~2.7 KB an entry: 50,000 datasets make ~140 MB; far above that is not ours (and a string has a limit). */
const MAX_BYTES = 400 * 1024 * 1024;
const DIGEST = /^[0-9a-f]{64}$/;
const DIGEST_LINE = 65;
/** How data.json indents an item of `dataset` (one space a level, the second level). */
const ITEM_INDENT = '  ';
const OPEN_BRACE = 0x7b;
/** What `JSON.stringify([[entry]], null, 1)` writes before and after the entry. */
const ENTRY_START = '[\n [\n'.length;
const ENTRY_END = '\n ]\n]'.length;
const CLOSE_BRACE = 0x7d;

/** An entry's key, and where its text starts and ends in the document. */
type Place = [key: string, start: number, end: number];

interface Meta {
	format: string;
	version: string;
	entries: Place[];
}

/** The file keeping the data.json of the catalogue in `scope`, in the cache folder `folder` (cache-dir.ts's by default). */
export function dataJsonEntryFile(scope: string, folder?: string): string {
	return join(catalogueCacheFolder('data-json', scope, folder), 'data.json.kept');
}

/** The text data.json holds for `entry`, an item of its `dataset`: as `JSON.stringify(document, null, 1)` writes it there. */
export function dataJsonEntryText(entry: unknown): string {
	// Written at its depth by JSON.stringify itself (`[\n [\n` before it, `\n ]\n]` after), not indented again line by line.
	return JSON.stringify([[entry]], null, 1).slice(ENTRY_START, -ENTRY_END);
}

/** data.json's text, and where each entry's text is in it. */
export interface AssembledDataJson {
	text: string;
	/** The start and end of each entry's text, in order. */
	places: Array<[start: number, end: number]>;
}

/**
 * The text of data.json: `head`, the document without `dataset` (whose fields come first), then
 * `entries`, the texts {@link dataJsonEntryText} gives, in order. The same bytes as
 * `JSON.stringify({ ...head, dataset }, null, 1)`.
 */
export function assembleDataJson(head: Record<string, unknown>, entries: readonly string[]): AssembledDataJson {
	const empty = JSON.stringify({ ...head, dataset: [] }, null, 1);
	if (entries.length === 0) return { text: empty, places: [] };
	// `dataset` is the last field: the text ends with its empty array and the document's brace.
	const opening = `${empty.slice(0, -'[]\n}'.length)}[\n`;
	const places: Array<[number, number]> = [];
	let at = opening.length;
	for (const entry of entries) {
		places.push([at, at + entry.length]);
		at += entry.length + ',\n'.length;
	}
	return { text: `${opening}${entries.join(',\n')}\n ]\n}`, places };
}

/** The SHA-256 (hex) of `chunks`, one after the other. */
function sha256(...chunks: Uint8Array[]): string {
	const hash = createHash('sha256');
	for (const chunk of chunks) hash.update(chunk);
	return hash.digest('hex');
}

/**
 * The entries of the data.json kept in `file` by the code of `version`, their texts by key; empty
 * when there is no sound file.
 */
export function readKeptDataJsonEntries(file: string, version: string): Map<string, string> {
	const entries = new Map<string, string>();
	const bytes = readCacheBytes(file, MAX_BYTES);
	if (!bytes || bytes.length < DIGEST_LINE || bytes[DIGEST_LINE - 1] !== 0x0a) return entries;
	const body = bytes.subarray(DIGEST_LINE);
	if (bytes.toString('latin1', 0, DIGEST_LINE - 1) !== sha256(body)) return entries;
	const newline = body.indexOf(0x0a);
	if (newline < 0) return entries;
	let meta: Partial<Meta>;
	try {
		meta = JSON.parse(body.toString('utf8', 0, newline)) as Partial<Meta>;
	} catch {
		return entries;
	}
	if (meta.format !== FORMAT || meta.version !== version || !Array.isArray(meta.entries)) return entries;
	const text = body.toString('utf8', newline + 1);
	for (const place of meta.entries as unknown[]) {
		if (!Array.isArray(place) || place.length !== 3) continue;
		const [key, start, end] = place as unknown[];
		if (typeof key !== 'string' || !DIGEST.test(key) || !Number.isSafeInteger(start) || !Number.isSafeInteger(end)) continue;
		const from = start as number;
		const to = end as number;
		// An object's text at the second level, inside the document: anything else is not one of ours.
		if (from < ITEM_INDENT.length || to > text.length || to - from < 4 || !text.startsWith(ITEM_INDENT, from)) continue;
		if (text.charCodeAt(from + ITEM_INDENT.length) !== OPEN_BRACE || text.charCodeAt(to - 1) !== CLOSE_BRACE) continue;
		entries.set(key, text.slice(from, to));
	}
	return entries;
}

/**
 * Keeps `document` (data.json as published) whose entries, in order, have `keys`, as made by the
 * code of `version`, replacing the file (by a new file renamed over it: never written in place);
 * false when it could not be written (the next build makes the entries again).
 */
export function writeKeptDataJson(file: string, version: string, document: AssembledDataJson, keys: readonly string[]): boolean {
	if (keys.length !== document.places.length) throw new Error(`${keys.length} keys for ${document.places.length} data.json entries`);
	const meta: Meta = { format: FORMAT, version, entries: keys.map((key, index) => [key, ...document.places[index]!]) };
	const body = [Buffer.from(`${JSON.stringify(meta)}\n`, 'utf8'), Buffer.from(document.text, 'utf8')];
	return writeCacheEntry(file, Buffer.concat([Buffer.from(`${sha256(...body)}\n`, 'latin1'), ...body]));
}
