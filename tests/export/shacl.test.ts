import { DataFactory, type Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { toDcatAp } from '../../src/lib/export/dcat-ap/catalogue.ts';
import { expand } from '../../src/lib/export/dcat-ap/context.ts';
import { toGraph } from '../../src/lib/export/dcat-ap/rdf.ts';
import { shaclViolations, validateWithShacl } from '../../src/lib/export/dcat-ap/shacl.ts';
import { readShapes } from '../../src/lib/export/dcat-ap/shapes.ts';
import { sourceMapOf } from '../../src/lib/export/dcat-ap/source-map.ts';
import type { Catalogue } from '../../src/lib/model/catalogue.ts';
import { exportAndValidate } from '../../src/lib/site/dcat-export.ts';
import { loadFixture } from './support.ts';

const options = { siteUrl: 'https://example.org', base: '/' };

async function findings(catalogue: Catalogue, edit?: (graph: Store) => void) {
	const graph = toGraph(toDcatAp(catalogue, options));
	edit?.(graph);
	return validateWithShacl(graph, readShapes(), sourceMapOf(catalogue, options));
}

describe('the project shapes validate the export', () => {
	it('pass the minimal catalogue and the example catalogue', async () => {
		expect(shaclViolations(await findings(await loadFixture('tests/fixtures/minimal')))).toEqual([]);
		expect(shaclViolations(await findings(await loadFixture('.')))).toEqual([]);
	});

	it('locate a distribution without an access URL in its YAML file', async () => {
		const catalogue = await loadFixture('.');
		delete catalogue.datasetById.get('traffic-volumes')!.distributions![1]!.download_url;
		const violations = shaclViolations(await findings(catalogue));
		expect(violations.map((v) => v.message)).toEqual(['datasets/mto/traffic-volumes.yaml: distribution 2 has no access URL (DCAT-AP: dcat:accessURL 1..n)']);
		expect(violations[0]).toMatchObject({ sourcePath: 'datasets/mto/traffic-volumes.yaml', path: 'dcat:accessURL' });
	});

	it('locate problems of publishers, licences and the catalogue itself', async () => {
		const catalogue = await loadFixture('tests/fixtures/minimal');
		catalogue.publishers[0]!.name = {};
		catalogue.config.licences[0]!.name = {};
		catalogue.config.title = {};
		const messages = shaclViolations(await findings(catalogue)).map((v) => v.message);
		expect(messages).toContain('publishers/mto.yaml: the publisher has no name (DCAT-AP: foaf:name 1..n)');
		expect(messages).toContain('catalogue.yaml: licence ogl has no title (DCAT-AP: dct:title 1..n)');
		expect(messages).toContain('catalogue.yaml: the catalogue has no title (DCAT-AP: dct:title 1..n)');
	});

	it('check that vocabulary values are concepts of their EU table and media types IANA ones', async () => {
		const catalogue = await loadFixture('tests/fixtures/minimal');
		catalogue.datasets[0]!.distributions![0]!.media_type = 'csv';
		const messages = shaclViolations(
			await findings(catalogue, (graph) => {
				const frequency = DataFactory.namedNode('http://publications.europa.eu/resource/authority/frequency/ANNUAL');
				for (const quad of graph.getQuads(frequency, DataFactory.namedNode(expand('skos:inScheme')), null, null)) graph.delete(quad);
			}),
		).map((v) => v.message);
		expect(messages).toEqual([
			// A concept comes from the vocabulary tables, not from a catalogue file: the message names it.
			'<http://publications.europa.eu/resource/authority/frequency/ANNUAL>: concept scheme: must be a concept of the EU frequency table (DCAT-AP: skos:inScheme)',
			'datasets/mto/traffic-volumes.yaml: distribution 1: media type "http://www.iana.org/assignments/media-types/csv": is not an IANA media type (DCAT-AP: dcat:mediaType)',
		]);
	});

	it('stop the build with every located violation', async () => {
		const catalogue = await loadFixture('tests/fixtures/minimal');
		delete catalogue.datasets[0]!.distributions![0]!.download_url;
		await expect(exportAndValidate(catalogue, options)).rejects.toThrow(
			/breaks 1 SHACL rule\(s\):\n {2}datasets\/mto\/traffic-volumes\.yaml: distribution 1 has no access URL/,
		);
	});
});
