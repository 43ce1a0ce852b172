/**
 * The SHACL results of validate, checked dataset by dataset (dcat-dataset-results.ts), are those of
 * checking the whole export in one graph: the same results on the datasets' nodes, the shared nodes
 * (catalogue, publishers, licences) and the concepts several datasets use, each once.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../scripts/bench/generate-catalogue.ts';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { toDcatAp } from '../../src/lib/export/dcat-ap/catalogue.ts';
import { toGraph } from '../../src/lib/export/dcat-ap/rdf.ts';
import { shaclResults, type ShaclResult } from '../../src/lib/export/dcat-ap/shacl.ts';
import { PROJECT_SHAPES, readShapesGraph } from '../../src/lib/export/dcat-ap/shapes.ts';
import { datasetShaclResults, lazyShapes } from '../../src/lib/validate/dcat-dataset-results.ts';

const work = mkdtempSync(join(tmpdir(), 'odc-dcat-results-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Shapes that every kind of node fails, on top of the project's: a property no node has. */
const EVERY_NODE_FAILS = `@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix dcat: <http://www.w3.org/ns/dcat#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix ex: <https://example.org/shapes#> .
ex:Catalog a sh:NodeShape ; sh:targetClass dcat:Catalog ; sh:property [ sh:path ex:missing ; sh:minCount 1 ] .
ex:Agent a sh:NodeShape ; sh:targetClass foaf:Agent ; sh:property [ sh:path ex:missing ; sh:minCount 1 ; sh:severity sh:Warning ] .
ex:Licence a sh:NodeShape ; sh:targetClass dct:LicenseDocument ; sh:property [ sh:path ex:missing ; sh:minCount 1 ] .
ex:Theme a sh:NodeShape ; sh:targetObjectsOf dcat:theme ; sh:property [ sh:path ex:missing ; sh:minCount 1 ] .
ex:Language a sh:NodeShape ; sh:targetObjectsOf dct:language ; sh:property [ sh:path ex:missing ; sh:minCount 1 ] .
ex:Distribution a sh:NodeShape ; sh:targetClass dcat:Distribution ; sh:property [ sh:path ex:missing ; sh:minCount 1 ] .
ex:Dataset a sh:NodeShape ; sh:targetClass dcat:Dataset ; sh:property [ sh:path dcat:keyword ; sh:maxCount 2 ] .
`;

const sorted = (results: readonly ShaclResult[]) => results.map((result) => JSON.stringify(result)).sort();

describe('SHACL results dataset by dataset', () => {
	it('are the results of the whole export, each once', async () => {
		const root = join(work, 'catalogue');
		generateCatalogue(root, { datasets: 40, seed: 11 });
		const extra = join(work, 'extra.ttl');
		writeFileSync(extra, EVERY_NODE_FAILS);
		const shapes = readShapesGraph([PROJECT_SHAPES, extra]);
		const { catalogue } = await loadCatalogue(root, { asOf: '2026-06-01', cache: false });
		const options = { siteUrl: catalogue!.config.site.url, base: catalogue!.config.site.base };

		const whole = await shaclResults(toGraph(toDcatAp(catalogue!, options), 'validate'), shapes.store);
		const byDataset = await datasetShaclResults(root, catalogue!, options, shapes, { cache: false });
		// Every kind of node is reported on: the test would prove nothing if one kind had no result.
		for (const kind of ['#catalogue', '/publishers/', '#distribution-', 'open-government-licence', 'data-theme/', 'language/'])
			expect(
				whole.some((result) => result.focusNode.includes(kind)),
				kind,
			).toBe(true);
		expect(whole.some((result) => result.path === 'http://www.w3.org/ns/dcat#keyword')).toBe(true);
		expect(sorted(byDataset)).toEqual(sorted(whole));

		// Kept results read back give the same.
		const cacheFolder = join(work, 'cache');
		await datasetShaclResults(root, catalogue!, options, shapes, { cacheFolder });
		expect(sorted(await datasetShaclResults(root, catalogue!, options, shapes, { cacheFolder }))).toEqual(sorted(whole));
	});

	it('are the same when groups of datasets are checked on a thread of their own', async () => {
		const root = join(work, 'threaded');
		generateCatalogue(root, { datasets: 30, seed: 12 });
		const extra = join(work, 'extra-threaded.ttl');
		writeFileSync(extra, EVERY_NODE_FAILS);
		const { catalogue } = await loadCatalogue(root, { asOf: '2026-06-01', cache: false });
		const options = { siteUrl: catalogue!.config.site.url, base: catalogue!.config.site.base };
		const whole = await shaclResults(toGraph(toDcatAp(catalogue!, options), 'validate'), readShapesGraph([PROJECT_SHAPES, extra]).store);
		expect(whole.length).toBeGreaterThan(30);
		// Lazy shapes and more than a group missing: the groups' graphs go to the SHACL thread (shacl-thread.ts).
		const threaded = await datasetShaclResults(root, catalogue!, options, lazyShapes([PROJECT_SHAPES, extra]), { cache: false, groupSize: 4 });
		expect(sorted(threaded)).toEqual(sorted(whole));
		// A thread that cannot check (here it reads shapes other than the digest says, and ends) leaves every check to this thread.
		const shapes = { ...lazyShapes([PROJECT_SHAPES, extra]), digest: 'another digest' };
		const withoutThread = await datasetShaclResults(root, catalogue!, options, shapes, { cache: false, groupSize: 4 });
		expect(sorted(withoutThread)).toEqual(sorted(whole));
	}, 60_000);

	it('relies on shapes that check the catalogue’s dataset links value by value, never their count', () => {
		// Each group checks the catalogue's links to its own datasets (validation-documents.ts): a
		// count of dcat:dataset would be judged per group. Whoever adds one must change that first.
		const shapes = readFileSync(PROJECT_SHAPES, 'utf8');
		const datasetLinks = shapes.split('\n').filter((line) => line.includes('sh:path dcat:dataset '));
		expect(datasetLinks.length).toBeGreaterThan(0);
		for (const line of datasetLinks) expect(line).not.toMatch(/sh:(?:min|max|qualifiedMin|qualifiedMax)Count/);
	});
});
