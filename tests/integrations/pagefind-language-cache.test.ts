import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
		const manifest = JSON.parse(readFileSync(join(kept, 'manifest.json'), 'utf8')) as { key: string; files: Record<string, string> };
		expect(manifest.key).toBe(languageKey('fr', before.slice(2)));
		writeFileSync(join(kept, 'files', 'pagefind-ui.css'), 'marked');
		manifest.files['pagefind-ui.css'] = createHash('sha256').update('marked').digest('hex');
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
		writeFileSync(join(kept, 'files', 'fragment', fragment), 'damaged');
		expect(await build(before, 'damaged', scope)).toEqual(fresh);
		rmSync(join(languageFolder(scope, 'en'), 'files', 'pagefind.js'));
		expect(await build(before, 'missing', scope)).toEqual(fresh);
		writeFileSync(join(languageFolder(scope, 'fr'), 'manifest.json'), '{"format":"odc-pagefind-language/1","files":{"../../x":"0"}}');
		expect(await build(before, 'foreign', scope)).toEqual(fresh);
	}, 180_000);

	it('are neither read nor kept without a catalogue folder', async () => {
		await build(before, 'first');
		expect(() => readdirSync(join(scratch(), 'cache'))).toThrow(/ENOENT/);
	}, 60_000);
});
