/**
 * One language's search index kept from one build to the next (pagefind.ts): when none of a
 * language's search records changed (after a dataset's English title changed, every French record
 * is as it was), that language's files are put back from the cache folder rather than indexed
 * again by Pagefind, ~6 s of its CPU per language at 10,000 datasets.
 *
 * The key is the SHA-256 of everything Pagefind is given for the language (each record's address
 * and document, in order) and the code's version, Pagefind's included: the same input gives the same files, byte for
 * byte. An entry, `<cacheDir>/pagefind/<catalogue>/<lang>/`, holds the language's files (its meta
 * file, WebAssembly, index chunks, filters and fragments), the bundle's files common to every
 * language and the entry file as the language's write left it, each under the SHA-256 of its bytes in `manifest.json`. The language's own files
 * are linked into the cache from the output rather than copied (nothing writes them again);
 * what is read back is checked against the manifest, every file before any is written, and
 * anything amiss means the language is indexed again. Asynchronous, so that a language's 10,000
 * files, read and linked while Astro renders, do not hold up the main thread; and saved alongside
 * the next language's indexing (pagefind-languages.ts) from a snapshot of the common files taken
 * as soon as the language is written (the next write rewrites them), so that the next language's
 * Pagefind process does not wait for it.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { copyFile, link, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { cacheDir, catalogueCacheFolder } from '../lib/build/cache-dir.ts';
import { readCacheBytesAsync, readCacheEntry } from '../lib/build/cache-file.ts';
import { codeVersion } from '../lib/build/code-version.ts';
import { eachLimited } from '../lib/async/each-limited.ts';
import type { SearchRecord } from '../lib/search/search-record.ts';
import type { EntryLanguages } from './pagefind-language-index.ts';

/** Bumped when an entry's layout changes. */
const FORMAT = 'odc-pagefind-language/1';
/** Far above any file Pagefind writes (its largest, the UI script, is ~200 KB); a larger one is not ours. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;
const MANIFEST = 'manifest.json';
/**
 * What the build writes into the bundle folder itself from the records: never part of an entry.
 * (`pagefind-entry.json` is, as this language's write left it: with every language put back, there
 * is no other for pagefind-language-index.ts's mergeEntry to take the fields beside `languages` from.)
 */
const OWN_FILES = /^(facets|sorts|first-page)\.[^/]+\.json$/;
/** A path inside the bundle, as Pagefind names its files: a folder of its own at most, no dot segments. */
const BUNDLE_PATH = /^(?:(?:index|filter|fragment)\/)?[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
const SHA256 = /^[0-9a-f]{64}$/;

/** A kept language: its line in `pagefind-entry.json` and its files' digests by path. */
interface Manifest {
	format: string;
	key: string;
	lang: string;
	entry: EntryLanguages[string];
	files: Record<string, string>;
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

/** Links `source` as `target`, or copies it where a link cannot be made (another file system). */
async function linkOrCopy(source: string, target: string): Promise<void> {
	try {
		await link(source, target);
	} catch {
		await copyFile(source, target);
	}
}

const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

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
		const files = value.files;
		if (!files || typeof files !== 'object' || Array.isArray(files)) return undefined;
		for (const [path, sha] of Object.entries(files)) {
			if (!BUNDLE_PATH.test(path) || typeof sha !== 'string' || !SHA256.test(sha)) return undefined;
			const owner = languageOf(path);
			if ((owner !== undefined && owner !== lang) || OWN_FILES.test(path)) return undefined;
		}
		return value as Manifest;
	} catch {
		return undefined;
	}
}

/**
 * A kept language read back from the cache folder and checked file by file, not yet written
 * ({@link writeKeptFiles}): its own files, which no other language's write touches, can be written
 * while the previous language is still being indexed; the common ones, which each language's write
 * rewrites in place, only in the language's turn (pagefind-languages.ts), so that the bundle ends
 * with the common files of the last language in the site's order, as when every language is indexed.
 */
export interface KeptLanguage {
	/** The language's line in `pagefind-entry.json`. */
	entry: EntryLanguages[string];
	/** The language's own files, by path in the bundle. */
	own: [string, Buffer][];
	/** The files common to every language (the entry file, scripts, styles, WebAssembly of no language). */
	common: [string, Buffer][];
}

/**
 * The kept files of `lang`'s index made with `key`, read from `folder` and each checked against its
 * SHA-256; undefined when there is no sound entry for that key. Writes nothing.
 */
export async function readKeptLanguage(folder: string, key: string, lang: string): Promise<KeptLanguage | undefined> {
	const manifest = readManifest(folder, key, lang);
	if (!manifest) return undefined;
	const paths = Object.keys(manifest.files);
	const read: (Buffer | undefined)[] = [];
	let sound = true;
	await eachLimited(paths, SAVING_AT_ONCE, async (path, index) => {
		if (!sound) return;
		const bytes = await readCacheBytesAsync(join(folder, 'files', path), MAX_FILE_BYTES);
		if (!bytes || digest(bytes) !== manifest.files[path]) sound = false;
		else read[index] = bytes;
	});
	if (!sound) return undefined;
	const kept: KeptLanguage = { entry: manifest.entry, own: [], common: [] };
	paths.forEach((path, index) => (languageOf(path) === lang ? kept.own : kept.common).push([path, read[index]!]));
	return kept;
}

/**
 * Writes `files` ({@link readKeptLanguage}'s) into the bundle folder `outputPath`, as new files, not
 * linked: a later language's write rewrites the common files in place, and the file there may be
 * linked into another language's entry ({@link saveLanguage}), so it is removed first. Returns
 * false, having written nothing more, once `signal` is aborted: a build closed or failed may have
 * removed the bundle folder, which a write would make again.
 */
export async function writeKeptFiles(files: readonly [string, Buffer][], outputPath: string, signal?: AbortSignal): Promise<boolean> {
	if (signal?.aborted) return false;
	for (const dir of new Set(files.map(([path]) => dirname(join(outputPath, path))))) await mkdir(dir, { recursive: true });
	await eachLimited(files, SAVING_AT_ONCE, async ([path, bytes]) => {
		if (signal?.aborted) return;
		const target = join(outputPath, path);
		await rm(target, { force: true });
		await writeFile(target, bytes);
	});
	return !signal?.aborted;
}

/**
 * What keeping a language needs of the bundle folder, taken as soon as the language is written and
 * before the next one starts: the next language's write rewrites the common files (entry file,
 * scripts, styles, WebAssembly of no language) in place, so their bytes are read now; the
 * language's own files are never written again, so only their paths are taken, and they are read
 * and linked while the next language is indexed.
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
 * A language's own files read, hashed and linked at most this many at a time: one after the other,
 * each of the ~10,000 files' six operations waited for the event loop that Astro keeps busy
 * (10–12 s a language at 10,000 datasets); a few at once overlap those waits without queueing
 * thousands of operations ahead of Astro's page writes in the thread pool.
 */
const SAVING_AT_ONCE = 16;

/**
 * Keeps `lang`'s index, written by Pagefind into the bundle folder with `entry` as its line of the
 * entry file, under `key`, from `snapshot` ({@link snapshotLanguage}): its own files linked (copied
 * across file systems) from the bundle folder, the common ones written from the snapshot, into a
 * new entry whose manifest is written last and which then replaces the previous one. Stops, keeping
 * nothing, once `signal` is aborted (a build closed or failed: its bundle folder may be gone). A
 * cache that cannot be written is only slower: never rejects.
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
	const stopped = () => {
		if (signal?.aborted) throw new Error('stopped');
	};
	try {
		const digests: string[] = [];
		for (const dir of new Set(snapshot.files.map(({ path }) => dirname(join(temporary, 'files', path))))) await mkdir(dir, { recursive: true });
		await eachLimited(snapshot.files, SAVING_AT_ONCE, async ({ path, bytes }, index) => {
			stopped();
			const target = join(temporary, 'files', path);
			if (bytes) {
				digests[index] = digest(bytes);
				return void (await writeFile(target, bytes));
			}
			const source = join(snapshot.outputPath, path);
			const read = await readCacheBytesAsync(source, MAX_FILE_BYTES);
			if (!read) throw new Error(`${source} could not be read`);
			digests[index] = digest(read);
			await linkOrCopy(source, target);
		});
		stopped();
		const files = Object.fromEntries(snapshot.files.map(({ path }, index) => [path, digests[index]!]));
		const manifest: Manifest = { format: FORMAT, key, lang, entry, files };
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
