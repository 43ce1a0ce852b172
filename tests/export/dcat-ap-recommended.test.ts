/**
 * The DCAT-AP 3.0.1 recommended properties the export gives: a distribution's availability and
 * description, the types of publishers and licences (ADMS), and the catalogue's issue date,
 * metadata licence and spatial coverage.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { toDcatAp } from '../../src/lib/export/dcat-ap/catalogue.ts';
import { expand } from '../../src/lib/export/dcat-ap/context.ts';
import { toGraph } from '../../src/lib/export/dcat-ap/rdf.ts';
import { catalogueWith, cleanUp } from '../validate/support.ts';
import { loadFixture, objects } from './support.ts';

const options = { siteUrl: 'https://example.org', base: '/' };
const CATALOG = 'https://example.org/#catalogue';
const EU = 'http://publications.europa.eu/resource/authority/';

afterAll(cleanUp);

describe('DCAT-AP recommended properties', () => {
	it('give every distribution an availability, and a description (its title when it has none)', async () => {
		const catalogue = await loadFixture('.');
		const quads = toGraph(toDcatAp(catalogue, options));
		const distributions = [...quads]
			.filter((q) => q.predicate.value === expand('rdf:type') && q.object.value === expand('dcat:Distribution'))
			.map((q) => q.subject.value);
		expect(distributions.length).toBeGreaterThan(50);
		for (const distribution of distributions) {
			expect(objects(quads, distribution, 'http://data.europa.eu/r5r/availability'), distribution).toEqual([`${EU}planned-availability/AVAILABLE`]);
			expect(objects(quads, distribution, 'dct:description').length, distribution).toBeGreaterThan(0);
		}
		expect(objects(quads, `${EU}planned-availability/AVAILABLE`, 'skos:inScheme')).toEqual([`${EU}planned-availability`]);
		const untitled = catalogue.datasets.flatMap((dataset) => (dataset.distributions ?? []).map((d, i) => ({ dataset, d, i }))).find(({ d }) => !d.description)!;
		const iri = `https://example.org/en/datasets/${untitled.dataset.identifier}/#distribution-${untitled.i + 1}`;
		expect(objects(quads, iri, 'dct:description')).toContain(`${untitled.d.title.en}@en`);
	});

	it('type publishers by the catalogue’s level of government, municipalities and crown corporations by their own', async () => {
		const catalogue = await loadFixture('.');
		expect(catalogue.config.government_level).toBe('regional');
		const quads = toGraph(toDcatAp(catalogue, options));
		const type = (id: string) => objects(quads, `https://example.org/en/publishers/${id}/#publisher`, 'dct:type');
		for (const publisher of catalogue.publishers) {
			const expected = publisher.type === 'municipality' ? 'LocalAuthority' : publisher.type === 'crown_corporation' ? 'Company' : 'RegionalAuthority';
			expect(type(publisher.id), publisher.id).toEqual([`http://purl.org/adms/publishertype/${expected}`]);
		}
		expect(objects(quads, 'https://example.org/#publisher', 'dct:type')).toEqual(['http://purl.org/adms/publishertype/RegionalAuthority']);
		expect(objects(quads, 'http://purl.org/adms/publishertype/RegionalAuthority', 'skos:inScheme')).toEqual(['http://purl.org/adms/publishertype/1.0']);
	});

	it('type licences from the well-known licence they are equivalent to', async () => {
		const catalogue = await loadFixture('.');
		const quads = toGraph(toDcatAp(catalogue, options));
		const byId = (id: string) => catalogue.config.licences.find((licence) => licence.id === id)!.url;
		expect(objects(quads, byId('cc-by-4-0'), 'dct:type')).toEqual(['http://purl.org/adms/licencetype/Attribution']);
		expect(objects(quads, byId('cc0-1-0'), 'dct:type')).toEqual(['http://purl.org/adms/licencetype/PublicDomain']);
		expect(objects(quads, byId('odbl-1-0'), 'dct:type')).toEqual([
			'http://purl.org/adms/licencetype/Attribution',
			'http://purl.org/adms/licencetype/ShareAlike',
		]);
	});

	it('date the catalogue by its first dataset and give its metadata licence and the area it covers', async () => {
		const catalogue = await loadFixture('.');
		const quads = toGraph(toDcatAp(catalogue, options));
		const first = catalogue.datasets.map((dataset) => dataset.issued).sort()[0]!;
		expect(objects(quads, CATALOG, 'dct:issued')).toEqual([`${first}^^${expand('xsd:date')}`]);
		expect(objects(quads, CATALOG, 'dct:license')).toEqual(['https://creativecommons.org/publicdomain/zero/1.0/']);
		const [spatial] = objects(quads, CATALOG, 'dct:spatial');
		expect(spatial).toBe('https://example.org/#spatial-coverage');
		expect(objects(quads, spatial!, 'skos:prefLabel')).toEqual(['Province de Belle-Rivière@fr', 'Province of Belle-Rivière@en']);
	});

	it('leave out what the catalogue does not say: no level of government, no metadata licence, no area', async () => {
		const catalogue = await loadFixture('tests/fixtures/minimal');
		const quads = toGraph(toDcatAp(catalogue, options));
		expect(objects(quads, CATALOG, 'dct:license')).toEqual([]);
		expect(objects(quads, CATALOG, 'dct:spatial')).toEqual([]);
		expect(objects(quads, 'https://example.org/#publisher', 'dct:type')).toEqual([]);
	});

	it('refuse a metadata licence that is not one of the catalogue’s licences', async () => {
		const dir = catalogueWith(undefined);
		writeFileSync(`${dir}/catalogue.yaml`, `${readFileSync(`${dir}/catalogue.yaml`, 'utf8')}metadata_licence: cc-zero\n`);
		const { diagnostics } = await loadCatalogue(dir);
		expect(diagnostics.filter((d) => d.severity === 'error')).toMatchObject([
			{ file: 'catalogue.yaml', field: 'metadata_licence', code: 'ref.licence', got: '"cc-zero"' },
		]);
	});
});
