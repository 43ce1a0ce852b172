import { describe, expect, it } from 'vitest';
import type { JsonLdDocument } from '../../src/lib/export/dcat-ap/catalogue.ts';
import { DCAT_AP_CONTEXT, expand } from '../../src/lib/export/dcat-ap/context.ts';
import { toGraph } from '../../src/lib/export/dcat-ap/rdf.ts';
import { objects, quadsByJsonLdProcessor } from './support.ts';

const ID = 'https://example.org/en/datasets/x/#dataset';

function document(...graph: JsonLdDocument['@graph']): JsonLdDocument {
	return { '@context': DCAT_AP_CONTEXT, '@graph': graph };
}

describe('toGraph reads the export’s JSON-LD as a JSON-LD processor would', () => {
	it('expands terms, compact IRIs and datatypes, tags languages and describes nested nodes', async () => {
		const doc = document({
			'@id': ID,
			'@type': ['Dataset', 'dcat:Resource'],
			title: [
				{ '@value': 'Roads', '@language': 'en' },
				{ '@value': 'Routes', '@language': 'fr' },
			],
			'dct:identifier': 'x',
			releaseDate: { '@value': '2024-01-31', '@type': 'xsd:date' },
			'dct:description': { '@value': 'plain', '@type': 'xsd:string' },
			theme: {
				'@id': 'http://publications.europa.eu/resource/authority/data-theme/TRAN',
				'@type': 'skos:Concept',
				'skos:prefLabel': { '@value': 'Transport', '@language': 'en' },
			},
			'dct:temporal': { 'dcat:startDate': { '@value': '2020-01-01', '@type': 'xsd:date' } },
			'dcat:contactPoint': { '@id': 'mailto:a@example.org' },
		});
		const graph = toGraph(doc);
		expect(objects(graph, ID, 'rdf:type')).toEqual([expand('dcat:Dataset'), expand('dcat:Resource')]);
		expect(objects(graph, ID, 'dct:title')).toEqual(['Roads@en', 'Routes@fr']);
		expect(objects(graph, ID, 'dct:issued')).toEqual([`2024-01-31^^${expand('xsd:date')}`]);
		expect(objects(graph, ID, 'dct:description')).toEqual(['plain']);
		expect(objects(graph, 'http://publications.europa.eu/resource/authority/data-theme/TRAN', 'skos:prefLabel')).toEqual(['Transport@en']);
		expect(objects(graph, ID, 'dcat:contactPoint')).toEqual(['mailto:a@example.org']);
		const [period] = graph.getQuads(null, null, null, null).filter((q) => q.predicate.value === expand('dct:temporal'));
		expect(period?.object.termType).toBe('BlankNode');
		expect(graph.size).toBe((await quadsByJsonLdProcessor(doc)).length);
	});

	it('writes a triple once however often the document repeats it', () => {
		const theme = { '@id': 'http://publications.europa.eu/resource/authority/data-theme/TRAN', '@type': 'skos:Concept' };
		const graph = toGraph(document({ '@id': ID, theme }, { '@id': `${ID}-2`, theme }));
		expect(graph.getQuads(null, null, null, null).filter((q) => q.subject.value === theme['@id'])).toHaveLength(1);
	});

	it('refuses what it would otherwise drop or misread, naming where', () => {
		expect(() => toGraph({ '@context': 'https://example.org/context.jsonld' as never, '@graph': [] })).toThrow(
			'Refusing to load the remote JSON-LD context https://example.org/context.jsonld',
		);
		expect(() => toGraph(document({ '@id': ID, titel: 'typo' }))).toThrow('@graph: "titel" does not expand to an absolute IRI');
		expect(() => toGraph(document({ '@id': 'datasets/x' }))).toThrow('@graph: @id "datasets/x" is not an absolute IRI');
		expect(() => toGraph(document({ '@id': 'https://example.org/a b' }))).toThrow(/is not an absolute IRI/);
		expect(() => toGraph(document({ '@id': ID, 'dcat:byteSize': 12 }))).toThrow('@graph dcat:byteSize: 12 is not written explicitly');
		expect(() => toGraph(document({ '@id': ID, title: { '@value': 'x', '@language': 'en gb' } }))).toThrow('@graph title: invalid @language');
		expect(() => toGraph(document({ '@id': ID, 'dcat:keyword': { '@list': ['a'] } }))).toThrow(
			'@graph dcat:keyword: the JSON-LD keyword @list is not written by the export',
		);
		expect(() => toGraph(document({ '@id': ID, '@reverse': {} }))).toThrow('the JSON-LD keyword @reverse');
		expect(() => toGraph({ ...document(), '@id': 'x' } as JsonLdDocument)).toThrow('Unexpected top-level key "@id"');
	});
});
