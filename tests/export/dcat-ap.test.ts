import { describe, expect, it } from 'vitest';
import { toDcatAp, toDcatApDataset } from '../../src/lib/export/dcat-ap/catalogue.ts';
import { expand } from '../../src/lib/export/dcat-ap/context.ts';
import { bboxToWkt } from '../../src/lib/export/dcat-ap/dataset.ts';
import { toGraph, toTurtle } from '../../src/lib/export/dcat-ap/rdf.ts';
import { loadFixture, objects } from './support.ts';

const options = { siteUrl: 'https://example.org', base: '/catalogue/' };
const PAGE = 'https://example.org/catalogue/en/datasets/traffic-volumes/';
const DATASET = `${PAGE}#dataset`;
const EU = 'http://publications.europa.eu/resource/authority/';

async function minimalQuads(edit?: Parameters<typeof Array.prototype.forEach>[0]) {
	const catalogue = await loadFixture('tests/fixtures/minimal');
	if (edit) [catalogue].forEach(edit);
	return { catalogue, quads: toGraph(toDcatAp(catalogue, options)) };
}

describe('toDcatAp maps the catalogue to DCAT-AP 3.0.1', () => {
	it('describes the catalogue with its titles per language, publisher, datasets, homepage, languages and theme taxonomy', async () => {
		const { quads } = await minimalQuads();
		const catalog = 'https://example.org/catalogue/#catalogue';
		expect(objects(quads, catalog, 'rdf:type')).toEqual([expand('dcat:Catalog')]);
		expect(objects(quads, catalog, 'dct:title')).toEqual(['Catalogue d’essai@fr', 'Test Catalogue@en']);
		expect(objects(quads, catalog, 'dct:description')).toHaveLength(2);
		expect(objects(quads, catalog, 'dcat:dataset')).toEqual([DATASET]);
		expect(objects(quads, catalog, 'foaf:homepage')).toEqual(['https://example.org/catalogue/en/']);
		expect(objects(quads, catalog, 'dct:language')).toEqual([`${EU}language/ENG`, `${EU}language/FRA`]);
		expect(objects(quads, catalog, 'dcat:themeTaxonomy')).toEqual([`${EU}data-theme`]);
		const publisher = objects(quads, catalog, 'dct:publisher')[0]!;
		expect(objects(quads, publisher, 'rdf:type')).toEqual([expand('foaf:Agent')]);
		expect(objects(quads, publisher, 'foaf:name')).toEqual(['Bureau des données ouvertes@fr', 'Open Data Office@en']);
	});

	it('describes a dataset with typed dates, vocabulary IRIs, a vCard contact and its landing pages', async () => {
		const { quads } = await minimalQuads();
		expect(objects(quads, DATASET, 'dct:identifier')).toEqual(['traffic-volumes']);
		expect(objects(quads, DATASET, 'dct:title')).toEqual(['Traffic volumes@en', 'Volumes de circulation@fr']);
		expect(objects(quads, DATASET, 'dcat:theme')).toEqual([`${EU}data-theme/TRAN`]);
		expect(objects(quads, `${EU}data-theme/TRAN`, 'rdf:type')).toEqual([expand('skos:Concept')]);
		expect(objects(quads, DATASET, 'dct:issued')).toEqual([`2020-01-15^^${expand('xsd:date')}`]);
		expect(objects(quads, DATASET, 'dct:modified')).toEqual([`2024-06-30^^${expand('xsd:date')}`]);
		expect(objects(quads, DATASET, 'dct:accrualPeriodicity')).toEqual([`${EU}frequency/ANNUAL`]);
		expect(objects(quads, DATASET, 'dct:accessRights')).toEqual([`${EU}access-right/PUBLIC`]);
		expect(objects(quads, DATASET, 'dcat:landingPage')).toEqual([PAGE, 'https://example.org/catalogue/fr/datasets/traffic-volumes/']);
		expect(objects(quads, DATASET, 'dct:publisher')).toEqual(['https://example.org/catalogue/en/publishers/mto/#publisher']);
		const contact = objects(quads, DATASET, 'dcat:contactPoint')[0]!;
		expect(objects(quads, contact, 'rdf:type')).toEqual([expand('vcard:Kind')]);
		expect(objects(quads, contact, 'vcard:hasEmail')).toEqual(['mailto:mto@example.org']);
	});

	it('describes keywords, coverage, languages and the rationale of a restricted dataset', async () => {
		const { quads } = await minimalQuads((catalogue) => {
			const dataset = catalogue.datasets[0]!;
			Object.assign(dataset, {
				keywords: { en: ['roads'], fr: ['routes'] },
				temporal_coverage: { start: '2005-01-01', end: '2025-12-31' },
				spatial_coverage: { name: { en: 'Province', fr: 'Province' }, bbox: [-77.9, 44.6, -69.8, 51.3] },
				languages: ['en', 'fr'],
				access_level: 'restricted',
				exemption: 'privacy',
				rationale: { en: 'Personal information.', fr: 'Renseignements personnels.' },
			});
		});
		expect(objects(quads, DATASET, 'dcat:keyword')).toEqual(['roads@en', 'routes@fr']);
		expect(objects(quads, DATASET, 'dct:language')).toEqual([`${EU}language/ENG`, `${EU}language/FRA`]);
		const period = objects(quads, DATASET, 'dct:temporal')[0]!;
		expect(objects(quads, period, 'rdf:type')).toEqual([expand('dct:PeriodOfTime')]);
		expect(objects(quads, period, 'dcat:startDate')).toEqual([`2005-01-01^^${expand('xsd:date')}`]);
		expect(objects(quads, period, 'dcat:endDate')).toEqual([`2025-12-31^^${expand('xsd:date')}`]);
		const place = objects(quads, DATASET, 'dct:spatial')[0]!;
		expect(objects(quads, place, 'rdf:type')).toEqual([expand('dct:Location')]);
		expect(objects(quads, place, 'dcat:bbox')).toEqual([`${bboxToWkt([-77.9, 44.6, -69.8, 51.3])}^^${expand('gsp:wktLiteral')}`]);
		expect(objects(quads, DATASET, 'dct:accessRights')).toEqual([`${EU}access-right/NON_PUBLIC`]);
		const rights = objects(quads, DATASET, 'dct:rights')[0]!;
		expect(objects(quads, rights, 'rdf:type')).toEqual([expand('dct:RightsStatement')]);
		expect(objects(quads, rights, 'rdfs:label')).toEqual(['Personal information.@en', 'Renseignements personnels.@fr']);
	});

	it('describes every vocabulary concept it uses once: its classes, labels and EU scheme', async () => {
		const { quads } = await minimalQuads((catalogue) => Object.assign(catalogue.datasets[0]!, { languages: ['fr'] }));
		const concept = (iri: string) => ({
			types: objects(quads, iri, 'rdf:type'),
			labels: objects(quads, iri, 'skos:prefLabel'),
			schemes: objects(quads, iri, 'skos:inScheme'),
		});
		expect(concept(`${EU}frequency/ANNUAL`)).toEqual({
			types: [expand('dct:Frequency'), expand('skos:Concept')].sort(),
			labels: ['Annual@en', 'Annuel@fr'],
			schemes: [`${EU}frequency`],
		});
		expect(concept(`${EU}language/FRA`)).toEqual({
			types: [expand('dct:LinguisticSystem'), expand('skos:Concept')].sort(),
			labels: ['Français@fr', 'French@en'],
			schemes: [`${EU}language`],
		});
		expect(concept(`${EU}file-type/CSV`)).toMatchObject({
			types: [expand('dct:MediaTypeOrExtent'), expand('skos:Concept')].sort(),
			schemes: [`${EU}file-type`],
		});
		expect(concept(`${EU}access-right/PUBLIC`)).toEqual({
			types: [expand('dct:RightsStatement'), expand('skos:Concept')].sort(),
			labels: ['public@en', 'public@fr'],
			schemes: [`${EU}access-right`],
		});
		expect(concept(`${EU}data-theme/TRAN`)).toMatchObject({ types: [expand('skos:Concept')], schemes: [`${EU}data-theme`] });
		const catalogue = await loadFixture('.');
		const graph = toDcatAp(catalogue, options)['@graph'];
		const ids = graph
			.filter((node) => node['@type'] === 'Concept' || (Array.isArray(node['@type']) && node['@type'].includes('Concept')))
			.map((node) => node['@id']);
		expect(ids.length).toBeGreaterThan(10);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('says under-review datasets are not public', async () => {
		const { quads } = await minimalQuads((catalogue) =>
			Object.assign(catalogue.datasets[0]!, { access_level: 'under_review', review_note: { en: 'Checking.' } }),
		);
		expect(objects(quads, DATASET, 'dct:accessRights')).toEqual([`${EU}access-right/NON_PUBLIC`]);
	});

	it('says a distribution with a data dictionary conforms to it, published as a Table Schema document', async () => {
		const dictionary = { schema: { fields: [{ name: 'count', type: 'integer' as const }] }, sourcePath: 'datasets/mto/traffic-volumes.yaml' };
		const { quads } = await minimalQuads((catalogue) => Object.assign(catalogue.datasets[0]!.distributions![0]!, { dictionary }));
		const distribution = `${PAGE}#distribution-1`;
		const schema = 'https://example.org/catalogue/datasets/traffic-volumes/distribution-1.schema.json';
		expect(objects(quads, distribution, 'dct:conformsTo')).toEqual([schema]);
		expect(objects(quads, schema, 'rdf:type')).toEqual([expand('dct:Standard')]);
	});

	it('gives no conformsTo to a distribution without a dictionary', async () => {
		const { quads } = await minimalQuads();
		expect(objects(quads, `${PAGE}#distribution-1`, 'dct:conformsTo')).toEqual([]);
	});

	it('describes a distribution with access and download URLs, format, media type, size and licence', async () => {
		const { quads } = await minimalQuads((catalogue) => Object.assign(catalogue.datasets[0]!.distributions![0]!, { byte_size: 1234 }));
		const distribution = `${PAGE}#distribution-1`;
		expect(objects(quads, DATASET, 'dcat:distribution')).toEqual([distribution]);
		expect(objects(quads, distribution, 'dcat:accessURL')).toEqual(['https://example.org/traffic.csv']);
		expect(objects(quads, distribution, 'dcat:downloadURL')).toEqual(['https://example.org/traffic.csv']);
		expect(objects(quads, distribution, 'dct:format')).toEqual([`${EU}file-type/CSV`]);
		expect(objects(quads, distribution, 'dcat:mediaType')).toEqual(['http://www.iana.org/assignments/media-types/text/csv']);
		expect(objects(quads, 'http://www.iana.org/assignments/media-types/text/csv', 'rdf:type')).toEqual([expand('dct:MediaType')]);
		expect(objects(quads, distribution, 'dcat:byteSize')).toEqual([`1234^^${expand('xsd:nonNegativeInteger')}`]);
		expect(objects(quads, distribution, 'dct:license')).toEqual(['https://example.org/ogl']);
		expect(objects(quads, 'https://example.org/ogl', 'rdf:type')).toEqual([expand('dct:LicenseDocument')]);
		expect(objects(quads, 'https://example.org/ogl', 'dct:title')).toEqual(['Licence du gouvernement ouvert@fr', 'Open Government Licence@en']);
		expect(objects(quads, 'https://example.org/ogl', 'skos:exactMatch')).toEqual([`${EU}licence/CC_BY_4_0`, 'http://spdx.org/licenses/CC-BY-4.0']);
	});

	it('uses the term names of the official DCAT-AP 3.0.1 context', async () => {
		const catalogue = await loadFixture('tests/fixtures/minimal');
		const document = toDcatAp(catalogue, options);
		const dataset = document['@graph'].find((node) => node['@type'] === 'Dataset')!;
		expect(Object.keys(dataset)).toEqual(
			expect.arrayContaining(['title', 'releaseDate', 'modificationDate', 'contactPoint', 'frequency', 'accessRights', 'landingPage', 'datasetDistribution']),
		);
		expect(dataset['releaseDate']).toEqual({ '@value': '2020-01-15', '@type': 'xsd:date' });
		const distribution = document['@graph'].find((node) => node['@type'] === 'Distribution')!;
		expect(distribution['accessUrl']).toEqual({ '@id': 'https://example.org/traffic.csv' });
		expect(document['@context']).toMatchObject({ Dataset: 'dcat:Dataset', accessUrl: 'dcat:accessURL', dcat: 'http://www.w3.org/ns/dcat#' });
	});

	it('writes a stand-alone document per dataset and Turtle with prefixes, without the network', async () => {
		const catalogue = await loadFixture('tests/fixtures/minimal');
		const quads = toGraph(toDcatApDataset(catalogue, 'traffic-volumes', options));
		expect(objects(quads, DATASET, 'rdf:type')).toEqual([expand('dcat:Dataset')]);
		expect(objects(quads, 'https://example.org/catalogue/en/publishers/mto/#publisher', 'foaf:name').length).toBeGreaterThan(0);
		expect(await toTurtle(quads)).toMatch(/@prefix dcat: <http:\/\/www\.w3\.org\/ns\/dcat#>/);
		expect(() => toGraph({ '@context': 'https://example.org/context.jsonld' as never, '@graph': [] })).toThrow(/Refusing to load the remote JSON-LD context/);
	});
});
