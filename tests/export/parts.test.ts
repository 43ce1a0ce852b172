/**
 * The site exports the catalogue in parts (src/lib/site/dcat-export.ts), so that memory stays
 * bounded; the files it writes must still say exactly what the whole-catalogue document says.
 */
import jsonld from 'jsonld';
import { Parser, Writer, type Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import { catalogueIris, dcatApParts, toDcatAp, type JsonLdDocument } from '../../src/lib/export/dcat-ap/catalogue.ts';
import { exportAndValidate, exportAndValidateTo } from '../../src/lib/site/dcat-export.ts';
import { loadFixture, quadsByJsonLdProcessor } from './support.ts';

const options = { siteUrl: 'https://open-data-catalogue.github.io', base: '/' };

async function canonical(quads: Iterable<Quad>): Promise<string> {
	const nquads = new Writer({ format: 'application/n-quads' }).quadsToString([...quads]);
	return (await jsonld.canonize(nquads, { algorithm: 'URDNA2015', inputFormat: 'application/n-quads', format: 'application/n-quads' })) as string;
}

describe('the export in parts', () => {
	it('writes catalog.jsonld and catalog.ttl that hold the whole catalogue’s graph, however small the parts', async () => {
		const catalogue = await loadFixture('.');
		const whole = await canonical(await quadsByJsonLdProcessor(toDcatAp(catalogue, options)));
		for (const size of [7, 1000]) {
			const files = await exportAndValidate(catalogue, options, size);
			const document = JSON.parse(await files.jsonld.text()) as JsonLdDocument;
			expect(await canonical(await quadsByJsonLdProcessor(document)), `JSON-LD, parts of ${size}`).toBe(whole);
			const turtle = await files.turtle.text();
			expect(await canonical(new Parser({ format: 'text/turtle' }).parse(turtle)), `Turtle, parts of ${size}`).toBe(whole);
			expect(turtle.match(/^@prefix dcat: /gm), 'prefixes declared once').toHaveLength(1);
		}
	});

	it('lets the event loop turn between parts, so the export worker hears of its output folder before the end', async () => {
		const catalogue = await loadFixture('.');
		const events: string[] = [];
		// Queued before the export starts: it runs at the first turn of the event loop the export allows.
		setImmediate(() => events.push('turn'));
		await exportAndValidateTo({ jsonld: () => events.push('part'), turtle: () => {} }, catalogue, options, 7);
		const parts = events.filter((event) => event === 'part').length;
		// The catalogue's opening, then one write per part: at least three, the turn after the first part's.
		expect(parts).toBeGreaterThanOrEqual(4);
		expect(events.indexOf('turn')).toBe(2);
	});

	it('gives each part what SHACL needs, and publishes shared nodes once', async () => {
		const catalogue = await loadFixture('.');
		const parts = [...dcatApParts(catalogue, options, 10)];
		expect(parts).toHaveLength(Math.ceil(catalogue.datasets.length / 10));
		const catalogueIri = catalogueIris(catalogue, options).catalogue;
		for (const [index, part] of parts.entries()) {
			const ids = part.document['@graph'].map((node) => node['@id']);
			// Every part is a small catalogue of its own: the catalogue node with its title, the agents and licences.
			const catalog = part.document['@graph'].find((node) => node['@id'] === catalogueIri);
			expect(catalog, `part ${index}`).toBeDefined();
			expect(Object.keys(catalog!).length).toBeGreaterThan(3);
			expect(ids.filter((id) => typeof id === 'string' && id.includes('/publishers/')).length).toBe(catalogue.publishers.length);
			if (index > 0) {
				const published = part.published.find((node) => node['@id'] === catalogueIri);
				expect(Object.keys(published!).sort(), 'the catalogue node repeats only its datasets').toHaveLength(2);
				expect(part.published.some((node) => typeof node['@id'] === 'string' && node['@id'].includes('/publishers/'))).toBe(false);
			}
		}
	});

	it('refuses parts of no dataset', () => {
		return loadFixture('tests/fixtures/minimal').then((catalogue) => {
			expect(() => [...dcatApParts(catalogue, options, 0)]).toThrow('A part holds at least one dataset (got 0)');
		});
	});
});
