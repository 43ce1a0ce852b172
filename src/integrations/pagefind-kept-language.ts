/**
 * A kept language's index checked in the cache folder and put back into the bundle folder
 * (pagefind-language-cache.ts says what an entry holds and why sharing its files is sound).
 */
import { lstat, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readCacheBytesAsync, readCacheEntry } from '../lib/build/cache-file.ts';
import { eachLimited } from '../lib/async/each-limited.ts';
import {
	digest,
	entryFileKind,
	FILES,
	FILES_AT_ONCE,
	FORMAT,
	foldersOf,
	linkOrCopy,
	makeFolders,
	MANIFEST,
	MAX_FILE_BYTES,
	type Manifest,
} from './pagefind-language-cache.ts';
import { isFragmentName, type KeptFragment } from './pagefind-kept-fragments.ts';
import type { EntryLanguages } from './pagefind-language-index.ts';

const SHA256 = /^[0-9a-f]{64}$/;

/** Whether `paths` are all files of the bundle layout, of `lang` when `own`, of every language otherwise. */
function soundPaths(paths: readonly string[], lang: string, own: boolean): boolean {
	return paths.every((path) => entryFileKind(path, lang) === (own ? 'own' : 'common'));
}

/** The manifest in `folder` when it is one this module wrote for `key` (any, when undefined) and `lang`; undefined for anything else. */
function readManifest(folder: string, key: string | undefined, lang: string): Manifest | undefined {
	const text = readCacheEntry(join(folder, MANIFEST), MAX_FILE_BYTES);
	if (text === undefined) return undefined;
	try {
		const value = JSON.parse(text) as Partial<Manifest>;
		if (value.format !== FORMAT || (key !== undefined && value.key !== key) || value.lang !== lang) return undefined;
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
 * there may be linked into another language's entry (pagefind-language-save.ts's `saveLanguage`), so it is removed
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

const isString = (value: unknown): value is string => typeof value === 'string';

/**
 * The fragments of the index last kept in `folder` for `lang`, whatever its records were, for a
 * write of the language's records as they are now (pagefind-kept-fragments.ts): each page's
 * fragment named as Pagefind named it, with the page it was made from and its file and size in the
 * entry. A page whose line or file is not as this code writes them is left out; none without an
 * entry of this format.
 */
export function readKeptFragments(folder: string, lang: string): KeptFragment[] {
	const manifest = readManifest(folder, undefined, lang);
	if (!manifest || !Array.isArray(manifest.pages)) return [];
	const from = join(folder, FILES);
	const fragments: KeptFragment[] = [];
	for (const page of manifest.pages as unknown[]) {
		if (!Array.isArray(page) || page.length !== 4 || !page.every(isString)) continue;
		const [name, url, sha, path] = page as string[];
		const size = manifest.own[path!];
		if (!isFragmentName(name!, lang) || !SHA256.test(sha!) || size === undefined || !path!.startsWith('fragment/')) continue;
		fragments.push({ name: name!, url: url!, digest: sha!, file: join(from, path!), size });
	}
	return fragments;
}
