/**
 * The fields real catalogues needed (a landing page, documentation, ftp addresses, open datasets
 * with no file) reach DCAT-AP (still SHACL-valid), data.json (still schema-valid) and schema.org.
 */
import { describe, expect, it } from 'vitest';
import { toDataJson } from '../../src/lib/export/data-json/catalog.ts';
import { dataJsonProblems } from '../../src/lib/export/data-json/validate.ts';
import { catalogueIris, toDcatAp } from '../../src/lib/export/dcat-ap/catalogue.ts';
import { toGraph } from '../../src/lib/export/dcat-ap/rdf.ts';
import { shaclViolations, validateWithShacl } from '../../src/lib/export/dcat-ap/shacl.ts';
import { readShapes } from '../../src/lib/export/dcat-ap/shapes.ts';
import { sourceMapOf } from '../../src/lib/export/dcat-ap/source-map.ts';
import { toSchemaOrgDataset } from '../../src/lib/export/schema-org/dataset.ts';
import type { Catalogue } from '../../src/lib/model/catalogue.ts';
import { loadFixture, objects } from './support.ts';

const options = { siteUrl: 'https://example.org', base: '/' };
const LANDING = 'https://www.example.gov/traffic';
const DOCS = ['https://www.example.gov/traffic/method', 'https://www.example.gov/traffic/guide'];

async function withLinks(edit?: (catalogue: Catalogue) => void): Promise<Catalogue> {
	const catalogue = await loadFixture('tests/fixtures/minimal');
	const dataset = catalogue.datasets[0]!;
	dataset.landing_page = LANDING;
	dataset.documentation = DOCS;
	edit?.(catalogue);
	return catalogue;
}

describe('landing page and documentation', () => {
	it('are dcat:landingPage and foaf:page in DCAT-AP, which stays SHACL-valid', async () => {
		const catalogue = await withLinks();
		const graph = toGraph(toDcatAp(catalogue, options));
		const iri = catalogueIris(catalogue, options).dataset('traffic-volumes');
		expect(objects(graph, iri, 'dcat:landingPage')).toContain(LANDING);
		expect(objects(graph, iri, 'foaf:page')).toEqual([...DOCS].sort());
		expect(shaclViolations(await validateWithShacl(graph, readShapes(), sourceMapOf(catalogue, options)))).toEqual([]);
	});

	it('are landingPage and references in data.json, which stays schema-valid', async () => {
		const catalogue = await withLinks();
		const document = toDataJson(catalogue, options);
		expect(document.dataset[0]).toMatchObject({ landingPage: LANDING, references: DOCS });
		expect(dataJsonProblems(document, catalogue)).toEqual([]);
	});

	it('are sameAs and subjectOf in schema.org', async () => {
		const catalogue = await withLinks();
		const node = toSchemaOrgDataset(catalogue.datasets[0]!, catalogue, 'en', catalogueIris(catalogue, options));
		expect(node).toMatchObject({ sameAs: LANDING, subjectOf: DOCS.map((url) => ({ '@type': 'CreativeWork', url })) });
	});

	it('an open dataset with only a landing page exports valid DCAT-AP and data.json', async () => {
		const catalogue = await withLinks((c) => delete c.datasets[0]!.distributions);
		const graph = toGraph(toDcatAp(catalogue, options));
		expect(shaclViolations(await validateWithShacl(graph, readShapes(), sourceMapOf(catalogue, options)))).toEqual([]);
		expect(dataJsonProblems(toDataJson(catalogue, options), catalogue)).toEqual([]);
	});

	it('an ftp download and a file type without a registered media type still export valid data.json and DCAT-AP', async () => {
		const catalogue = await withLinks((c) => {
			const distribution = c.datasets[0]!.distributions![0]!;
			distribution.download_url = 'ftp://ftp.example.gov/pub/traffic.gdb.zip';
			distribution.format = 'GDB';
		});
		const document = toDataJson(catalogue, options);
		expect(document.dataset[0]!.distribution![0]).toMatchObject({
			downloadURL: 'ftp://ftp.example.gov/pub/traffic.gdb.zip',
			mediaType: 'application/octet-stream',
		});
		expect(dataJsonProblems(document, catalogue)).toEqual([]);
		const graph = toGraph(toDcatAp(catalogue, options));
		expect(shaclViolations(await validateWithShacl(graph, readShapes(), sourceMapOf(catalogue, options)))).toEqual([]);
	});
});
