/**
 * Reading back what Pagefind wrote (format of Pagefind 1.x): every file is gzipped and starts with
 * a signature; `pagefind.<index hash>.pf_meta` lists a language's pages in index order (their ids,
 * the names of their fragments) and its filter files; `filter/<hash>.pf_filter` holds, for each
 * value of one filter, the pages that have it; `fragment/<id>.pf_fragment` is one page's JSON.
 * The facet tables (facet-tables.ts) are checked against the first two and, failing that, made
 * from the third.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { decodeCbor, type CborValue } from '../lib/search/cbor.ts';
import { shardFoldersFor, type IndexedPage, type PagefindEntry } from '../lib/search/facet-table.ts';
import type { LanguageIndex } from '../lib/search/records-facet-table.ts';

const gunzipAsync = promisify(gunzip);

/** Pagefind's files start, once gunzipped, with this signature. */
export const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/** Fragments read at once: enough to keep zlib's threads busy, few enough to bound memory. */
const CONCURRENCY = 64;

/** Decodes one of Pagefind's gzipped files. Throws when it does not carry Pagefind's signature. */
export async function readPagefindFile(path: string): Promise<Buffer> {
	const bytes = await gunzipAsync(await readFile(path));
	if (bytes.subarray(0, PAGEFIND_SIGNATURE.length).toString('latin1') !== PAGEFIND_SIGNATURE)
		throw new Error(`${path} is not a Pagefind file (no ${PAGEFIND_SIGNATURE} signature)`);
	return bytes.subarray(PAGEFIND_SIGNATURE.length);
}

const isArray = (value: CborValue): value is CborValue[] => Array.isArray(value);

function shapeError(path: string, what: string): Error {
	return new Error(`${path}: ${what} is not where Pagefind 1.x puts it`);
}

/** Reads the index of the language whose hash (from `pagefind-entry.json`) is `indexHash`. Throws on a file of another shape. */
export async function readLanguageIndex(bundleDir: string, indexHash: string): Promise<LanguageIndex> {
	const metaPath = join(bundleDir, `pagefind.${indexHash}.pf_meta`);
	const meta = decodeCbor(await readPagefindFile(metaPath));
	// MetaIndex: [version, pages: [[id, word count, …]], index chunks, filters: [[name, file hash]], …]
	if (!isArray(meta) || !isArray(meta[1]!) || !isArray(meta[3]!)) throw shapeError(metaPath, 'the page or filter list');
	const pages = meta[1].map((page) => {
		if (!isArray(page) || typeof page[0] !== 'string') throw shapeError(metaPath, 'a page id');
		return page[0];
	});
	const filters = new Map<string, Map<string, number[]>>();
	for (const filter of meta[3]) {
		if (!isArray(filter) || typeof filter[0] !== 'string' || typeof filter[1] !== 'string') throw shapeError(metaPath, 'a filter');
		const filterPath = join(bundleDir, 'filter', `${filter[1]}.pf_filter`);
		// FilterIndex: [name, [[value, [page numbers]]]]
		const index = decodeCbor(await readPagefindFile(filterPath));
		if (!isArray(index) || !isArray(index[1]!)) throw shapeError(filterPath, 'the value list');
		const values = new Map<string, number[]>();
		for (const entry of index[1]) {
			if (!isArray(entry) || typeof entry[0] !== 'string' || !isArray(entry[1]!)) throw shapeError(filterPath, 'a value');
			values.set(
				entry[0],
				entry[1].map((page) => {
					if (typeof page !== 'number') throw shapeError(filterPath, 'a page number');
					return page;
				}),
			);
		}
		filters.set(filter[0], values);
	}
	return { pages, filters };
}

/** The pages of `ids` with the filter values Pagefind stored in their fragments, in the order of `ids`. */
export async function readFragmentFilters(bundleDir: string, ids: readonly string[]): Promise<IndexedPage[]> {
	const pages: IndexedPage[] = new Array(ids.length);
	let next = 0;
	const worker = async () => {
		while (next < ids.length) {
			const at = next++;
			const id = ids[at]!;
			const fragment = JSON.parse((await readPagefindFile(join(bundleDir, 'fragment', `${id}.pf_fragment`))).toString('utf8')) as {
				filters?: IndexedPage['filters'];
			};
			pages[at] = { id, filters: fragment.filters ?? {} };
		}
	};
	await Promise.all(Array.from({ length: Math.min(CONCURRENCY, ids.length) }, worker));
	return pages;
}

/** The entry file of the bundle in `dir` (`pagefind-entry.json`). */
export async function readBundleEntry(dir: string): Promise<PagefindEntry> {
	return JSON.parse(await readFile(join(dir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
}

/** One bundle of a language's index: the primary bundle, or a shard's (src/lib/search/search-shards.ts). */
export interface IndexPart {
	dir: string;
	hash: string;
}

/** The bundles of `lang`'s index in `entry` (the primary bundle's, at `bundleDir`), in order, and the hash naming its tables. */
export async function indexParts(bundleDir: string, entry: PagefindEntry, lang: string, hash: string): Promise<{ parts: IndexPart[]; tableHash: string }> {
	const sharded = entry.odc_shards?.[lang];
	if (!sharded) return { parts: [{ dir: bundleDir, hash }], tableHash: hash };
	const parts = [{ dir: bundleDir, hash }];
	for (const folder of shardFoldersFor(entry, lang)) {
		const dir = join(bundleDir, folder);
		const shardHash = (await readBundleEntry(dir)).languages?.[lang]?.hash;
		if (!shardHash) throw new Error(`${folder}pagefind-entry.json lists no ${lang} index`);
		parts.push({ dir, hash: shardHash });
	}
	return { parts, tableHash: sharded.hash };
}

/** The index of every part read as one: pages one part after the other, each part's page numbers moved past the parts before it. */
export async function readIndexOfParts(parts: readonly IndexPart[]): Promise<LanguageIndex> {
	const pages: string[] = [];
	const filters = new Map<string, Map<string, number[]>>();
	for (const { dir, hash } of parts) {
		const index = await readLanguageIndex(dir, hash);
		const offset = pages.length;
		pages.push(...index.pages);
		for (const [name, values] of index.filters) {
			let forName = filters.get(name);
			if (!forName) filters.set(name, (forName = new Map()));
			for (const [value, numbers] of values) forName.set(value, [...(forName.get(value) ?? []), ...numbers.map((page) => page + offset)]);
		}
	}
	return { pages, filters };
}
