/**
 * data.json's entries kept from one build to the next (src/lib/export/data-json/entry-store.ts,
 * exportDataJsonText in src/lib/site/data-json-export.ts): after any kind of input changed, the
 * file must be the one made without them, byte for byte, only the entries whose inputs changed
 * made again, and a schema problem must fail as it does without them, with the same messages.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { datasetFileKeys } from '../../src/lib/build/dataset-file-keys.ts';
import { toDataJson } from '../../src/lib/export/data-json/catalog.ts';
import {
	assembleDataJson,
	dataJsonEntryFile,
	dataJsonEntryText,
	readKeptDataJsonEntries,
	writeKeptDataJson,
} from '../../src/lib/export/data-json/entry-store.ts';
import type { Catalogue } from '../../src/lib/model/catalogue.ts';
import { exportDataJson, exportDataJsonText, type DataJsonText } from '../../src/lib/site/data-json-export.ts';
import { dataJsonText } from '../../src/lib/site/export-files.ts';
import { loadFixture } from './support.ts';

const options = { siteUrl: 'https://example.org', base: '/catalogue/' };
const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function folder(): string {
	const dir = mkdtempSync(join(tmpdir(), 'odc-data-json-'));
	made.push(dir);
	return dir;
}

/** data.json of `catalogue` with the entries kept in `cache` by code `version`; its text must be the one made without them. */
function kept(catalogue: Catalogue, cache: string, version = 'v1', location = options): DataJsonText {
	const keys = datasetFileKeys(catalogue, location, version);
	const result = exportDataJsonText(catalogue, location, { file: dataJsonEntryFile('/catalogue', cache), version, key: keys.dataJson });
	expect(result.text).toBe(dataJsonText(exportDataJson(catalogue, location)));
	return result;
}

/** The message `run` throws. */
function thrown(run: () => unknown): string {
	try {
		run();
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('did not throw');
}

describe('data.json assembled from entry texts', () => {
	it('is the document serialised whole, with datasets and without', async () => {
		const catalogue = await loadFixture('.');
		const document = toDataJson(catalogue, options);
		const { dataset, ...head } = document;
		const entries = dataset.map(dataJsonEntryText);
		const assembled = assembleDataJson(head, entries);
		expect(assembled.text).toBe(dataJsonText(document));
		expect(assembled.places.map(([start, end]) => assembled.text.slice(start, end))).toEqual(entries);
		expect(assembleDataJson(head, []).text).toBe(dataJsonText({ ...document, dataset: [] }));
	});
});

describe('kept data.json entries', () => {
	it('are all taken when nothing changed, and give the file made without them', async () => {
		const cache = folder();
		const catalogue = await loadFixture('.');
		expect(kept(catalogue, cache).made).toBe(catalogue.datasets.length);
		expect(kept(await loadFixture('.'), cache).made).toBe(0);
	});

	it('are made again for a changed dataset, and for no other', async () => {
		const cache = folder();
		kept(await loadFixture('.'), cache);
		const catalogue = await loadFixture('.');
		const dataset = catalogue.datasets[1]!;
		dataset.title = { ...dataset.title, en: `${dataset.title.en} (edited)` };
		expect(kept(catalogue, cache).made).toBe(1);
		// The file now keeps the edited entry: nothing is made the next time.
		expect(kept(catalogue, cache).made).toBe(0);
	});

	it('are made again for every dataset of a changed publisher', async () => {
		const cache = folder();
		kept(await loadFixture('.'), cache);
		const catalogue = await loadFixture('.');
		const publisher = catalogue.datasets[0]!.publisher;
		catalogue.publisherById.get(publisher)!.name = { en: 'Renamed publisher', fr: 'Éditeur renommé' };
		const of = catalogue.datasets.filter((dataset) => dataset.publisher === publisher).length;
		expect(of).toBeLessThan(catalogue.datasets.length);
		expect(kept(catalogue, cache).made).toBe(of);
	});

	it('are made again when a licence, the site address, the languages or the code changed', async () => {
		const cache = folder();
		kept(await loadFixture('.'), cache);
		const catalogue = await loadFixture('.');
		const licence = catalogue.config.licences[0]!;
		catalogue.licenceById.set(licence.id, Object.assign(licence, { url: 'https://example.org/licence-changed' }));
		expect(catalogue.datasets.some((dataset) => dataset.licence === licence.id)).toBe(true);
		expect(kept(catalogue, cache).made).toBe(catalogue.datasets.length);
		expect(kept(catalogue, cache, 'v1', { siteUrl: 'https://example.net', base: '/' }).made).toBe(catalogue.datasets.length);
		expect(kept(catalogue, cache, 'v2', { siteUrl: 'https://example.net', base: '/' }).made).toBe(catalogue.datasets.length);
		catalogue.languages = [...catalogue.languages].reverse();
		catalogue.defaultLanguage = catalogue.languages[0]!;
		expect(kept(catalogue, cache, 'v2', { siteUrl: 'https://example.net', base: '/' }).made).toBe(catalogue.datasets.length);
	});

	it('forget a removed dataset’s entry and keep the others', async () => {
		const cache = folder();
		kept(await loadFixture('.'), cache);
		const catalogue = await loadFixture('.');
		const [removed] = catalogue.datasets.splice(2, 1);
		catalogue.datasetById.delete(removed!.identifier);
		expect(kept(catalogue, cache).made).toBe(0);
		expect(readKeptDataJsonEntries(dataJsonEntryFile('/catalogue', cache), 'v1').size).toBe(catalogue.datasets.length);
	});

	it('are ignored whole from a damaged file or another version, and a foreign line is not used', async () => {
		const cache = folder();
		const catalogue = await loadFixture('.');
		kept(catalogue, cache);
		const file = dataJsonEntryFile('/catalogue', cache);
		const bytes = readFileSync(file);
		// A changed byte in an entry: the file's digest no longer matches.
		const damaged = Buffer.from(bytes);
		damaged[damaged.length - 10] = damaged[damaged.length - 10] === 0x41 ? 0x42 : 0x41;
		writeFileSync(file, damaged);
		expect(readKeptDataJsonEntries(file, 'v1').size).toBe(0);
		expect(kept(catalogue, cache).made).toBe(catalogue.datasets.length);
		expect(readKeptDataJsonEntries(file, 'v2').size).toBe(0);

		// Entries of the wrong shape or place, in a file whose digest is right: only the sound one is read.
		const sound = '  {\n   "title": "x"\n  }';
		const { text, places } = assembleDataJson({}, [sound, '  nothing']);
		const key = 'a'.repeat(64);
		writeKeptDataJson(file, 'v1', { text, places: [...places, [0, 5], [text.length - 3, text.length + 10], places[0]!] }, [
			key,
			'b'.repeat(64),
			'c'.repeat(64),
			'd'.repeat(64),
			'not-a-key',
		]);
		expect([...readKeptDataJsonEntries(file, 'v1')]).toEqual([[key, sound]]);
		expect(kept(catalogue, cache).made).toBe(catalogue.datasets.length);
	});

	it('do not hide a schema problem of a changed dataset: the build fails with the messages made without them', async () => {
		const cache = folder();
		kept(await loadFixture('.'), cache);
		const broken = async () => {
			const catalogue = await loadFixture('.');
			catalogue.datasetById.get('traffic-volumes')!.contact_point.email = 'traffic%data@belle-riviere.example';
			return catalogue;
		};
		const catalogue = await broken();
		const keys = datasetFileKeys(catalogue, options, 'v1');
		const keeping = { file: dataJsonEntryFile('/catalogue', cache), version: 'v1', key: keys.dataJson };
		const message = thrown(() => exportDataJsonText(catalogue, options, keeping));
		expect(message).toBe(thrown(() => exportDataJson(catalogue, options)));
		expect(message).toMatch(/^data\.json breaks 1 rule\(s\).*\n {2}datasets\/mto\/traffic-volumes\.yaml: data\.json contactPoint\.hasEmail/);
		// Nothing of the failed build was kept: it fails again.
		expect(thrown(() => exportDataJsonText(catalogue, options, keeping))).toBe(message);
		const again = await broken();
		expect(thrown(() => exportDataJsonText(again, options, { ...keeping, key: datasetFileKeys(again, options, 'v1').dataJson }))).toBe(message);
	});
});
