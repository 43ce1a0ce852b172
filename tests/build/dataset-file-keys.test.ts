/**
 * The keys of the per-dataset files kept by the export worker (src/lib/build/dataset-file-keys.ts):
 * each kind of input a file is made from changes the key of exactly the files made from it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetFileKeys } from '../../src/lib/build/dataset-file-keys.ts';
import type { DcatApOptions } from '../../src/lib/export/dcat-ap/catalogue.ts';
import { readLinkReport } from '../../src/lib/links/link-report.ts';
import type { Catalogue } from '../../src/lib/model/catalogue.ts';
import { catalogueQuality } from '../../src/lib/quality/catalogue-quality.ts';
import { REPO_ROOT } from '../browser/support/build.ts';
import { loadFixture } from '../export/support.ts';

const location = { siteUrl: 'https://example.org', base: '/' };

/** Every dataset's JSON-LD key, by identifier. */
function jsonLdKeys(catalogue: Catalogue, options: DcatApOptions = location, version = 'v1'): Map<string, string> {
	const keys = datasetFileKeys(catalogue, options, version);
	return new Map(catalogue.datasets.map((dataset) => [dataset.identifier, keys.jsonLd(dataset)]));
}

/** The identifiers whose key differs between `a` and `b`. */
function changed(a: Map<string, string>, b: Map<string, string>): string[] {
	return [...a.keys()].filter((id) => a.get(id) !== b.get(id)).sort();
}

describe('the keys of the per-dataset files', () => {
	it('are the same for the same inputs, loaded twice', async () => {
		expect(jsonLdKeys(await loadFixture('.'))).toEqual(jsonLdKeys(await loadFixture('.')));
	});

	it('change for a dataset whose record changed, and for no other', async () => {
		const before = await loadFixture('.');
		const after = await loadFixture('.');
		const dataset = after.datasets[1]!;
		dataset.title = { ...dataset.title, en: `${dataset.title.en} (edited)` };
		expect(changed(jsonLdKeys(before), jsonLdKeys(after))).toEqual([dataset.identifier]);
	});

	it('change for every dataset of a publisher whose record changed, and for no other', async () => {
		const before = await loadFixture('.');
		const after = await loadFixture('.');
		const publisher = after.publishers[0]!;
		after.publisherById.get(publisher.id)!.name = { ...publisher.name, en: 'Renamed ministry' };
		const own = after.datasets.filter((dataset) => dataset.publisher === publisher.id).map((dataset) => dataset.identifier);
		expect(own.length).toBeGreaterThan(0);
		expect(own.length).toBeLessThan(after.datasets.length);
		expect(changed(jsonLdKeys(before), jsonLdKeys(after))).toEqual(own.sort());
	});

	it('change for every dataset when the catalogue settings, the site address, the quality date or the code changed', async () => {
		const catalogue = await loadFixture('.');
		const keys = jsonLdKeys(catalogue);
		const all = [...keys.keys()].sort();
		const settings = await loadFixture('.');
		settings.config.government_level = settings.config.government_level === 'national' ? 'regional' : 'national';
		expect(changed(keys, jsonLdKeys(settings))).toEqual(all);
		const licences = await loadFixture('.');
		licences.config.licences[0]!.url = 'https://example.org/licence';
		expect(changed(keys, jsonLdKeys(licences))).toEqual(all);
		expect(changed(keys, jsonLdKeys(catalogue, { ...location, siteUrl: 'https://example.com' }))).toEqual(all);
		expect(changed(keys, jsonLdKeys(catalogue, { ...location, base: '/catalogue/' }))).toEqual(all);
		expect(changed(keys, jsonLdKeys(catalogue, location, 'v2'))).toEqual(all);
		const quality = catalogueQuality(catalogue, readLinkReport(join(REPO_ROOT, '.')));
		const scored = jsonLdKeys(catalogue, { ...location, quality });
		expect(changed(keys, scored)).toEqual(all);
		expect(changed(scored, jsonLdKeys(catalogue, { ...location, quality: { ...quality, asOf: '2099-01-01' } }))).toEqual(all);
	});

	it('change for a dataset whose quality score changed, and for no other', async () => {
		const catalogue = await loadFixture('.');
		const quality = catalogueQuality(catalogue, readLinkReport(join(REPO_ROOT, '.')));
		const id = catalogue.datasets[0]!.identifier;
		const byDataset = new Map(quality.byDataset);
		byDataset.set(id, { ...byDataset.get(id)!, score: byDataset.get(id)!.score + 1 });
		expect(changed(jsonLdKeys(catalogue, { ...location, quality }), jsonLdKeys(catalogue, { ...location, quality: { ...quality, byDataset } }))).toEqual([id]);
	});

	it("of an editor record follow the file's path, its text and the code", async () => {
		const keys = datasetFileKeys(await loadFixture('.'), location, 'v1');
		const key = keys.editorRecord('datasets/a.yaml', 'title: A');
		expect(keys.editorRecord('datasets/a.yaml', 'title: A')).toBe(key);
		expect(keys.editorRecord('datasets/b.yaml', 'title: A')).not.toBe(key);
		expect(keys.editorRecord('datasets/a.yaml', 'title: B')).not.toBe(key);
		expect(datasetFileKeys(await loadFixture('.'), location, 'v2').editorRecord('datasets/a.yaml', 'title: A')).not.toBe(key);
		// Lengths are hashed in: a path and text cut elsewhere are another key.
		expect(keys.editorRecord('datasets/a.yamlt', 'itle: A')).not.toBe(key);
	});

	it("of an editor record keyed by the load follow the file's path, its load key and the code, apart from those keyed by text", async () => {
		const keys = datasetFileKeys(await loadFixture('.'), location, 'v1');
		const key = keys.editorRecordOfSource('datasets/a.yaml', 'k1');
		expect(keys.editorRecordOfSource('datasets/a.yaml', 'k1')).toBe(key);
		expect(keys.editorRecordOfSource('datasets/b.yaml', 'k1')).not.toBe(key);
		expect(keys.editorRecordOfSource('datasets/a.yaml', 'k2')).not.toBe(key);
		expect(datasetFileKeys(await loadFixture('.'), location, 'v2').editorRecordOfSource('datasets/a.yaml', 'k1')).not.toBe(key);
		expect(keys.editorRecord('datasets/a.yaml', 'k1')).not.toBe(key);
	});
});
