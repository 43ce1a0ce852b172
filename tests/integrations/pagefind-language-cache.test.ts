import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageFolder, languageKey } from '../../src/integrations/pagefind-language-cache.ts';
import { startSearchIndex } from '../../src/integrations/pagefind.ts';
import type { SearchRecord } from '../../src/lib/search/search-record.ts';
import { searchRecord, useScratchCacheFolder } from './kept-index-fixtures.ts';

const scratch = useScratchCacheFolder('odc-pagefind-cache-');

const before = [
	searchRecord('en', 'a', 'Traffic counts'),
	searchRecord('en', 'b', 'Clinics'),
	searchRecord('fr', 'a', 'Comptages de la circulation'),
	searchRecord('fr', 'b', 'Cliniques'),
];
/** The English title of one dataset changed: the French records are as they were. */
const after = [searchRecord('en', 'a', 'Traffic counts by hour'), ...before.slice(1)];

/** Every file of a bundle and its bytes, by path. */
function bundle(root: string): Map<string, string> {
	const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
	return new Map(files.map((entry) => [join(entry.parentPath, entry.name).slice(root.length), readFileSync(join(entry.parentPath, entry.name), 'base64')]));
}

/** Builds the bundle of `records` into `<dir>/<name>`, with the cache of the catalogue folder `scope` or none. */
async function build(records: SearchRecord[], name: string, scope?: string): Promise<Map<string, string>> {
	const { outputPath } = await startSearchIndex(records, { cacheFolder: scope }).finish(join(scratch(), name));
	return bundle(outputPath);
}

describe('kept search indexes', () => {
	it('give, after one language’s records changed, the same bundle as indexing every record afresh', async () => {
		const scope = join(scratch(), 'catalogue');
		expect(await build(before, 'first', scope)).toEqual(await build(before, 'fresh-before'));
		expect(await build(after, 'second', scope)).toEqual(await build(after, 'fresh-after'));
		// Unchanged again: both languages put back.
		expect(await build(after, 'third', scope)).toEqual(await build(after, 'fresh-after-2'));
	}, 120_000);

	it('put back a language whose records did not change, rather than index it again', async () => {
		const scope = join(scratch(), 'catalogue');
		await build(before, 'first', scope);
		// A kept file rewritten, and its digest with it: only a language put back from the cache can show it.
		const kept = languageFolder(scope, 'fr');
		const manifest = JSON.parse(readFileSync(join(kept, 'manifest.json'), 'utf8')) as { key: string; common: Record<string, string> };
		expect(manifest.key).toBe(languageKey('fr', before.slice(2)));
		// Not written into: the file may be the published bundle's too.
		rmSync(join(kept, 'files', 'pagefind-ui.css'));
		writeFileSync(join(kept, 'files', 'pagefind-ui.css'), 'marked');
		manifest.common['pagefind-ui.css'] = createHash('sha256').update('marked').digest('hex');
		writeFileSync(join(kept, 'manifest.json'), JSON.stringify(manifest));
		// English changed and is indexed first; French, put back after it, writes the common file last.
		expect((await build(after, 'second', scope)).get('/pagefind-ui.css')).toBe(Buffer.from('marked').toString('base64'));
	}, 120_000);

	it('index a language again when a kept file is damaged, missing or the entry is not one this code wrote', async () => {
		const scope = join(scratch(), 'catalogue');
		await build(before, 'first', scope);
		const fresh = await build(before, 'fresh');
		const kept = languageFolder(scope, 'fr');
		const fragment = readdirSync(join(kept, 'files', 'fragment')).find((name) => name.startsWith('fr_'))!;
		// A new file rather than the linked one rewritten, so that the bundle 'first' is left as it was.
		rmSync(join(kept, 'files', 'fragment', fragment));
		writeFileSync(join(kept, 'files', 'fragment', fragment), 'damaged');
		expect(await build(before, 'damaged', scope)).toEqual(fresh);
		rmSync(join(languageFolder(scope, 'en'), 'files', 'pagefind.js'));
		expect(await build(before, 'missing', scope)).toEqual(fresh);
		writeFileSync(join(languageFolder(scope, 'fr'), 'manifest.json'), '{"format":"odc-pagefind-language/1","files":{"../../x":"0"}}');
		expect(await build(before, 'foreign', scope)).toEqual(fresh);
	}, 180_000);

	it('share a kept language’s own files with the cache, which no later write changes, and its common files with nothing', async () => {
		const scope = join(scratch(), 'catalogue');
		await build(before, 'first', scope);
		const kept = join(languageFolder(scope, 'fr'), 'files');
		const entryBefore = bundle(kept);
		// English changed and is indexed and written into the bundle folder after French's own files were linked there.
		const { outputPath, keptLanguages } = await startSearchIndex(after, { cacheFolder: scope }).finish(join(scratch(), 'second'));
		expect(keptLanguages).toEqual(['fr']);
		expect(bundle(kept)).toEqual(entryBefore);
		const own = [...entryBefore.keys()].filter((path) => /^\/(fragment\/|index\/|filter\/)?(pagefind\.|wasm\.)?fr[._]/.test(path));
		expect(own.length).toBeGreaterThan(3);
		for (const path of own) expect(statSync(join(outputPath, path)).ino).toBe(statSync(join(kept, path)).ino);
		for (const path of ['/pagefind-entry.json', '/pagefind.js']) expect(statSync(join(outputPath, path)).ino).not.toBe(statSync(join(kept, path)).ino);
	}, 120_000);

	it('index a language again when a kept file or folder is a link, or a file is not of its recorded size', async () => {
		const scope = join(scratch(), 'catalogue');
		await build(before, 'first', scope);
		const fresh = await build(before, 'fresh');
		const kept = join(languageFolder(scope, 'fr'), 'files');
		const again = async (name: string) => {
			const { outputPath, keptLanguages } = await startSearchIndex(before, { cacheFolder: scope }).finish(join(scratch(), name));
			expect(bundle(outputPath)).toEqual(fresh);
			return keptLanguages;
		};
		expect(await again('kept')).toEqual(['en', 'fr']);
		// Each damage is undone by the language indexed again and kept anew.
		const fragment = () =>
			join(
				kept,
				'fragment',
				readdirSync(join(kept, 'fragment')).find((name) => name.startsWith('fr_'))!,
			);
		const elsewhere = join(scratch(), 'elsewhere');
		mkdirSync(elsewhere);
		// The same bytes, through a link to a file outside the cache.
		const linked = fragment();
		copyFileSync(linked, join(elsewhere, 'fragment'));
		rmSync(linked);
		symlinkSync(join(elsewhere, 'fragment'), linked);
		expect(await again('file-link')).toEqual(['en']);
		expect(lstatSync(fragment()).isSymbolicLink()).toBe(false);
		// A folder of the entry a link to a copy of it elsewhere.
		cpSync(join(kept, 'fragment'), join(elsewhere, 'folder'), { recursive: true });
		rmSync(join(kept, 'fragment'), { recursive: true });
		symlinkSync(join(elsewhere, 'folder'), join(kept, 'fragment'));
		expect(await again('folder-link')).toEqual(['en']);
		// One byte more (a new file: the old one is the published bundle's too).
		const longer = fragment();
		const bytes = readFileSync(longer);
		rmSync(longer);
		writeFileSync(longer, Buffer.concat([bytes, Buffer.from([0])]));
		expect(await again('longer')).toEqual(['en']);
		expect(await again('kept-again')).toEqual(['en', 'fr']);
	}, 180_000);

	it('are neither read nor kept without a catalogue folder', async () => {
		await build(before, 'first');
		expect(() => readdirSync(join(scratch(), 'cache'))).toThrow(/ENOENT/);
	}, 60_000);
});
