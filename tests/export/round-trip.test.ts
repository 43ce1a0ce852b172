/**
 * The three forms of the export say the same thing. `catalog.ttl` is written from the graph the
 * export builds itself (`toGraph`, which also feeds SHACL); that graph must equal what a general
 * JSON-LD processor (jsonld.js) reads in `catalog.jsonld`, and the Turtle must parse back into it.
 * Graphs are compared after RDF Dataset Canonicalization, so blank-node labels do not matter.
 */
import jsonld from 'jsonld';
import { Parser, Writer, type Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import { toDcatAp, toDcatApDataset } from '../../src/lib/export/dcat-ap/catalogue.ts';
import { toGraph, toTurtle } from '../../src/lib/export/dcat-ap/rdf.ts';
import { loadFixture, quadsByJsonLdProcessor } from './support.ts';

function toNQuads(quads: Iterable<Quad>): string {
	return new Writer({ format: 'application/n-quads' }).quadsToString([...quads]);
}

async function canonical(quads: Iterable<Quad>): Promise<string> {
	return (await jsonld.canonize(toNQuads(quads), { algorithm: 'URDNA2015', inputFormat: 'application/n-quads', format: 'application/n-quads' })) as string;
}

const options = { siteUrl: 'https://open-data-catalogue.github.io', base: '/' };

describe('catalog.jsonld and catalog.ttl', () => {
	it('give the same graph: the JSON-LD read by jsonld.js, the export’s own graph and the Turtle parsed back', async () => {
		const document = toDcatAp(await loadFixture('.'), options);
		const fromJsonLd = await quadsByJsonLdProcessor(document);
		const graph = toGraph(document);
		const fromTurtle = new Parser({ format: 'text/turtle' }).parse(await toTurtle(graph));
		expect(fromJsonLd.length).toBeGreaterThan(1000);
		expect(graph.size).toBe(new Set(fromJsonLd.map((q) => toNQuads([q]))).size);
		expect(fromTurtle.length).toBe(graph.size);
		const expected = await canonical(fromJsonLd);
		expect(await canonical(graph)).toBe(expected);
		expect(await canonical(fromTurtle)).toBe(expected);
	});

	it('give the same graph for a dataset’s own document', async () => {
		const catalogue = await loadFixture('.');
		for (const id of ['traffic-volumes', 'physician-billing']) {
			const document = toDcatApDataset(catalogue, id, options);
			expect(await canonical(toGraph(document))).toBe(await canonical(await quadsByJsonLdProcessor(document)));
		}
	});
});
