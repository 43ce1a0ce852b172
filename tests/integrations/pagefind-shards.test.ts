/**
 * A language's search index cut into shards (src/lib/search/search-shards.ts): the bundle's layout,
 * the tables that span the shards, and a rebuild that indexes only the shards whose records changed
 * yet gives the bundle a build from nothing gives, byte for byte.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLanguageIndex } from '../../src/integrations/pagefind-bundle.ts';
import { languageKey, shardCacheFolder } from '../../src/integrations/pagefind-language-cache.ts';
import { startSearchIndex, type IndexSummary } from '../../src/integrations/pagefind.ts';
import type { FacetTable, PagefindEntry } from '../../src/lib/search/facet-table.ts';
import type { FirstPage } from '../../src/lib/search/first-page.ts';
import type { SearchRecord } from '../../src/lib/search/search-record.ts';
import { cutIntoShards, LARGEST_WHOLE_INDEX, shardFolder } from '../../src/lib/search/search-shards.ts';
import { searchRecord, useScratchCacheFolder } from './kept-index-fixtures.ts';

const scratch = useScratchCacheFolder('odc-pagefind-shards-');

/** The fewest records of a shard in these tests: 40 records a language make several shards. */
const SHARD = 5;
const ids = Array.from({ length: 40 }, (_, n) => `dataset-${String(n).padStart(2, '0')}`);
const records = (changed?: string): SearchRecord[] => [
	...ids.map((id) => searchRecord('en', id, `${id === changed ? 'Bridge inspections' : 'Traffic counts'} ${id}`)),
	...ids.map((id) => searchRecord('fr', id, `Comptages de la circulation ${id}`)),
];

/** Every file of a bundle and its bytes, by path. */
function bundle(root: string): Map<string, string> {
	const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
	return new Map(files.map((entry) => [join(entry.parentPath, entry.name).slice(root.length), readFileSync(join(entry.parentPath, entry.name), 'base64')]));
}

async function build(given: SearchRecord[], name: string, scope?: string): Promise<IndexSummary> {
	return startSearchIndex(given, { cacheFolder: scope, shardRecords: SHARD }).finish(join(scratch(), name));
}

const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

describe('a search index in shards', () => {
	it('writes the first shard into the bundle and each other one into a folder of its own, which the entry lists in order', async () => {
		const { outputPath, pagesByLanguage } = await build(records(), 'site');
		const entry = readJson<PagefindEntry>(join(outputPath, 'pagefind-entry.json'));
		const shards = cutIntoShards(records().slice(0, 40), SHARD);
		expect(shards.length).toBeGreaterThan(2);
		expect(entry.odc_shards?.en?.folders).toEqual(shards.slice(1).map((_, at) => shardFolder('en', at + 1)));
		expect(entry.languages?.en?.page_count).toBe(shards[0]!.length);
		expect(pagesByLanguage).toEqual({ en: 40, fr: 40 });
		// Each shard's bundle keeps only what a merged index loads: no scripts, styles or WebAssembly.
		for (const folder of entry.odc_shards!.en!.folders) {
			const names = readdirSync(join(outputPath, folder)).sort();
			expect(names.filter((name) => !['filter', 'fragment', 'index', 'pagefind-entry.json'].includes(name))).toEqual([
				expect.stringMatching(/^pagefind\.en_[0-9a-f]+\.pf_meta$/),
			]);
		}
		// The pages, shard after shard, are the records in order; the facet table and first page span them.
		const pages: string[] = [];
		for (const folder of ['', ...entry.odc_shards!.en!.folders]) {
			const shardEntry = readJson<PagefindEntry>(join(outputPath, folder, 'pagefind-entry.json'));
			const index = await readLanguageIndex(join(outputPath, folder), shardEntry.languages!.en!.hash);
			pages.push(...index.pages);
		}
		expect(new Set(pages).size).toBe(40);
		const table = readJson<FacetTable>(join(outputPath, `facets.${entry.odc_shards!.en!.hash}.json`));
		// The table lists pages by id, as it always has: every shard's.
		expect(table.pages).toEqual([...pages].sort());
		expect(existsSync(join(outputPath, `sorts.${entry.odc_shards!.en!.hash}.json`))).toBe(true);
		const first = readJson<FirstPage>(join(outputPath, 'first-page.en.json'));
		expect(first.results.map((result) => result.id)).toEqual(pages.slice(0, 10));
		expect(first.results.map((result) => result.url)).toEqual(ids.slice(0, 10).map((id) => `/en/datasets/${id}/`));
	}, 120_000);

	it('indexes again, after one record changed, only its shard, and gives the bundle a build from nothing gives', async () => {
		const scope = join(scratch(), 'catalogue');
		await build(records(), 'first', scope);
		const again = await build(records('dataset-17'), 'second', scope);
		const shards = cutIntoShards(records().slice(0, 40), SHARD).length;
		expect(again.shardsKept?.get('en')).toEqual({ kept: shards - 1, shards });
		expect(again.keptLanguages).toEqual(['fr']);
		const fresh = await build(records('dataset-17'), 'fresh');
		expect(bundle(again.outputPath)).toEqual(bundle(fresh.outputPath));
	}, 120_000);

	it('finds a kept shard wherever it now stands, and forgets the shards a language no longer has', async () => {
		const scope = join(scratch(), 'catalogue');
		await build(records(), 'first', scope);
		const shards = cutIntoShards(records().slice(0, 40), SHARD);
		const lastKey = languageKey('en', shards.at(-1)!);
		expect(existsSync(shardCacheFolder(scope, 'en', shards.length - 1, lastKey!))).toBe(true);
		// The first shard's records gone: every other shard moves up one place, and is put back.
		const firstUrls = new Set(shards[0]!.map((record) => record.url));
		const moved = records().filter((record) => !firstUrls.has(record.url));
		const again = await build(moved, 'moved', scope);
		expect(cutIntoShards(moved.slice(0, 40 - firstUrls.size), SHARD).map((shard) => shard.length)).toEqual(shards.slice(1).map((shard) => shard.length));
		// The new first shard is kept where the language is, which held the old first: every other one is put back.
		expect(again.shardsKept?.get('en')).toEqual({ kept: shards.length - 2, shards: shards.length - 1 });
		// Fewer records than two shards: one index, and no kept shard left beside it.
		await startSearchIndex(
			records().filter((record) => record.lang === 'fr' || record.url < '/en/datasets/dataset-08/'),
			{
				cacheFolder: scope,
				shardRecords: SHARD,
			},
		).finish(join(scratch(), 'fewer'));
		const left = readdirSync(dirname(shardCacheFolder(scope, 'en', 0, ''))).filter((name) => name.startsWith('en.'));
		expect(left).toEqual([]);
	}, 120_000);

	it('writes no shard until writeAfter has settled (the build waits for the export worker), then each in turn', async () => {
		const out = join(scratch(), 'held');
		let release!: () => void;
		const gate = new Promise<void>((resolve) => (release = resolve));
		const asked: unknown[] = [];
		const indexing = startSearchIndex(records(), {
			shardRecords: SHARD,
			writeAfter: (write) => {
				asked.push(write);
				return gate;
			},
		});
		indexing.write(out);
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(existsSync(join(out, 'pagefind'))).toBe(false);
		release();
		const { outputPath } = await indexing.finish(out);
		const shards = readJson<PagefindEntry>(join(outputPath, 'pagefind-entry.json')).odc_shards!;
		// Asked before each shard's write (the first of each language and every other), none of them a whole language.
		expect(asked).toEqual(Array.from({ length: 2 + shards.en!.folders.length + shards.fr!.folders.length }, () => ({ wholeLanguage: false })));
	}, 120_000);

	it('is not made unasked for a language that fits whole: every language is one index', async () => {
		const { outputPath } = await startSearchIndex(records()).finish(join(scratch(), 'whole'));
		expect(readJson<PagefindEntry>(join(outputPath, 'pagefind-entry.json')).odc_shards).toBeUndefined();
		expect(existsSync(join(outputPath, 'shards'))).toBe(false);
	}, 120_000);

	it('is made unasked for a language too large to index whole, and not when the build says 0', async () => {
		// Twice the bound: at least one cut whatever the addresses hash to.
		const many = Array.from({ length: 2 * LARGEST_WHOLE_INDEX }, (_, n) => searchRecord('en', `dataset-${String(n).padStart(5, '0')}`, `Traffic counts ${n}`));
		const unasked = await startSearchIndex(many).finish(join(scratch(), 'unasked'));
		const folders = readJson<PagefindEntry>(join(unasked.outputPath, 'pagefind-entry.json')).odc_shards?.en?.folders ?? [];
		expect(folders.length).toBeGreaterThanOrEqual(1);
		const whole = await startSearchIndex(many, { shardRecords: 0 }).finish(join(scratch(), 'whole'));
		expect(readJson<PagefindEntry>(join(whole.outputPath, 'pagefind-entry.json')).odc_shards).toBeUndefined();
		expect(unasked.pagesByLanguage).toEqual(whole.pagesByLanguage);
	}, 240_000);

	it('is one bundle, as without shards, for a language of fewer than twice the fewest records of a shard', async () => {
		const few = records().filter((record) => record.url < `/${record.lang}/datasets/dataset-09/`);
		const sharded = await startSearchIndex(few, { shardRecords: SHARD }).finish(join(scratch(), 'sharded'));
		const whole = await startSearchIndex(few).finish(join(scratch(), 'whole'));
		expect(readJson<PagefindEntry>(join(sharded.outputPath, 'pagefind-entry.json')).odc_shards).toBeUndefined();
		expect(bundle(sharded.outputPath)).toEqual(bundle(whole.outputPath));
	}, 120_000);
});
