import type { Quad, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { toDcatAp } from '../../src/lib/export/dcat-ap/catalogue.ts';
import { expand } from '../../src/lib/export/dcat-ap/context.ts';
import { toGraph, toShaclGraph } from '../../src/lib/export/dcat-ap/rdf.ts';
import { shaclResults } from '../../src/lib/export/dcat-ap/shacl.ts';
import { ShaclGraph } from '../../src/lib/export/dcat-ap/shacl-graph.ts';
import { readShapes } from '../../src/lib/export/dcat-ap/shapes.ts';
import { loadFixture } from './support.ts';

const options = { siteUrl: 'https://example.org', base: '/' };
const { namedNode, literal, quad } = DataFactory;

/** Quads as one text, a line each, their graph included, so that two lists compare in order at once. */
const text = (quads: Iterable<Quad>) =>
	[...quads].map((one) => `${one.subject.termType} ${one.subject.value} ${one.predicate.value} ${JSON.stringify(one.object)} ${one.graph.termType}`).join('\n');

/** The example catalogue's export as a document, with a dataset broken so the shapes have results to give. */
async function brokenExample() {
	const catalogue = await loadFixture('.');
	delete catalogue.datasetById.get('traffic-volumes')!.distributions![1]!.download_url;
	catalogue.publishers[0]!.name = {};
	return toDcatAp(catalogue, options);
}

describe('ShaclGraph answers as an N3 store does', () => {
	it('gives the same quads in the same order for every pattern the validator can ask', async () => {
		const document = await brokenExample();
		const store = toGraph(document, 'p0');
		const graph = toShaclGraph(document, 'p0');
		expect(graph.size).toBe(store.size);
		expect(text(graph)).toBe(text(store));
		const quads = store.getQuads(null, null, null, null);
		// Each quad's own terms in each combination of given and wildcard positions, and a term the graph lacks.
		const missing = namedNode('https://example.org/nowhere');
		const patterns: Array<[Term | null, Term | null, Term | null]> = [
			[missing, null, null],
			[null, missing, null],
			[null, null, missing],
			[null, null, null],
		];
		for (const { subject, predicate, object } of quads.filter((_, index) => index % 23 === 0))
			for (let mask = 1; mask < 8; mask++) patterns.push([mask & 1 ? subject : null, mask & 2 ? predicate : null, mask & 4 ? object : null]);
		for (const [s, p, o] of patterns) {
			expect(text(graph.match(s, p, o)), `${s?.value} ${p?.value} ${o?.value}`).toBe(text(store.match(s, p, o)));
			expect(graph.match(s, p, o).size).toBe(store.match(s, p, o).size);
		}
		expect(graph.match(null, null, null, namedNode('https://example.org/graph')).size).toBe(0);
		expect(graph.has(quads[3]!)).toBe(true);
		expect(graph.has(quad(quads[3]!.subject, quads[3]!.predicate, literal('not there')))).toBe(false);
	});

	it('drops duplicate triples, and reads triples added after it was first read', () => {
		const graph = new ShaclGraph();
		const title = namedNode(expand('dct:title'));
		const a = namedNode('https://example.org/a');
		graph.add(quad(a, title, literal('A', 'en')));
		graph.add(quad(a, title, literal('A', 'en')));
		expect(graph.size).toBe(1);
		graph.add(quad(a, title, literal('A', 'fr')));
		expect(text(graph.match(a, title, null))).toBe(text([quad(a, title, literal('A', 'en')), quad(a, title, literal('A', 'fr'))]));
		expect(() => graph.add(quad(a, title, literal('B'), namedNode('https://example.org/graph')))).toThrow(/default graph/);
	});

	it('gives rdf-validate-shacl the same results, in the same order, as the N3 store', async () => {
		const document = await brokenExample();
		const shapes = readShapes();
		const fromGraph = await shaclResults(toShaclGraph(document, 'p0'), shapes);
		expect(fromGraph.length).toBeGreaterThan(1);
		expect(fromGraph).toEqual(await shaclResults(toGraph(document, 'p0'), shapes));
	});
});
