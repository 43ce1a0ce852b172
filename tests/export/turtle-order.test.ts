/**
 * `toTurtleOrder` gives the Turtle writer the triples of `toGraph` in the order its N3 store
 * iterates them, without building the store: the published catalog.ttl must stay byte for byte
 * what it was when each part's Turtle came from a store.
 */
import { describe, expect, it } from 'vitest';
import { dcatApParts, toDcatAp, toDcatApDataset, type JsonLdDocument } from '../../src/lib/export/dcat-ap/catalogue.ts';
import { DCAT_AP_CONTEXT } from '../../src/lib/export/dcat-ap/context.ts';
import { toGraph, toTurtle, toTurtleOrder } from '../../src/lib/export/dcat-ap/rdf.ts';
import { computeQuality } from '../../src/lib/quality/catalogue-quality.ts';
import { EMPTY_REPORT } from '../../src/lib/links/link-report.ts';
import { loadFixture } from './support.ts';

const options = { siteUrl: 'https://example.org', base: '/' };

async function sameTurtle(document: JsonLdDocument, prefix = 'p1') {
	const fromStore = await toTurtle(toGraph(document, prefix));
	expect(await toTurtle(toTurtleOrder(document, prefix))).toBe(fromStore);
	return fromStore;
}

describe('toTurtleOrder', () => {
	it('gives the Turtle of the store for the example catalogue, whole, in parts and per dataset', async () => {
		const catalogue = await loadFixture('.');
		const withQuality = { ...options, quality: computeQuality(catalogue, EMPTY_REPORT) };
		expect(await sameTurtle(toDcatAp(catalogue, withQuality), '')).toContain('dcat:Catalog');
		// Parts of one dataset: later parts publish what earlier ones did not, shared nodes left out.
		for (const part of dcatApParts(catalogue, withQuality, 1)) {
			await sameTurtle(part.document);
			await sameTurtle({ '@context': part.document['@context'], '@graph': part.published });
		}
		for (const dataset of catalogue.datasets) await sameTurtle(toDcatApDataset(catalogue, dataset.identifier, withQuality));
	});

	it('orders terms as first seen, drops repeated triples and tells literals apart by language and datatype', async () => {
		const a = 'https://example.org/a';
		const b = 'https://example.org/b';
		const turtle = await sameTurtle({
			'@context': DCAT_AP_CONTEXT,
			'@graph': [
				{ '@id': b, 'dct:title': ['x', { '@value': 'x', '@language': 'en' }, { '@value': 'x', '@type': 'xsd:date' }, 'x'], 'dct:relation': { '@id': a } },
				{ '@id': a, 'dct:title': 'y', 'dct:temporal': [{ 'dcat:startDate': 'z' }, { 'dcat:startDate': 'z' }], 'dct:relation': { '@id': b } },
				{ '@id': b, 'dct:relation': { '@id': a }, 'dct:identifier': 'b' },
			],
		});
		expect(turtle.match(/"x"/g)).toHaveLength(3);
		expect(turtle.indexOf(`<${b}>`)).toBeLessThan(turtle.indexOf(`<${a}> dct:title`));
	});
});
