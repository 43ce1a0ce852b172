/**
 * One language's search index kept from one build to the next (pagefind.ts): when none of a
 * language's search records changed (after a dataset's English title changed, every French record
 * is as it was), that language's files are put back from the cache folder rather than indexed
 * again by Pagefind, ~6 s of its CPU per language at 10,000 datasets.
 *
 * The key is the SHA-256 of everything Pagefind is given for the language (each record's address
 * and document, in order) and the code's version, Pagefind's included: the same input gives the
 * same files, byte for byte. An entry, `<cacheDir>/pagefind/<catalogue>/<lang>/`, holds under
 * `files/` the language's own files (its meta file and WebAssembly, index chunks, filters and
 * fragments, each named for the language: ~10,000 at 10,000 datasets) and the bundle's files common
 * to every language, with the entry file, as the language's write left them; `manifest.json`,
 * written last, gives each own file's size and each common file's SHA-256.
 *
 * The own files are shared, as kept Astro pages are (src/lib/build/linked-page-cache.ts): saved,
 * each is hard-linked from the bundle folder into the new entry, its size recorded (`lstat`); put
 * back, each is hard-linked from the entry into the bundle folder after the entry's files were
 * all found to be regular files (not links) of the recorded sizes, neither read nor hashed (where a
 * link cannot be made, as across file systems, the file is copied). Sharing one file between the
 * cache, the output and the published site is sound only while none of them is ever written in
 * place, and nothing does: a build writes into a new output folder (staging.ts); Pagefind's write
 * of another language into the same bundle folder writes that language's own files, all named for
 * it, and the common files; pagefind-page-ids.ts renames the fragments of, and replaces the meta
 * file of, only the languages that write's entry file lists (the one written; the meta file by a
 * new file renamed over it, so even a shared one would be left as it was); facet-tables.ts and
 * first-pages.ts write files of their own names (`OWN_FILES`), never part of an entry; publishing
 * sets modes at most (publish-output.ts), and the remover and a replaced entry only unlink. The
 * common files are another matter: each language's write rewrites them in place, so they are read
 * (and checked against their digests) and written as new files, in the cache and in the output.
 *
 * A kept entry is checked before anything of it is written: a manifest this code did not write
 * (another format, key or language, a path outside the bundle's layout or of another language), a
 * folder or file that is a link, a file missing or of another size, or a common file whose bytes
 * do not match means the language is indexed again. Asynchronous, a few operations at a time, so
 * that a language's 10,000 files, checked and linked while Astro renders, do not hold up the main
 * thread; and saved alongside the next language's indexing (pagefind-languages.ts) from a snapshot
 * of the common files taken as soon as the language is written (the next write rewrites them), so
 * that the next language's Pagefind process does not wait for it.
 *
 * This module holds the entry's layout and key; pagefind-kept-language.ts checks an entry and puts
 * it back, pagefind-language-save.ts saves one.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, mkdir, readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { cacheDir, catalogueCacheFolder } from '../lib/build/cache-dir.ts';
import { codeVersion } from '../lib/build/code-version.ts';
import type { SearchRecord } from '../lib/search/search-record.ts';
import type { WrittenPage } from './pagefind-kept-fragments.ts';
import type { EntryLanguages } from './pagefind-language-index.ts';

/** Bumped when an entry's layout changes: an entry of another format is not read (2: own files by size, linked; 3: pages). */
export const FORMAT = 'odc-pagefind-language/3';
/** Far above any file Pagefind writes (its largest, the UI script, is ~200 KB); a larger one is not ours. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** The entry's description, written last: an entry without one is not read. */
export const MANIFEST = 'manifest.json';
/** The entry's folder of bundle files, laid out as in the bundle. */
export const FILES = 'files';
/**
 * What the build writes into the bundle folder itself from the records: never part of an entry.
 * (`pagefind-entry.json` is, as this language's write left it: with every language put back, there
 * is no other for pagefind-language-index.ts's mergeEntry to take the fields beside `languages` from.)
 */
const OWN_FILES = /^(facets|sorts|first-page)\.[^/]+\.json$/;
/** A path inside the bundle, as Pagefind names its files: a folder of its own at most, no dot segments. */
const BUNDLE_PATH = /^(?:(?:index|filter|fragment)\/)?[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** A kept language: its line in `pagefind-entry.json`, its own files' sizes and its common files' digests, by path. */
export interface Manifest {
	format: string;
	key: string;
	lang: string;
	entry: EntryLanguages[string];
	own: Record<string, number>;
	common: Record<string, string>;
	/** The index's pages in order, each fragment's Pagefind name, input and file (pagefind-kept-fragments.ts); none for a shard. */
	pages?: WrittenPage[];
}

/**
 * The key of `lang`'s index made from `records` (that language's, in the order Pagefind gets them)
 * by the code of `version` (code-version.ts: its lockfile pins Pagefind and its binary); undefined,
 * nothing to reuse, when the code's version is unknown.
 */
export function languageKey(lang: string, records: readonly Pick<SearchRecord, 'url' | 'content'>[], version = codeVersion()): string | undefined {
	if (version === undefined) return undefined;
	const hash = createHash('sha256').update(`${FORMAT}\n${version}\n${lang}\n${records.length}\n`);
	for (const { url, content } of records) hash.update(`${url.length}:${url}${content.length}:`).update(content);
	return hash.digest('hex');
}

/** Where the catalogue in `scope` keeps `lang`'s index. */
export function languageFolder(scope: string, lang: string, folder = cacheDir()): string {
	return join(catalogueCacheFolder('pagefind', scope, folder), encodeURIComponent(lang));
}

/**
 * Where the catalogue in `scope` keeps the index of `lang`'s shard at `position` made with `key`
 * (src/lib/search/search-shards.ts): the first where the language's whole index is kept, each other
 * beside it, named by its key (`en.<key>`), so that a shard whose records did not change is found
 * wherever it now stands, after a shard was added or removed before it.
 */
export function shardCacheFolder(scope: string, lang: string, position: number, key: string, folder = cacheDir()): string {
	const first = languageFolder(scope, lang, folder);
	return position === 0 ? first : `${first}.${key.slice(0, 32)}`;
}

/** Removes the kept shards of `lang` other than the first whose keys are not in `keys`: the cache does not grow with shards that were. */
export async function forgetShardsBut(scope: string, lang: string, keys: readonly string[], folder = cacheDir()): Promise<void> {
	const first = languageFolder(scope, lang, folder);
	const kept = new Set(keys.map((key) => `${basename(first)}.${key.slice(0, 32)}`));
	const names = await readdir(dirname(first)).catch(() => [] as string[]);
	for (const name of names) {
		if (name.startsWith(`${basename(first)}.`) && /\.[0-9a-f]{32}$/.test(name) && !kept.has(name))
			await rm(join(dirname(first), name), { recursive: true, force: true });
	}
}

/**
 * The language a bundle file belongs to (`fragment/en_0a1b2c3.pf_fragment` as Pagefind names it,
 * `fragment/en_0a1b2c3d4e_1z.pf_fragment` once pagefind-page-ids.ts has renamed it → `en`), or
 * undefined for a file of every language.
 */
function languageOf(path: string): string | undefined {
	const name = path.slice(path.lastIndexOf('/') + 1);
	const match = path.includes('/')
		? /^([^_]+)_[0-9a-f]+(?:_[0-9a-z]+)?\.pf_[a-z]+$/.exec(name)
		: (/^pagefind\.([^_]+)_[0-9a-f]+\.pf_meta$/.exec(name) ?? /^wasm\.(.+)\.pagefind$/.exec(name));
	// Pagefind's WebAssembly for pages of no known language is common to every bundle.
	return match && match[1] !== 'unknown' ? match[1] : undefined;
}

/**
 * What `path` (in the bundle folder) is to `lang`'s entry: one of its own files (named for it), a
 * file common to every language, or undefined for anything an entry never holds (another
 * language's file, a file the build writes from the records, a path outside Pagefind's layout).
 */
export function entryFileKind(path: string, lang: string): 'own' | 'common' | undefined {
	if (!BUNDLE_PATH.test(path) || OWN_FILES.test(path)) return undefined;
	const owner = languageOf(path);
	if (owner === undefined) return 'common';
	return owner === lang ? 'own' : undefined;
}

const isCode = (error: unknown, code: string) => (error as NodeJS.ErrnoException).code === code;

/**
 * Links `source` as `target`, a new file (one there is unlinked first, never written into: it may
 * be shared), or copies it, exclusively, where a link cannot be made (another file system).
 */
export async function linkOrCopy(source: string, target: string): Promise<void> {
	for (let attempt = 0; ; attempt++) {
		try {
			return await link(source, target);
		} catch (error) {
			if (isCode(error, 'EEXIST') && attempt === 0) await rm(target, { force: true });
			else if (isCode(error, 'EEXIST') || isCode(error, 'ENOENT')) throw error;
			else return await copyFile(source, target, constants.COPYFILE_EXCL);
		}
	}
}

/** The SHA-256 of `bytes`, in hex, as a manifest gives a common file's. */
export const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The folders of `paths` in the bundle ('' for its top), each once. */
export const foldersOf = (paths: readonly string[]) => [...new Set(['', ...paths.map((path) => (path.includes('/') ? dirname(path) : ''))])];

/**
 * Own files looked at, linked or saved at most this many at a time: one after the other, each of
 * the ~10,000 files' operations waits for the event loop that Astro keeps busy; a few at once
 * overlap those waits without queueing thousands of operations ahead of Astro's page writes in
 * the thread pool.
 */
export const FILES_AT_ONCE = 16;

/** Makes the folders of `paths` in the bundle folder `outputPath`. */
export async function makeFolders(paths: readonly string[], outputPath: string): Promise<void> {
	for (const dir of foldersOf(paths)) await mkdir(join(outputPath, dir), { recursive: true });
}
