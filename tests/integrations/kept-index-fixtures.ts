/**
 * What the kept search index tests share: a scratch folder per test with the cache folder inside it
 * (ODC_CACHE_DIR, put back after), a dataset's search record with a text of its own, and a kept
 * language put back whole (what pagefind-languages.ts does in two steps, own files then common ones).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { linkKeptFiles, readKeptLanguage, writeKeptFiles } from '../../src/integrations/pagefind-kept-language.ts';
import type { EntryLanguages } from '../../src/integrations/pagefind-language-index.ts';
import type { SearchRecord } from '../../src/lib/search/search-record.ts';
import { FACETS, type Facet } from '../../src/lib/search/state.ts';

/** Gives each test of the file a scratch folder named `prefix…`, its cache folder `<folder>/cache`; returns the current folder's getter. */
export function useScratchCacheFolder(prefix: string): () => string {
	let dir = '';
	const savedCacheDir = process.env.ODC_CACHE_DIR;
	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), prefix));
		process.env.ODC_CACHE_DIR = join(dir, 'cache');
	});
	afterEach(() => {
		if (savedCacheDir === undefined) delete process.env.ODC_CACHE_DIR;
		else process.env.ODC_CACHE_DIR = savedCacheDir;
		rmSync(dir, { recursive: true, force: true });
	});
	return () => dir;
}

/** The search record of dataset `id` in `lang`, whose page says only `text`. */
export function searchRecord(lang: 'en' | 'fr', id: string, text: string): SearchRecord {
	const filters = Object.fromEntries(FACETS.map((facet) => [facet, [] as string[]])) as Record<Facet, string[]>;
	return {
		url: `/${lang}/datasets/${id}/`,
		lang,
		content: `<html lang="${lang}"><body><div data-pagefind-body><p>${text}</p></div></body></html>`,
		filters,
		sort: { modified: '2026-01-01', title: text },
	};
}

/**
 * Writes the kept files of `lang`'s index made with `key` into the bundle folder `outputPath` and
 * returns its line of `pagefind-entry.json`; undefined (nothing written) when there is no sound
 * entry for that key, or (nothing more written) once `signal` is aborted.
 */
export async function restoreLanguage(
	folder: string,
	key: string,
	lang: string,
	outputPath: string,
	signal?: AbortSignal,
): Promise<EntryLanguages | undefined> {
	const kept = await readKeptLanguage(folder, key, lang);
	if (!kept || signal?.aborted) return undefined;
	const restored = (await linkKeptFiles(kept.from, kept.own, outputPath, signal)) && (await writeKeptFiles(kept.common, outputPath, signal));
	return restored ? { [lang]: kept.entry } : undefined;
}

/** Every file under `root` and its bytes (base64), by path: two bundles compared file by file. */
export function bundle(root: string): Map<string, string> {
	const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
	return new Map(files.map((entry) => [join(entry.parentPath, entry.name).slice(root.length), readFileSync(join(entry.parentPath, entry.name), 'base64')]));
}
