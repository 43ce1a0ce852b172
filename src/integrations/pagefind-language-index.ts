/**
 * The steps of one language's search index in Pagefind's service (src/integrations/pagefind.ts
 * makes one index per language, each in a process of its own started after the previous one has
 * stopped), and the merge of their entry files into the one a single index of every language
 * would have written.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { ShardedLanguage } from '../lib/search/facet-table.ts';
import type { SearchRecord } from '../lib/search/search-record.ts';
import {
	pageInput,
	placedToRemove,
	placeKeptFragments,
	removeFragments,
	type FragmentReuse,
	type KeptFragment,
	type PageInput,
} from './pagefind-kept-fragments.ts';
import { pageIdsOf, shortenPageIds } from './pagefind-page-ids.ts';

/** Thrown when Pagefind reports errors: the build fails rather than ship a broken search. */
export class SearchIndexError extends Error {}

/** The error of a step taken after the index was closed (a build that failed or was stopped). */
export const closedError = () => new SearchIndexError('The search index was closed before it was built.');

/** A step of Pagefind's service, bounded in time (startSearchIndex's `step`). */
export type Step = <T>(name: string, work: Promise<T>) => Promise<T>;

/** The error naming a step and Pagefind's messages (startSearchIndex's `fail`). */
export type Fail = (step: string, errors: readonly string[]) => Error;

/** A language's line in `pagefind-entry.json`, as Pagefind writes it. */
export type EntryLanguages = Record<string, { hash: string; wasm?: string; page_count?: number }>;

const ENTRY = 'pagefind-entry.json';

/**
 * Records sent to Pagefind and not yet answered, at most: enough that its process never waits for
 * the next one, few enough to bound the messages held in memory (~4 KB each, base64 JSON: ~8 MB).
 * The next record is sent only when the build's main thread has a turn, and while Astro renders a
 * catalogue-wide page it has none for up to a second or more: with 256 (~0.1 s of Pagefind's work)
 * a rebuild's English records, 4.6 s of adding alone, took ~15 s to add, and the index was written
 * ~8.4 s after the pages instead of ~5.
 */
export const IN_FLIGHT = 2048;

/** Starts Pagefind's service (again, after a close) and creates an index in it. */
export async function newIndex(step: Step, fail: Fail): Promise<pagefind.PagefindIndex> {
	const { index, errors } = await step('starting Pagefind', pagefind.createIndex({}));
	if (!index || errors.length > 0) throw fail('starting Pagefind', errors.length > 0 ? errors : ['no index was created']);
	return index;
}

/**
 * Indexes `batch` (one language's records, or none) in a Pagefind process of its own, writes the
 * index into `outputPath` once the build knows it (records are indexed before: the index may be
 * started before Astro has made the output folder) and `writeAfter`'s promise has settled, stops
 * the process and returns the entry file's languages. `batch` is emptied once every record is in
 * Pagefind's hands: the next language's records, made meanwhile (pagefind-languages.ts), are then
 * not held beside these while this language waits to be written; `handedOver` is called then.
 * With `fragments`, the kept fragments are placed before the write and the pages written are
 * given back (pagefind-kept-fragments.ts).
 */
export async function indexRecords(
	batch: SearchRecord[],
	step: Step,
	fail: Fail,
	closed: () => boolean,
	outputPath: Promise<string>,
	writeAfter?: () => Promise<unknown>,
	handedOver?: () => void,
	fragments?: FragmentReuse,
): Promise<EntryLanguages> {
	// Placed while the records are added: ~10,000 links, each waiting for a turn of the main thread
	// that Astro keeps busy, took ~2 s when made just before the write.
	const placing = fragments && outputPath.then((path) => placeKeptFragments(fragments.kept, fragments.lang, path));
	placing?.catch(() => {});
	const index = await newIndex(step, fail);
	const inFlight: Promise<void>[] = [];
	// What the kept fragments are checked against after the write: the documents themselves are let go.
	const pages: PageInput[] = [];
	let failure: unknown;
	for (const record of batch) {
		if (fragments) pages.push(pageInput(record));
		// After close(), this index's id may name another build's index in a restarted service.
		if (closed()) throw closedError();
		if (failure !== undefined) break;
		const name = `indexing ${record.url}`;
		inFlight.push(
			step(name, index.addHTMLFile({ url: record.url, content: record.content })).then(
				(response) => {
					if (response.errors.length > 0) failure ??= fail(name, response.errors);
				},
				(error: unknown) => {
					failure ??= error;
				},
			),
		);
		if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
	}
	await Promise.all(inFlight);
	batch.length = 0;
	if (failure !== undefined) throw failure;
	handedOver?.();
	const folder = await outputPath;
	await writeAfter?.().catch(() => {});
	if (closed()) throw closedError();
	const written = await writeIndex(index, folder, step, fail, fragments && placing && { fragments, pages, placed: placing });
	await pagefind.close();
	return written;
}

/**
 * Writes `index` into `outputPath`, its pages renamed with short ids (pagefind-page-ids.ts), and
 * returns the languages its entry file lists: the next language's write replaces that file, so
 * they are kept for {@link mergeEntry}. With `reuse`, the kept fragments being placed in the
 * bundle are checked against `pages` (the index's, in order) once written, and the pages written
 * are given back in `fragments` (pagefind-kept-fragments.ts).
 */
export async function writeIndex(
	index: pagefind.PagefindIndex,
	outputPath: string,
	step: Step,
	fail: Fail,
	reuse?: { fragments: FragmentReuse; pages: readonly PageInput[]; placed: Promise<Map<string, KeptFragment>> },
): Promise<EntryLanguages> {
	// Pagefind's service panics, and its promise never settles, when the folder can't be created.
	await mkdir(outputPath, { recursive: true });
	const { fragments, pages = [] } = reuse ?? {};
	const placed = (await reuse?.placed) ?? new Map<string, KeptFragment>();
	const write = async () => {
		const written = await step(`writing ${outputPath}`, index.writeFiles({ outputPath }));
		if (written.errors.length > 0) throw fail(`writing ${outputPath}`, written.errors);
		return (await readEntry(outputPath)).languages ?? {};
	};
	let languages = await write();
	const hash = fragments && languages[fragments.lang]?.hash;
	const names = hash === undefined ? undefined : await pageIdsOf(outputPath, hash);
	if (fragments && placed.size > 0) {
		const { wrong, unused } = placedToRemove(placed, names, pages);
		await removeFragments([...wrong, ...unused], outputPath);
		// Pagefind writes again what is missing: the fragments of the pages whose names stood for others.
		if (wrong.length > 0) languages = await write();
		fragments.keptCount = placed.size - wrong.length - unused.length;
	}
	for (const [lang, { hash }] of Object.entries(languages)) await shortenPageIds(outputPath, lang, hash);
	if (fragments && hash !== undefined && names !== undefined && names.length === pages.length) {
		const ids = (await pageIdsOf(outputPath, hash)) ?? names;
		fragments.written = names.map((name, position) => [name, pages[position]!.url, pages[position]!.digest, `fragment/${ids[position]}.pf_fragment`]);
	}
	return languages;
}

/**
 * Rewrites the entry file that the last language's write left with every language written, in
 * the order they were written, its other fields as Pagefind wrote them: byte for byte the file
 * one index of every language gives (compact JSON, the same key order), but for `odc_shards`,
 * added when a language is cut into shards.
 */
export async function mergeEntry(outputPath: string, languages: EntryLanguages, shards?: Record<string, ShardedLanguage>): Promise<void> {
	const entry = await readEntry(outputPath);
	await writeFile(
		join(outputPath, ENTRY),
		JSON.stringify({ ...entry, languages, ...(shards && Object.keys(shards).length > 0 ? { odc_shards: shards } : {}) }),
	);
}

/** What a shard's bundle keeps of Pagefind's write: its entry file and the language's index, fragments and filters. */
const SHARD_FILE = /^(?:pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|(?:index|filter|fragment)\/.+)$/;

/**
 * Removes from a shard's bundle folder what the browser never loads from it: Pagefind's scripts,
 * styles and WebAssembly, which a merged index takes from the primary bundle (~0.5 MB a shard).
 */
export async function pruneShardBundle(outputPath: string): Promise<void> {
	const names = await readdir(outputPath, { withFileTypes: true });
	for (const entry of names) {
		if (entry.isDirectory() ? SHARD_FILE.test(`${entry.name}/x`) : SHARD_FILE.test(entry.name)) continue;
		await rm(join(outputPath, entry.name), { recursive: true, force: true });
	}
}

async function readEntry(outputPath: string): Promise<{ languages?: EntryLanguages }> {
	return JSON.parse(await readFile(join(outputPath, ENTRY), 'utf8')) as { languages?: EntryLanguages };
}
