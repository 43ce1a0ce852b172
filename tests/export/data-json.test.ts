import { describe, expect, it } from 'vitest';
import podSchema from '../../schemas/data-json/project-open-data-v1.1.schema.json' with { type: 'json' };
import frequencies from '../../src/lib/vocabularies/frequencies.json' with { type: 'json' };
import { toDataJson } from '../../src/lib/export/data-json/catalog.ts';
import { toPodDataset } from '../../src/lib/export/data-json/dataset.ts';
import { toPodDistribution } from '../../src/lib/export/data-json/distribution.ts';
import { dataJsonProblems } from '../../src/lib/export/data-json/validate.ts';
import { podAccessLevel, podAccrualPeriodicity, podRights, podSpatial, podTemporal, RIGHTS_MAX_LENGTH } from '../../src/lib/export/data-json/values.ts';
import { catalogueIris } from '../../src/lib/export/dcat-ap/catalogue.ts';
import type { Catalogue, Dataset } from '../../src/lib/model/catalogue.ts';
import { exportDataJson } from '../../src/lib/site/data-json-export.ts';
import { loadFixture } from './support.ts';

const options = { siteUrl: 'https://example.org', base: '/catalogue/' };
const PAGE = 'https://example.org/catalogue/en/datasets/traffic-volumes/';

async function minimal(edit?: (catalogue: Catalogue, dataset: Dataset) => void) {
	const catalogue = await loadFixture('tests/fixtures/minimal');
	edit?.(catalogue, catalogue.datasets[0]!);
	return { catalogue, dataset: toPodDataset(catalogue.datasets[0]!, catalogue, catalogueIris(catalogue, options)) };
}

describe('data.json field rules', () => {
	it('maps access levels: only open data is public; restricted and under-review data is non-public', () => {
		expect(podAccessLevel('open')).toBe('public');
		expect(podAccessLevel('restricted')).toBe('non-public');
		expect(podAccessLevel('under_review')).toBe('non-public');
	});

	it('writes update frequencies as ISO 8601 repeating durations, irregular as the schema’s word, and leaves out the rest', () => {
		expect(podAccrualPeriodicity('ANNUAL')).toBe('R/P1Y');
		expect(podAccrualPeriodicity('ANNUAL_2')).toBe('R/P6M');
		expect(podAccrualPeriodicity('BIWEEKLY')).toBe('R/P2W');
		expect(podAccrualPeriodicity('HOURLY')).toBe('R/PT1H');
		expect(podAccrualPeriodicity('UPDATE_CONT')).toBe('R/PT1S');
		expect(podAccrualPeriodicity('IRREG')).toBe('irregular');
		for (const code of ['NEVER', 'OTHER', 'UNKNOWN']) expect(podAccrualPeriodicity(code), code).toBeUndefined();
	});

	it('gives every period of the frequency table in the form the schema accepts', () => {
		const pattern = new RegExp(podSchema.$defs.dataset.properties.accrualPeriodicity.anyOf[1]!.pattern!);
		const periods = frequencies.entries.flatMap((entry) => (entry.iso8601 ? [entry.iso8601] : []));
		expect(periods.length).toBe(14);
		for (const period of periods) expect(period, period).toMatch(pattern);
	});

	it('writes spatial coverage as a bounding box, else the gazetteer address, else the name', () => {
		const name = { en: 'Province', fr: 'Province (fr)' };
		expect(podSpatial({ name, bbox: [-77.9, 44.6, -69.8, 51.3], uri: 'https://sws.geonames.org/6093943/' }, 'en', ['en', 'fr'])).toBe('-77.9,44.6,-69.8,51.3');
		expect(podSpatial({ name, uri: 'https://sws.geonames.org/6093943/' }, 'en', ['en', 'fr'])).toBe('https://sws.geonames.org/6093943/');
		expect(podSpatial({ name }, 'fr', ['en', 'fr'])).toBe('Province (fr)');
		expect(podSpatial(undefined, 'en', ['en'])).toBeUndefined();
	});

	it('writes temporal coverage as start/end, and a period still going on as an unbounded repeating interval from its start', () => {
		expect(podTemporal({ start: '2005-01-01', end: '2025-12-31' })).toBe('2005-01-01/2025-12-31');
		expect(podTemporal({ start: '2005-01-01' })).toBe('R/2005-01-01/P1D');
		expect(podTemporal(undefined)).toBeUndefined();
	});

	it('explains non-public data in rights: plain text of the rationale or review note, at most 255 characters', async () => {
		const { catalogue } = await minimal();
		const dataset = catalogue.datasets[0]!;
		expect(podRights(dataset, 'en', ['en', 'fr'])).toBeUndefined();
		Object.assign(dataset, {
			access_level: 'restricted',
			rationale: { en: `**Personal** information. ${'Released data could identify people. '.repeat(20)}`, fr: 'Renseignements personnels.' },
		});
		const rights = podRights(dataset, 'en', ['en', 'fr'])!;
		expect(rights.startsWith('Personal information. Released data')).toBe(true);
		expect(rights.length).toBeLessThanOrEqual(RIGHTS_MAX_LENGTH);
		expect(rights.endsWith('…')).toBe(true);
		expect(podRights(dataset, 'fr', ['en', 'fr'])).toBe('Renseignements personnels.');
		Object.assign(dataset, { access_level: 'under_review', review_note: { en: 'Being checked for privacy.' } });
		expect(podRights(dataset, 'fr', ['en', 'fr'])).toBe('Being checked for privacy.');
		delete dataset.review_note;
		expect(podRights(dataset, 'en', ['en', 'fr'])).toBeUndefined();
	});
});

describe('toPodDataset', () => {
	it('describes a dataset in the catalogue’s first language, identified by its DCAT-AP IRI', async () => {
		const { dataset } = await minimal();
		expect(dataset).toMatchObject({
			'@type': 'dcat:Dataset',
			title: 'Traffic volumes',
			description: 'Daily traffic counts.',
			modified: '2024-06-30',
			issued: '2020-01-15',
			publisher: { '@type': 'org:Organization', name: 'Ministry of Transportation' },
			contactPoint: { '@type': 'vcard:Contact', hasEmail: 'mailto:mto@example.org' },
			identifier: `${PAGE}#dataset`,
			landingPage: PAGE,
			accessLevel: 'public',
			license: 'https://example.org/ogl',
			accrualPeriodicity: 'R/P1Y',
			theme: ['Transport'],
		});
		expect(dataset.rights).toBeUndefined();
	});

	it('falls back to another language for a missing text, and to the theme names for keywords', async () => {
		const { dataset } = await minimal((_, record) => {
			record.title = { fr: 'Volumes de circulation' };
			delete record.keywords;
		});
		expect(dataset.title).toBe('Volumes de circulation');
		expect(dataset.keyword).toEqual(['Transport']);
		const withFrenchKeywords = await minimal((_, record) => Object.assign(record, { keywords: { fr: ['routes'] } }));
		expect(withFrenchKeywords.dataset.keyword).toEqual(['routes']);
	});

	it('names the contact after the publisher when the contact point has no name', async () => {
		const { dataset } = await minimal((_, record) => delete record.contact_point.name);
		expect(dataset.contactPoint.fn).toBe('Ministry of Transportation');
	});

	it('takes the US federal codes from the publisher when it has its own, else from catalogue.yaml', async () => {
		const { dataset } = await minimal();
		expect([dataset.bureauCode, dataset.programCode]).toEqual([['000:00'], ['000:000']]);
		const own = await minimal((catalogue) => Object.assign(catalogue.publishers[0]!, { data_json: { bureau_code: '021:04', program_code: '021:005' } }));
		expect([own.dataset.bureauCode, own.dataset.programCode]).toEqual([['021:04'], ['021:005']]);
	});

	it('writes the data languages, coverage and the rights of non-public data', async () => {
		const { dataset } = await minimal((_, record) =>
			Object.assign(record, {
				languages: ['en', 'fr'],
				temporal_coverage: { start: '2005-01-01', end: '2025-12-31' },
				spatial_coverage: { name: { en: 'Province' } },
				access_level: 'under_review',
				review_note: { en: 'Being assessed.' },
				distributions: [],
			}),
		);
		expect(dataset).toMatchObject({
			language: ['en', 'fr'],
			temporal: '2005-01-01/2025-12-31',
			spatial: 'Province',
			accessLevel: 'non-public',
			rights: 'Being assessed.',
		});
		expect('distribution' in dataset).toBe(false);
	});
});

describe('toPodDistribution', () => {
	it('gives the published Table Schema as the machine-readable dictionary, before the dictionary page', () => {
		const distribution = {
			title: { en: 'Counts' },
			download_url: 'https://example.org/c.csv',
			format: 'CSV' as const,
			data_dictionary: 'https://example.org/dict',
		};
		expect(toPodDistribution(distribution, 'en', ['en'], 'https://example.org/datasets/c/distribution-1.schema.json')).toMatchObject({
			describedBy: 'https://example.org/datasets/c/distribution-1.schema.json',
			describedByType: 'application/json',
		});
	});

	it('keeps download and access URLs apart, with the IANA media type, the format’s name and the data dictionary', () => {
		expect(
			toPodDistribution(
				{ title: { en: 'Counts' }, download_url: 'https://example.org/c.csv', format: 'CSV', data_dictionary: 'https://example.org/dict' },
				'en',
				['en'],
			),
		).toEqual({
			'@type': 'dcat:Distribution',
			title: 'Counts',
			downloadURL: 'https://example.org/c.csv',
			mediaType: 'text/csv',
			format: 'CSV',
			describedBy: 'https://example.org/dict',
		});
		expect(
			toPodDistribution(
				{ title: { en: 'API' }, description: { en: 'JSON' }, access_url: 'https://example.org/api', format: 'REST', media_type: 'application/json' },
				'fr',
				['en'],
			),
		).toEqual({
			'@type': 'dcat:Distribution',
			title: 'API',
			description: 'JSON',
			accessURL: 'https://example.org/api',
			mediaType: 'application/json',
			format: 'API REST',
		});
	});
});

describe('toDataJson', () => {
	it('is a Project Open Data v1.1 catalogue at the site root, under the base path', async () => {
		const catalogue = await loadFixture('tests/fixtures/minimal');
		const document = toDataJson(catalogue, options);
		expect(document).toMatchObject({
			'@context': 'https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld',
			'@id': 'https://example.org/catalogue/data.json',
			'@type': 'dcat:Catalog',
			conformsTo: 'https://project-open-data.cio.gov/v1.1/schema',
			describedBy: 'https://project-open-data.cio.gov/v1.1/schema/catalog.json',
		});
		expect(document.dataset.map((d) => d.identifier)).toEqual([`${PAGE}#dataset`]);
		expect(dataJsonProblems(document, catalogue)).toEqual([]);
	});
});

describe('the data.json check', () => {
	it('locates a value the Project Open Data schema refuses in the file it comes from', async () => {
		const catalogue = await loadFixture('.');
		catalogue.datasetById.get('traffic-volumes')!.contact_point.email = 'traffic%data@belle-riviere.example';
		catalogue.datasetById.get('physician-billing')!.distributions = [
			{ title: { en: 'Form' }, access_url: 'https://example.org/form', format: 'HTML', media_type: 'text/html+x+y' },
		];
		const problems = dataJsonProblems(toDataJson(catalogue, options), catalogue);
		expect(problems.map((p) => p.message)).toEqual([
			'datasets/moh/physician-billing.yaml: data.json distribution[0].mediaType "text/html+x+y" must match pattern "^[-\\w]+/[-\\w]+(\\.[-\\w]+)*([+][-\\w]+)?$" (Project Open Data v1.1)',
			'datasets/mto/traffic-volumes.yaml: data.json contactPoint.hasEmail "mailto:traffic%25data%40belle-riviere.example" must match pattern "^mailto:[\\w\\_\\~\\!\\$\\&\\\'\\(\\)\\*\\+\\,\\;\\=\\:.-]+@[\\w.-]+\\.[\\w.-]+?$" (Project Open Data v1.1)',
		]);
		expect(() => exportDataJson(catalogue, options)).toThrow(
			/^data\.json breaks 2 rule\(s\) of the Project Open Data v1\.1 schema:\n {2}datasets\/moh\/physician-billing\.yaml: data\.json distribution\[0\]\.mediaType/,
		);
	});

	it('passes the example catalogue', async () => {
		const catalogue = await loadFixture('.');
		expect(exportDataJson(catalogue, options).dataset).toHaveLength(catalogue.datasets.length);
	});
});
