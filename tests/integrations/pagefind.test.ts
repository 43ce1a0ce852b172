import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFacetTables } from '../../src/integrations/facet-tables.ts';
import { readLanguageIndex, readPagefindFile } from '../../src/integrations/pagefind-bundle.ts';
import { shortenPageIds } from '../../src/integrations/pagefind-page-ids.ts';
import { shardRecordsFromEnv, startSearchIndex, SearchIndexError, stepTimeoutFromEnv } from '../../src/integrations/pagefind.ts';
import { TimeoutError, withTimeout } from '../../src/lib/async/with-timeout.ts';
import { decodeCbor } from '../../src/lib/search/cbor.ts';
import type { SearchRecord } from '../../src/lib/search/search-record.ts';
import { FACETS, type Facet } from '../../src/lib/search/state.ts';

let dir: string | undefined;
afterEach(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
	dir = undefined;
});

function outDir(): string {
	dir = mkdtempSync(join(tmpdir(), 'odc-pagefind-'));
	return dir;
}

/** A record as the build makes them: the indexed block under `<html lang>`, its filters written as Pagefind filters. */
function record(lang: 'en' | 'fr', id: string, text: string, values: Partial<Record<Facet, string[]>> = {}, modified = '2026-01-01'): SearchRecord {
	const filters = Object.fromEntries(FACETS.map((facet) => [facet, values[facet] ?? []])) as Record<Facet, string[]>;
	const spans = FACETS.flatMap((facet) => filters[facet].map((value) => `<span data-pagefind-filter="${facet}">${value}</span>`)).join('');
	return {
		url: `/${lang}/datasets/${id}/`,
		lang,
		content: `<html lang="${lang}"><body><div data-pagefind-body><div hidden data-pagefind-ignore>${spans}</div><p>${text}</p></div></body></html>`,
		filters,
		sort: { modified, title: text },
	};
}

const facetTable = (bundle: string, lang: string) => {
	const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
	return readFileSync(join(bundle, `facets.${entry.languages[lang]!.hash}.json`), 'utf8');
};

describe('startSearchIndex', () => {
	it('writes each language only once writeAfter has settled (the build waits for the export worker)', async () => {
		const out = outDir();
		let release!: () => void;
		const gate = new Promise<void>((resolve) => (release = resolve));
		const asked: unknown[] = [];
		const writeAfter = (write: unknown) => {
			asked.push(write);
			return gate;
		};
		const indexing = startSearchIndex([record('en', 'a', 'Traffic'), record('fr', 'a', 'Circulation')], { writeAfter });
		indexing.write(out);
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(existsSync(join(out, 'pagefind'))).toBe(false);
		release();
		const summary = await indexing.finish(out);
		// Asked before each language's write, each a whole language (writes-beside-pages.ts collects before the second one).
		expect(asked).toEqual([{ wholeLanguage: true }, { wholeLanguage: true }]);
		expect(summary.pagesByLanguage).toEqual({ en: 1, fr: 1 });
	});

	it('indexes the records, one index per language, and writes the bundle', async () => {
		const out = outDir();
		const summary = await startSearchIndex([record('en', 'a', 'Traffic'), record('en', 'b', 'Clinics'), record('fr', 'a', 'Circulation')]).finish(out);
		expect(summary.pagesByLanguage).toEqual({ en: 2, fr: 1 });
		expect(existsSync(join(out, 'pagefind/pagefind.js'))).toBe(true);
		// Each language's pages by short ids (pagefind-page-ids.ts), in the order they were given.
		const entry = JSON.parse(readFileSync(join(out, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
		expect((await readLanguageIndex(join(out, 'pagefind'), entry.languages.en!.hash)).pages).toEqual([
			expect.stringMatching(/^en_[0-9a-f]{10}_0$/),
			expect.stringMatching(/^en_[0-9a-f]{10}_1$/),
		]);
		expect((await readLanguageIndex(join(out, 'pagefind'), entry.languages.fr!.hash)).pages).toEqual([expect.stringMatching(/^fr_[0-9a-f]{10}_0$/)]);
	}, 30_000);

	it('indexes each language in a process of its own, and writes the same bundle as one index of every language', async () => {
		const out = outDir();
		const records = [
			record('en', 'a', 'Traffic counts', { publisher: ['Transport'] }),
			record('en', 'b', 'Clinics and hospitals'),
			record('fr', 'a', 'Comptages de la circulation', { publisher: ['Transports'] }),
			record('fr', 'b', 'Cliniques et hôpitaux'),
		];
		const { outputPath } = await startSearchIndex(records).finish(join(out, 'split'));
		// One index of both languages, as the build made it before.
		const { index } = await pagefind.createIndex({});
		for (const { url, content } of records) await index!.addHTMLFile({ url, content });
		await index!.writeFiles({ outputPath: join(out, 'one') });
		await pagefind.close();
		// With the short page ids the build gives each language's pages (pagefind-page-ids.ts).
		const one = JSON.parse(readFileSync(join(out, 'one', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
		for (const [lang, { hash }] of Object.entries(one.languages)) expect(await shortenPageIds(join(out, 'one'), lang, hash)).toBe(true);
		const files = (root: string) =>
			readdirSync(root, { recursive: true, withFileTypes: true })
				.filter((entry) => entry.isFile() && !entry.name.startsWith('facets.') && !entry.name.startsWith('sorts.') && !entry.name.startsWith('first-page.'))
				.map((entry) => join(entry.parentPath, entry.name).slice(root.length));
		expect(files(outputPath).sort()).toEqual(files(join(out, 'one')).sort());
		for (const file of files(outputPath)) expect(readFileSync(join(outputPath, file)), file).toEqual(readFileSync(join(out, 'one', file)));
		expect(Object.keys(JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')).languages)).toEqual(['en', 'fr']);
	}, 60_000);

	it('refuses records of a language that come back after another language', async () => {
		const records = [record('en', 'a', 'Traffic'), record('fr', 'a', 'Circulation'), record('en', 'b', 'Clinics')];
		await expect(startSearchIndex(records).finish(outDir())).rejects.toThrow(
			"The search records must come language by language: /en/datasets/b/ (en) came after another language's.",
		);
	}, 30_000);

	it('writes the bundle as soon as asked and the records are in, and stops the service, without waiting for finish', async () => {
		const out = outDir();
		const indexing = startSearchIndex([record('en', 'a', 'Traffic')]);
		indexing.write(out);
		await expect.poll(() => existsSync(join(out, 'pagefind/pagefind-entry.json')), { timeout: 20_000 }).toBe(true);
		expect((await indexing.finish(out)).pagesByLanguage).toEqual({ en: 1 });
		await expect(indexing.finish(join(out, 'elsewhere'))).rejects.toThrow(`The search index was written to ${out}, not ${join(out, 'elsewhere')}.`);
	}, 30_000);

	it('writes a facet table per language from the records, the same as the one read from the fragments', async () => {
		const out = outDir();
		const records = [
			record('en', 'a', 'Traffic', { publisher: ['Transport'], format: ['CSV', 'JSON'] }),
			record('en', 'b', 'Clinics', { publisher: ['Health'], format: ['CSV'] }),
			record('fr', 'a', 'Circulation', { publisher: ['Transports'], format: ['CSV'] }),
		];
		const { outputPath, facetTables } = await startSearchIndex(records).finish(out);
		expect(facetTables.en!.madeFrom).toBe('records');
		expect(facetTables.fr!.madeFrom).toBe('records');
		const fromRecords = { en: facetTable(outputPath, 'en'), fr: facetTable(outputPath, 'fr') };
		expect(JSON.parse(fromRecords.en).facets.publisher.values.sort()).toEqual(['Health', 'Transport']);
		// Without records, the tables are read from Pagefind's fragments, as before.
		const fromFragments = await writeFacetTables(outputPath);
		expect(fromFragments.en!.madeFrom).toEqual({ fragments: 'no records were given' });
		expect({ en: facetTable(outputPath, 'en'), fr: facetTable(outputPath, 'fr') }).toEqual(fromRecords);
	}, 30_000);

	it('writes a sort table per language beside the facet table, in its page positions, titles in collation order, and no sort order into the index', async () => {
		const out = outDir();
		const records = [
			record('en', 'a', 'Traffic', {}, '2025-03-01'),
			record('en', 'b', 'Clinics', {}, '2026-01-01'),
			record('en', 'c', 'Ébauche', {}, '2025-03-01'),
			record('en', 'd', 'Zoning', {}, '2024-07-15'),
		];
		const { outputPath, facetTables } = await startSearchIndex(records).finish(out);
		const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
		expect(facetTables.en!.sortFile).toBe(`sorts.${entry.languages.en!.hash}.json`);
		const table = JSON.parse(facetTable(outputPath, 'en')) as { pages: string[] };
		const sorts = JSON.parse(readFileSync(join(outputPath, facetTables.en!.sortFile!), 'utf8')) as { pages: number; orders: Record<string, number[]> };
		const meta = (await readLanguageIndex(outputPath, entry.languages.en!.hash)).pages;
		// Positions of the facet table, read back as the records' texts through the index's page order.
		const text = (position: number) => records[meta.indexOf(table.pages[position]!)]!.sort.title;
		expect(sorts.pages).toBe(4);
		// "Ébauche" with the E's, where Pagefind's byte order put it after "Zoning".
		expect(sorts.orders.title!.map(text)).toEqual(['Clinics', 'Ébauche', 'Traffic', 'Zoning']);
		// Equal dates keep the index's order (Traffic was added before Ébauche), as Pagefind's sorts did.
		expect(sorts.orders.modified!.map(text)).toEqual(['Zoning', 'Traffic', 'Ébauche', 'Clinics']);
		const metaFile = decodeCbor(await readPagefindFile(join(outputPath, `pagefind.${entry.languages.en!.hash}.pf_meta`))) as unknown[];
		expect(metaFile[4]).toEqual([]);
	}, 30_000);

	it('reads the fragments when the index does not hold the records as given', async () => {
		const out = outDir();
		// Pagefind normalises a filter value's spaces, and leaves out a page without words.
		const records = [record('en', 'a', 'Traffic', { publisher: ['Ministry  of   Transport'] }), record('en', 'b', 'Clinics', { publisher: ['Health'] })];
		const { outputPath, facetTables } = await startSearchIndex(records).finish(out);
		expect(facetTables.en!.madeFrom).toEqual({ fragments: 'filter publisher, value "Ministry of Transport": other pages in the index' });
		expect(JSON.parse(facetTable(outputPath, 'en')).facets.publisher.values.sort()).toEqual(['Health', 'Ministry of Transport']);
		const dropped = await startSearchIndex([record('en', 'a', 'Traffic'), record('en', 'b', '…')]).finish(outDir());
		expect(dropped.pagesByLanguage).toEqual({ en: 1 });
		expect(dropped.facetTables.en!.madeFrom).toEqual({ fragments: 'the index has 1 pages for 2 records' });
	}, 30_000);

	it('reads the fragments when the index files are not of the shape this Pagefind writes', async () => {
		const out = outDir();
		const records = [record('en', 'a', 'Traffic', { publisher: ['Transport'] }), record('en', 'b', 'Clinics', { publisher: ['Health'] })];
		const { outputPath } = await startSearchIndex(records).finish(out);
		const expected = facetTable(outputPath, 'en');
		const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
		writeFileSync(join(outputPath, `pagefind.${entry.languages.en!.hash}.pf_meta`), gzipSync(Buffer.from('pagefind_dcd\x01')));
		const written = await writeFacetTables(outputPath, new Map([['en', records]]));
		expect(written.en!.madeFrom).toEqual({ fragments: expect.stringMatching(/not where Pagefind 1\.x puts it/) });
		expect(facetTable(outputPath, 'en')).toBe(expected);
	}, 30_000);

	it('fails with the step and the limit when Pagefind does not answer in time, and still stops the service', async () => {
		const out = outDir();
		// A limit no real step can meet: the first step that has to wait for Pagefind times out.
		const failure = startSearchIndex([record('en', 'a', 'Traffic')], { stepTimeoutSeconds: 0.001 }).finish(out);
		await expect(failure).rejects.toBeInstanceOf(SearchIndexError);
		await expect(failure).rejects.toThrow(
			/while (starting Pagefind|indexing \/en\/datasets\/a\/):\n {2}Pagefind did not answer within 0\.001 s \(SEARCH_INDEX_TIMEOUT_SECONDS\)/,
		);
		// The service was closed, so a new index can be built at once.
		expect((await startSearchIndex([record('en', 'a', 'Traffic')]).finish(out)).pagesByLanguage).toEqual({ en: 1 });
	}, 30_000);

	it('fails with the error of the records, and when closed before it finished', async () => {
		await expect(startSearchIndex(Promise.reject(new Error('The catalogue has 1 error(s)'))).finish(outDir())).rejects.toThrow('The catalogue has 1 error(s)');
		const closed = startSearchIndex([record('en', 'a', 'Traffic')]);
		await closed.close();
		await expect(closed.finish(dir!)).rejects.toThrow('The search index was closed before it was built.');
		// A records list that throws part-way fails the build too.
		function* broken(): Generator<SearchRecord> {
			yield record('en', 'a', 'Traffic');
			throw new Error('a record could not be made');
		}
		await expect(startSearchIndex(broken()).finish(dir!)).rejects.toThrow('a record could not be made');
	}, 30_000);
});

describe('stepTimeoutFromEnv', () => {
	it('reads a positive number of seconds and leaves the default when unset or blank', () => {
		expect(stepTimeoutFromEnv({ SEARCH_INDEX_TIMEOUT_SECONDS: '120' })).toBe(120);
		expect(stepTimeoutFromEnv({ SEARCH_INDEX_TIMEOUT_SECONDS: '0.5' })).toBe(0.5);
		expect(stepTimeoutFromEnv({})).toBeUndefined();
		expect(stepTimeoutFromEnv({ SEARCH_INDEX_TIMEOUT_SECONDS: ' ' })).toBeUndefined();
	});

	it('refuses a value that is not a positive number', () => {
		for (const raw of ['0', '-5', 'ten', 'Infinity']) {
			expect(() => stepTimeoutFromEnv({ SEARCH_INDEX_TIMEOUT_SECONDS: raw })).toThrow(
				`SEARCH_INDEX_TIMEOUT_SECONDS must be a positive number of seconds (got "${raw}")`,
			);
		}
	});
});

describe('shardRecordsFromEnv', () => {
	it('reads the fewest records of a shard, 0 for one index per language, and leaves the default when unset or blank', () => {
		expect(shardRecordsFromEnv({ SEARCH_SHARD_RECORDS: '1000' })).toBe(1000);
		expect(shardRecordsFromEnv({ SEARCH_SHARD_RECORDS: '0' })).toBe(0);
		expect(shardRecordsFromEnv({})).toBeUndefined();
		expect(shardRecordsFromEnv({ SEARCH_SHARD_RECORDS: ' ' })).toBeUndefined();
	});

	it('refuses a value that is not a whole number of records', () => {
		for (const raw of ['-1', '2.5', 'many', 'Infinity']) {
			expect(() => shardRecordsFromEnv({ SEARCH_SHARD_RECORDS: raw })).toThrow(
				`SEARCH_SHARD_RECORDS must be a whole number of records: the fewest of a shard, or 0 for one index per language (got "${raw}")`,
			);
		}
	});
});

describe('withTimeout', () => {
	it('settles like the work when it is in time', async () => {
		await expect(withTimeout(Promise.resolve(42), 1000, 'x')).resolves.toBe(42);
		await expect(withTimeout(Promise.reject(new Error('boom')), 1000, 'x')).rejects.toThrow('boom');
	});

	it('rejects with a TimeoutError when the work never settles', async () => {
		const never = new Promise<never>(() => {});
		const outcome = withTimeout(never, 10, 'writing the index');
		await expect(outcome).rejects.toBeInstanceOf(TimeoutError);
		await expect(outcome).rejects.toThrow('writing the index');
	});
});
