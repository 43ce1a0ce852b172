/**
 * The SHACL results kept between runs (shacl-cache.ts): a part is validated again only when its
 * graph, the shapes or the code could give other results, a kept result is the same as a fresh
 * one (violations included, with the project's shapes and the official DCAT-AP 3.0.1 ones), and
 * an entry that is not exactly what the cache wrote is recomputed, never trusted.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toDcatAp, type JsonLdDocument } from '../../src/lib/export/dcat-ap/catalogue.ts';
import { shaclResults } from '../../src/lib/export/dcat-ap/shacl.ts';
import { toGraph } from '../../src/lib/export/dcat-ap/rdf.ts';
import { cachedShaclResults, forgetRememberedResults, parseEntry, shaclKey } from '../../src/lib/export/dcat-ap/shacl-cache.ts';
import { readShapesGraph, type ShapesGraph } from '../../src/lib/export/dcat-ap/shapes.ts';
import { describeWithShared, sharedPath } from '../support/shared-folder.ts';
import { loadFixture } from './support.ts';

const options = { siteUrl: 'https://example.org', base: '/' };
let folder: string;

beforeEach(() => {
	folder = mkdtempSync(join(tmpdir(), 'odc-shacl-cache-'));
	forgetRememberedResults();
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** The example catalogue's export with two distributions that break the shapes (no access URL, a media type that is not IANA's). */
async function brokenDocument(): Promise<JsonLdDocument> {
	const catalogue = await loadFixture('.');
	const traffic = catalogue.datasetById.get('traffic-volumes')!;
	delete traffic.distributions![1]!.download_url;
	traffic.distributions![0]!.media_type = 'csv';
	return toDcatAp(catalogue, options);
}

/** Results from the cache, then from memory, then from the folder alone: each must equal a fresh validation. */
async function expectKeptEqualsFresh(document: JsonLdDocument, shapes: ShapesGraph) {
	const fresh = await shaclResults(toGraph(document, 'p0'), shapes.store);
	const first = await cachedShaclResults(document, 'p0', shapes, folder);
	expect(first.source).toBe('validated');
	expect(first.results).toEqual(fresh);
	const again = await cachedShaclResults(document, 'p0', shapes, folder);
	expect(again).toMatchObject({ source: 'memory', results: fresh, triples: first.triples });
	forgetRememberedResults();
	const fromDisk = await cachedShaclResults(document, 'p0', shapes, folder);
	expect(fromDisk).toMatchObject({ source: 'disk', results: fresh, triples: first.triples });
	return fresh;
}

describe('SHACL results kept between runs', () => {
	it('are the same as a fresh validation, violations included, with the project shapes', async () => {
		const fresh = await expectKeptEqualsFresh(await brokenDocument(), readShapesGraph());
		expect(fresh.filter((result) => result.severity === 'error').map((result) => result.component)).toEqual(
			expect.arrayContaining(['http://www.w3.org/ns/shacl#MinCountConstraintComponent']),
		);
		expect(fresh.some((result) => result.value === 'http://www.iana.org/assignments/media-types/csv')).toBe(true);
	});

	it('are the same, and none, for the sound example catalogue', async () => {
		const catalogue = await loadFixture('.');
		const fresh = await expectKeptEqualsFresh(toDcatAp(catalogue, options), readShapesGraph());
		expect(fresh.filter((result) => result.severity === 'error')).toEqual([]);
	});

	it('are looked up again when the graph, its blank node prefix or the shapes change', async () => {
		const catalogue = await loadFixture('.');
		const document = toDcatAp(catalogue, options);
		const shapes = readShapesGraph();
		const key = shaclKey(document, 'p0', shapes);
		expect(shaclKey(document, 'p1', shapes)).not.toBe(key);
		expect(shaclKey(document, 'p0', { ...shapes, digest: 'other' })).not.toBe(key);
		catalogue.datasets[0]!.title = { en: 'Another title', fr: 'Un autre titre' };
		expect(shaclKey(toDcatAp(catalogue, options), 'p0', shapes)).not.toBe(key);
		await cachedShaclResults(document, 'p0', shapes, folder);
		expect((await cachedShaclResults(toDcatAp(catalogue, options), 'p0', shapes, folder)).source).toBe('validated');
		expect(readdirSync(folder)).toHaveLength(2);
	});

	it('recompute whatever entry is not exactly one they wrote, and rewrite it', async () => {
		const document = await brokenDocument();
		const shapes = readShapesGraph();
		const { results } = await cachedShaclResults(document, 'p0', shapes, folder);
		const key = shaclKey(document, 'p0', shapes);
		const file = join(folder, `${key}.json`);
		const good = JSON.parse(readFileSync(file, 'utf8'));
		const forged = [
			'not json',
			JSON.stringify({ ...good, key: 'another key' }),
			JSON.stringify({ ...good, format: 'odc-shacl-results/0' }),
			JSON.stringify({ ...good, triples: -1 }),
			JSON.stringify({ ...good, results: 'none' }),
			JSON.stringify({ ...good, results: [{ ...good.results[0], severity: 'info' }] }),
			JSON.stringify({ ...good, results: [{ ...good.results[0], messages: [1] }] }),
			JSON.stringify({ ...good, results: [{ ...good.results[0], min: null }] }),
			JSON.stringify({ ...good, results: [{ ...good.results[0], extra: 'x' }] }),
			JSON.stringify([good]),
		];
		for (const text of forged) {
			expect(parseEntry(text, key), text.slice(0, 80)).toBeUndefined();
			writeFileSync(file, text);
			forgetRememberedResults();
			const again = await cachedShaclResults(document, 'p0', shapes, folder);
			expect(again.source, text.slice(0, 80)).toBe('validated');
			expect(again.results).toEqual(results);
			expect(parseEntry(readFileSync(file, 'utf8'), key)).toEqual(good);
		}
	});

	it('do not follow a link put in place of an entry', async () => {
		const catalogue = await loadFixture('.');
		const document = toDcatAp(catalogue, options);
		const shapes = readShapesGraph();
		const key = shaclKey(document, 'p0', shapes);
		const elsewhere = join(folder, 'elsewhere');
		mkdirSync(elsewhere);
		await cachedShaclResults(document, 'p0', shapes, elsewhere);
		symlinkSync(join(elsewhere, `${key}.json`), join(folder, `${key}.json`));
		forgetRememberedResults();
		expect((await cachedShaclResults(document, 'p0', shapes, folder)).source).toBe('validated');
	});

	it('still validate when the folder cannot be written', async () => {
		const document = toDcatAp(await loadFixture('.'), options);
		writeFileSync(join(folder, 'file'), '');
		const result = await cachedShaclResults(document, 'p0', readShapesGraph(), join(folder, 'file', 'shacl'));
		expect(result.source).toBe('validated');
		expect(result.triples).toBeGreaterThan(0);
	});
});

describeWithShared('SHACL results kept between runs, with the official DCAT-AP 3.0.1 shapes', () => {
	it('are the same as a fresh validation of a broken export, violations included', async () => {
		const release = sharedPath('standards/dcat-ap-3.0.1');
		const shapes = readShapesGraph([join(release, 'shacl/dcat-ap-SHACL.ttl'), join(release, 'shacl/ranges.ttl')]);
		const fresh = await expectKeptEqualsFresh(await brokenDocument(), shapes);
		expect(fresh.some((result) => result.severity === 'error')).toBe(true);
	});
});
