/**
 * A language just written by Pagefind kept in the cache folder for the next build
 * (pagefind-language-cache.ts says what an entry holds and why sharing its files is sound).
 */
import { readdirSync } from 'node:fs';
import { lstat, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readCacheBytesAsync } from '../lib/build/cache-file.ts';
import { eachLimited } from '../lib/async/each-limited.ts';
import {
	digest,
	entryFileKind,
	FILES,
	FILES_AT_ONCE,
	FORMAT,
	linkOrCopy,
	makeFolders,
	MANIFEST,
	MAX_FILE_BYTES,
	type Manifest,
} from './pagefind-language-cache.ts';
import type { WrittenPage } from './pagefind-kept-fragments.ts';
import type { EntryLanguages } from './pagefind-language-index.ts';

/** Every file under `dir`, relative to it with forward slashes. */
function filesUnder(dir: string, prefix = ''): string[] {
	return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
		const path = prefix ? `${prefix}/${entry.name}` : entry.name;
		if (entry.isDirectory()) return filesUnder(dir, path);
		return entry.isFile() ? [path] : [];
	});
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
	/** The index's pages, when its write gave them (pagefind-kept-fragments.ts). */
	pages?: WrittenPage[];
}

/**
 * The snapshot of `lang`'s files in the bundle folder `outputPath` just after its write, or
 * undefined when a common file cannot be read (then nothing is kept).
 */
export async function snapshotLanguage(lang: string, outputPath: string): Promise<LanguageSnapshot | undefined> {
	try {
		const files: LanguageSnapshot['files'] = [];
		for (const path of filesUnder(outputPath)) {
			const kind = entryFileKind(path, lang);
			if (kind === undefined) continue;
			if (kind === 'own') {
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
		const pages = snapshot.pages?.filter(([, , , path]) => own[path] !== undefined);
		const manifest: Manifest = { format: FORMAT, key, lang, entry, own, common, ...(pages && pages.length > 0 ? { pages } : {}) };
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
