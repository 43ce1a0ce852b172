/**
 * The search records made ahead on a worker thread (search-records-thread.ts) are those
 * catalogueSearchRecords makes on the build's thread, in the same order, with the same counts of
 * records made and the same records files kept.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../scripts/bench/generate-catalogue.ts';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import type { Catalogue } from '../../src/lib/model/catalogue.ts';
import { catalogueSearchRecords, type CatalogueRecordsOptions } from '../../src/lib/search/catalogue-search-records.ts';
import { searchRecordFile } from '../../src/lib/search/search-record-store.ts';
import { searchRecordsMadeAhead } from '../../src/lib/search/search-records-thread.ts';
import type { SearchRecord } from '../../src/lib/search/search-record.ts';

const work = mkdtempSync(join(tmpdir(), 'odc-records-thread-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const DATASETS = 300;
let catalogue: Catalogue;
let expected: SearchRecord[];
beforeAll(async () => {
	const root = join(work, 'catalogue');
	generateCatalogue(root, { datasets: DATASETS, seed: 11 });
	const loaded = await loadCatalogue(root, { asOf: '2026-06-01', cache: false });
	expect(loaded.catalogue).toBeDefined();
	catalogue = loaded.catalogue!;
	expected = [...catalogueSearchRecords(catalogue)];
}, 60_000);

async function madeAhead(given: Catalogue, options: CatalogueRecordsOptions & { maximum?: number } = {}) {
	const made: Record<string, number> = {};
	const all: SearchRecord[] = [];
	const keptAhead: string[] = [];
	const counting = { ...options, made: (lang: string, count: number) => (made[lang] = count), keptAhead: (lang: string) => keptAhead.push(lang) };
	for await (const record of searchRecordsMadeAhead(given, counting)) all.push(record);
	return { all, made, keptAhead };
}

describe('searchRecordsMadeAhead', () => {
	it('gives, through the records files the thread keeps, the records catalogueSearchRecords makes, in the same order', async () => {
		const where = { cacheDir: join(work, 'cache-kept'), cacheFolder: 'scope', version: 'v1' };
		const first = await madeAhead(catalogue, where);
		expect(first.all).toHaveLength(2 * DATASETS);
		expect(first.all).toEqual(expected);
		// Counted as made, by the thread, though read back here.
		expect(first.made).toEqual({ en: DATASETS, fr: DATASETS });
		expect(first.keptAhead).toEqual(['en', 'fr']);
		for (const lang of ['en', 'fr']) expect(existsSync(searchRecordFile(where.cacheFolder, lang, where.cacheDir))).toBe(true);
		// Every language's file there (a rebuild): read back by the build's thread, no thread started.
		const again = await madeAhead(catalogue, where);
		expect(again.made).toEqual({ en: 0, fr: 0 });
		expect(again.keptAhead).toEqual([]);
		expect(JSON.stringify(again.all)).toBe(JSON.stringify(expected));
	});

	it('makes the records itself without a cache folder to hand them over in', async () => {
		const alone = await madeAhead(catalogue);
		expect(alone.all).toEqual(expected);
		expect(alone.made).toEqual({ en: DATASETS, fr: DATASETS });
		expect(alone.keptAhead).toEqual([]);
	});

	it('makes the records itself for a catalogue of more datasets than it makes ahead, whose copy would add to the peak', async () => {
		const where = { cacheDir: join(work, 'cache-large'), cacheFolder: 'scope', version: 'v1' };
		const large = await madeAhead(catalogue, { ...where, maximum: DATASETS - 1 });
		expect(large.all).toEqual(expected);
		expect(large.keptAhead).toEqual([]);
		const small = await madeAhead(catalogue, { ...where, cacheDir: join(work, 'cache-small'), maximum: DATASETS });
		expect(small.keptAhead).toEqual(['en', 'fr']);
	});

	it('stops when its consumer does', async () => {
		let taken = 0;
		for await (const record of searchRecordsMadeAhead(catalogue, { cacheDir: join(work, 'cache-early'), cacheFolder: 'scope', version: 'v1' })) {
			expect(record).toEqual(expected[taken]);
			if (++taken === 10) break;
		}
		expect(taken).toBe(10);
	});

	it('reports a catalogue the records cannot be made of, as the build’s thread finds it', async () => {
		const broken = { ...catalogue, datasets: [{ identifier: 'x' }] } as unknown as Catalogue;
		const where = { cacheDir: join(work, 'cache-broken'), cacheFolder: 'scope', version: 'v1' };
		await expect(madeAhead(broken, where)).rejects.toThrow();
		expect(() => [...catalogueSearchRecords(broken, where)]).toThrow();
	});
});
