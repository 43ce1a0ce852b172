/**
 * The Turtle file says exactly what the JSON-LD says: parse `catalog.ttl` back and compare the two
 * graphs after canonicalisation (RDF Dataset Canonicalization, so blank-node labels do not matter).
 */
import jsonld from 'jsonld';
import { Parser, Writer, type Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import { toDcatAp } from '../../src/lib/export/dcat-ap/catalogue.ts';
import { toQuads, toTurtle } from '../../src/lib/export/dcat-ap/rdf.ts';
import { loadFixture } from './support.ts';

function toNQuads(quads: readonly Quad[]): string {
	return new Writer({ format: 'application/n-quads' }).quadsToString([...quads]);
}

async function canonical(quads: readonly Quad[]): Promise<string> {
	return (await jsonld.canonize(toNQuads(quads), { algorithm: 'URDNA2015', inputFormat: 'application/n-quads', format: 'application/n-quads' })) as string;
}

describe('catalog.ttl', () => {
	it('parses back into the same graph as catalog.jsonld', async () => {
		const catalogue = await loadFixture('.');
		const fromJsonLd = await toQuads(toDcatAp(catalogue, { siteUrl: 'https://open-data-catalogue.github.io', base: '/' }));
		const fromTurtle = new Parser({ format: 'text/turtle' }).parse(await toTurtle(fromJsonLd));
		expect(fromTurtle.length).toBe(fromJsonLd.length);
		expect(fromJsonLd.length).toBeGreaterThan(1000);
		expect(await canonical(fromTurtle)).toBe(await canonical(fromJsonLd));
	});
});
