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
 */
import { createHash } from 'node:crypto';
import { constants, readdirSync } from 'node:fs';
import { copyFile, link, lstat, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { cacheDir, catalogueCacheFolder } from '../lib/build/cache-dir.ts';
import { readCacheBytesAsync, readCacheEntry } from '../lib/build/cache-file.ts';
import { codeVersion } from '../lib/build/code-version.ts';
import { eachLimited } from '../lib/async/each-limited.ts';
import type { SearchRecord } from '../lib/search/search-record.ts';
import type { EntryLanguages } from './pagefind-language-index.ts';

/** Bumped when an entry's layout changes: an entry of another format is not read (2: own files by size, linked). */
const FORMAT = 'odc-pagefind-language/2';
/** Far above any file Pagefind writes (its largest, the UI script, is ~200 KB); a larger one is not ours. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;
const MANIFEST = 'manifest.json';
/** The entry's folder of bundle files, laid out as in the bundle. */
const FILES = 'files';
/**
 * What the build writes into the bundle folder itself from the records: never part of an entry.
 * (`pagefind-entry.json` is, as this language's write left it: with every language put back, there
 * is no other for pagefind-language-index.ts's mergeEntry to take the fields beside `languages` from.)
 */
const OWN_FILES = /^(facets|sorts|first-page)\.[^/]+\.json$/;
/** A path inside the bundle, as Pagefind names its files: a folder of its own at most, no dot segments. */
const BUNDLE_PATH = /^(?:(?:index|filter|fragment)\/)?[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
const SHA256 = /^[0-9a-f]{64}$/;

/** A kept language: its line in `pagefind-entry.json`, its own files' sizes and its common files' digests, by path. */
interface Manifest {
	format: string;
	key: string;
	lang: string;
	entry: EntryLanguages[string];
	own: Record<string, number>;
	common: Record<string, string>;
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

/** Every file under `dir`, relative to it with forward slashes. */
function filesUnder(dir: string, prefix = ''): string[] {
	return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
		const path = prefix ? `${prefix}/${entry.name}` : entry.name;
		if (entry.isDirectory()) return filesUnder(dir, path);
		return entry.isFile() ? [path] : [];
	});
}

const isCode = (error: unknown, code: string) => (error as NodeJS.ErrnoException).code === code;

/**
 * Links `source` as `target`, a new file (one there is unlinked first, never written into: it may
 * be shared), or copies it, exclusively, where a link cannot be made (another file system).
 */
async function linkOrCopy(source: string, target: string): Promise<void> {
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

const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The folders of `paths` in the bundle ('' for its top), each once. */
const foldersOf = (paths: readonly string[]) => [...new Set(['', ...paths.map((path) => (path.includes('/') ? dirname(path) : ''))])];

/** Whether `paths` are all files of the bundle layout, of `lang` when `own`, of every language otherwise. */
function soundPaths(paths: readonly string[], lang: string, own: boolean): boolean {
	return paths.every((path) => BUNDLE_PATH.test(path) && !OWN_FILES.test(path) && languageOf(path) === (own ? lang : undefined));
}

/** The manifest in `folder` when it is one this module wrote for `key` and `lang`; undefined for anything else. */
function readManifest(folder: string, key: string, lang: string): Manifest | undefined {
	const text = readCacheEntry(join(folder, MANIFEST), MAX_FILE_BYTES);
	if (text === undefined) return undefined;
	try {
		const value = JSON.parse(text) as Partial<Manifest>;
		if (value.format !== FORMAT || value.key !== key || value.lang !== lang) return undefined;
		const entry = value.entry as Record<string, unknown> | undefined;
		if (!entry || typeof entry.hash !== 'string' || (entry.wasm !== undefined && typeof entry.wasm !== 'string')) return undefined;
		if (entry.page_count !== undefined && !Number.isSafeInteger(entry.page_count)) return undefined;
		const { own, common } = value;
		for (const map of [own, common]) if (!map || typeof map !== 'object' || Array.isArray(map)) return undefined;
		if (!soundPaths(Object.keys(own!), lang, true) || !soundPaths(Object.keys(common!), lang, false)) return undefined;
		if (!Object.values(own!).every((size) => Number.isSafeInteger(size) && size >= 0 && size <= MAX_FILE_BYTES)) return undefined;
		if (!Object.values(common!).every((sha) => typeof sha === 'string' && SHA256.test(sha))) return undefined;
		return value as Manifest;
	} catch {
		return undefined;
	}
}

/**
 * A kept language checked in the cache folder, not yet put back ({@link linkKeptFiles},
 * {@link writeKeptFiles}): its own files, which no other language's write touches, can be linked
 * while the previous language is still being indexed; the common ones, which each language's write
 * rewrites in place, are written only in the language's turn (pagefind-languages.ts), so that the
 * bundle ends with the common files of the last language in the site's order, as when every
 * language is indexed.
 */
export interface KeptLanguage {
	/** The language's line in `pagefind-entry.json`. */
	entry: EntryLanguages[string];
	/** The entry's folder of files, which the own files are linked from. */
	from: string;
	/** The language's own files, by path in the bundle. */
	own: string[];
	/** The files common to every language (the entry file, scripts, styles, WebAssembly of no language), read. */
	common: [string, Buffer][];
}

/**
 * Own files looked at, linked or saved at most this many at a time: one after the other, each of
 * the ~10,000 files' operations waits for the event loop that Astro keeps busy; a few at once
 * overlap those waits without queueing thousands of operations ahead of Astro's page writes in
 * the thread pool.
 */
const FILES_AT_ONCE = 16;

/**
 * The kept files of `lang`'s index made with `key` in `folder`, checked: every folder a real one
 * (`lstat` sees only a path's last part), every own file a regular file of the size the manifest
 * gives, every common file read and of the SHA-256 it gives; undefined when there is no sound entry
 * for that key. Writes nothing; reads only the common files.
 */
export async function readKeptLanguage(folder: string, key: string, lang: string): Promise<KeptLanguage | undefined> {
	const manifest = readManifest(folder, key, lang);
	if (!manifest) return undefined;
	const from = join(folder, FILES);
	const own = Object.keys(manifest.own);
	const common = Object.keys(manifest.common);
	try {
		for (const dir of foldersOf([...own, ...common])) if (!(await lstat(join(from, dir))).isDirectory()) return undefined;
	} catch {
		return undefined;
	}
	let sound = true;
	await eachLimited(own, FILES_AT_ONCE, async (path) => {
		if (!sound) return;
		const stats = await lstat(join(from, path)).catch(() => undefined);
		if (!stats?.isFile() || stats.size !== manifest.own[path]) sound = false;
	});
	const read: [string, Buffer][] = [];
	for (const path of sound ? common : []) {
		const bytes = await readCacheBytesAsync(join(from, path), MAX_FILE_BYTES);
		if (!bytes || digest(bytes) !== manifest.common[path]) return undefined;
		read.push([path, bytes]);
	}
	return sound ? { entry: manifest.entry, from, own, common: read } : undefined;
}

/** Makes the folders of `paths` in the bundle folder `outputPath`. */
async function makeFolders(paths: readonly string[], outputPath: string): Promise<void> {
	for (const dir of foldersOf(paths)) await mkdir(join(outputPath, dir), { recursive: true });
}

/**
 * Links a kept language's own files ({@link readKeptLanguage}'s `own`, from its entry's folder
 * `from`) into the bundle folder `outputPath` (copies them where links cannot be made). Returns
 * false, having linked nothing more, once `signal` is aborted: a build closed or failed may have
 * removed the bundle folder, which a link would make again.
 */
export async function linkKeptFiles(from: string, own: readonly string[], outputPath: string, signal?: AbortSignal): Promise<boolean> {
	if (signal?.aborted) return false;
	await makeFolders(own, outputPath);
	await eachLimited(own, FILES_AT_ONCE, async (path) => {
		if (!signal?.aborted) await linkOrCopy(join(from, path), join(outputPath, path));
	});
	return !signal?.aborted;
}

/**
 * Writes a kept language's common files ({@link readKeptLanguage}'s `common`) into the bundle
 * folder `outputPath` as new files: a later language's write rewrites them in place, and the file
 * there may be linked into another language's entry ({@link saveLanguage}), so it is removed
 * first. Returns false, having written nothing more, once `signal` is aborted.
 */
export async function writeKeptFiles(files: readonly [string, Buffer][], outputPath: string, signal?: AbortSignal): Promise<boolean> {
	if (signal?.aborted) return false;
	await makeFolders(
		files.map(([path]) => path),
		outputPath,
	);
	for (const [path, bytes] of files) {
		if (signal?.aborted) return false;
		const target = join(outputPath, path);
		await rm(target, { force: true });
		await writeFile(target, bytes, { flag: 'wx' });
	}
	return !signal?.aborted;
}

/**
 * What keeping a language needs of the bundle folder, taken as soon as the language is written and
 * before the next one starts: the next language's write rewrites the common files (entry file,
 * scripts, styles, WebAssembly of no language) in place, so their bytes are read now; the
 * language's own files are never written again, so only their paths are taken, and they are
 * linked while the next language is indexed.
 */
export interface LanguageSnapshot {
	outputPath: string;
	/** Every file of the entry, in the folder's order, with its bytes when it is a common file. */
	files: { path: string; bytes?: Buffer }[];
}

/**
 * The snapshot of `lang`'s files in the bundle folder `outputPath` just after its write, or
 * undefined when a common file cannot be read (then nothing is kept).
 */
export async function snapshotLanguage(lang: string, outputPath: string): Promise<LanguageSnapshot | undefined> {
	try {
		const files: LanguageSnapshot['files'] = [];
		for (const path of filesUnder(outputPath)) {
			const owner = languageOf(path);
			if ((owner !== undefined && owner !== lang) || OWN_FILES.test(path) || !BUNDLE_PATH.test(path)) continue;
			if (owner === lang) {
				files.push({ path });
				continue;
			}
			const bytes = await readCacheBytesAsync(join(outputPath, path), MAX_FILE_BYTES);
			if (!bytes) return undefined;
			files.push({ path, bytes });
		}
		return { outputPath, files };
	} catch {
		return undefined;
	}
}

/**
 * Keeps `lang`'s index, written by Pagefind into the bundle folder with `entry` as its line of the
 * entry file, under `key`, from `snapshot` ({@link snapshotLanguage}): its own files linked (copied
 * across file systems) from the bundle folder and their sizes taken, the common ones written from
 * the snapshot, into a new entry whose manifest is written last and which then replaces the
 * previous one. Stops, keeping nothing, once `signal` is aborted (a build closed or failed: its
 * bundle folder may be gone). A cache that cannot be written is only slower: never rejects.
 */
export async function saveLanguage(
	folder: string,
	key: string,
	lang: string,
	entry: EntryLanguages[string],
	snapshot: LanguageSnapshot,
	signal?: AbortSignal,
): Promise<void> {
	const temporary = `${folder}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
	const files = join(temporary, FILES);
	const stopped = () => {
		if (signal?.aborted) throw new Error('stopped');
	};
	try {
		const own: Manifest['own'] = {};
		const common: Manifest['common'] = {};
		await makeFolders(
			snapshot.files.map(({ path }) => path),
			files,
		);
		for (const { path, bytes } of snapshot.files) {
			if (!bytes) continue;
			stopped();
			common[path] = digest(bytes);
			await writeFile(join(files, path), bytes, { flag: 'wx' });
		}
		const ownPaths = snapshot.files.filter(({ bytes }) => !bytes).map(({ path }) => path);
		const sizes: number[] = [];
		await eachLimited(ownPaths, FILES_AT_ONCE, async (path, index) => {
			stopped();
			const source = join(snapshot.outputPath, path);
			const stats = await lstat(source);
			if (!stats.isFile() || stats.size > MAX_FILE_BYTES) throw new Error(`${source} is not a file of the bundle`);
			sizes[index] = stats.size;
			await linkOrCopy(source, join(files, path));
		});
		ownPaths.forEach((path, index) => (own[path] = sizes[index]!));
		stopped();
		const manifest: Manifest = { format: FORMAT, key, lang, entry, own, common };
		await writeFile(join(temporary, MANIFEST), JSON.stringify(manifest));
		stopped();
		await rm(folder, { recursive: true, force: true });
		await rename(temporary, folder);
	} catch {
		// Nothing kept this time.
	} finally {
		await rm(temporary, { recursive: true, force: true }).catch(() => {});
	}
}
