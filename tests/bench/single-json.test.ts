import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../scripts/bench/generate-catalogue.ts';
import { singleJsonRecords, SINGLE_JSON_FOLDER, writeSingleJsonBaseline } from '../../scripts/bench/single-json.ts';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import type { Catalogue } from '../../src/lib/model/catalogue.ts';
import { launchBrowser } from '../browser/support/browser.ts';
import { serveStatic, type StaticServer } from '../browser/support/server.ts';

let work: string;
let catalogue: Catalogue;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
	work = mkdtempSync(join(tmpdir(), 'odc-single-json-'));
	generateCatalogue(join(work, 'catalogue'), { datasets: 60, seed: 3 });
	const loaded = await loadCatalogue(join(work, 'catalogue'));
	catalogue = loaded.catalogue!;
	writeSingleJsonBaseline(catalogue, join(work, 'site'), 'en');
	server = await serveStatic(join(work, 'site'), { compress: true });
	browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
	rmSync(work, { recursive: true, force: true });
});

describe('the single-JSON search baseline of the benchmark', () => {
	it('holds every dataset once, in the requested language, with its facet values', () => {
		const records = JSON.parse(readFileSync(join(work, 'site', SINGLE_JSON_FOLDER, 'records.json'), 'utf8')) as ReturnType<typeof singleJsonRecords>;
		expect(records.map((record) => record.id)).toEqual(catalogue.datasets.map((dataset) => dataset.identifier));
		const first = catalogue.datasets[0]!;
		expect(records[0]!.title).toBe(first.title.en);
		expect(records[0]!.filters.publisher).toEqual([catalogue.publisherById.get(first.publisher)!.name.en]);
	});

	it('searches and narrows in the browser, served gzipped', async () => {
		const page = await browser.newPage();
		try {
			const encodings: string[] = [];
			page.on('response', (response) => {
				if (response.url().endsWith('records.json')) encodings.push(response.headers()['content-encoding'] ?? 'none');
			});
			await page.goto(`${server.origin}/${SINGLE_JSON_FOLDER}/`);
			// A word of the first title, e.g. "traffic": the synthetic catalogue repeats its topics.
			const word = catalogue.datasets[0]!.title.en!.split(' ')[0]!.toLowerCase();
			const found = await page.evaluate((query) => (window as unknown as { benchSearch(q: string): Promise<number> }).benchSearch(query), word);
			const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${word}`, 'iu');
			const expected = singleJsonRecords(catalogue, 'en').filter((record) =>
				[record.title, record.description, ...record.keywords].some((text) => pattern.test(text)),
			);
			expect(found).toBe(expected.length);
			expect(found).toBeGreaterThan(0);
			expect(encodings).toEqual(['gzip']);

			const publisher = expected[0]!.filters.publisher[0]!;
			const narrowed = await page.evaluate(
				(value) => (window as unknown as { benchFacet(f: string, v: string): Promise<number> }).benchFacet('publisher', value),
				publisher,
			);
			expect(narrowed).toBe(expected.filter((record) => record.filters.publisher.includes(publisher)).length);
			expect(await page.locator('#results li').count()).toBe(Math.min(narrowed, 10));
		} finally {
			await page.close();
		}
	});
});
