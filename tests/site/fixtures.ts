/** A small hand-built catalogue for the site's unit tests. */
import { emptySchedule } from '../../src/lib/model/build-schedule.ts';
import type { Catalogue, Dataset, Publisher } from '../../src/lib/model/catalogue.ts';

/** A valid dataset with `overrides` applied. */
export function makeDataset(overrides: Partial<Dataset> & Pick<Dataset, 'identifier'>): Dataset {
	return {
		title: { en: overrides.identifier },
		description: { en: 'A dataset.' },
		publisher: 'mto',
		contact_point: { email: 'team@example.org' },
		themes: ['TRAN'],
		access_level: 'open',
		licence: 'ogl',
		issued: '2020-01-01',
		modified: '2024-01-01',
		update_frequency: 'ANNUAL',
		distributions: [{ title: { en: 'CSV' }, download_url: 'https://example.org/x.csv', format: 'CSV' }],
		sourcePath: `datasets/mto/${overrides.identifier}.yaml`,
		...overrides,
	};
}

/** A catalogue of the given datasets, with two publishers and three themes. */
export function makeCatalogue(datasets: Dataset[]): Catalogue {
	const publishers: Publisher[] = [
		{ id: 'mto', name: { en: 'Transportation', fr: 'Transports' }, type: 'ministry', email: 'a@example.org', sourcePath: 'publishers/mto.yaml' },
		{ id: 'moh', name: { en: 'Health', fr: 'Santé' }, type: 'ministry', email: 'b@example.org', sourcePath: 'publishers/moh.yaml' },
	];
	const config: Catalogue['config'] = {
		title: { en: 'Catalogue', fr: 'Catalogue' },
		description: { en: 'About.' },
		publisher: { name: { en: 'Office' }, email: 'office@example.org' },
		languages: ['en', 'fr'],
		site: { url: 'https://example.org', base: '/' },
		licences: [
			{ id: 'ogl', name: { en: 'OGL' }, url: 'https://example.org/ogl' },
			{ id: 'cc0', name: { en: 'CC0' }, url: 'https://example.org/cc0' },
		],
		themes: ['TRAN', 'HEAL', 'ENVI'],
		page_size: 25,
		data_json: { bureau_code: '000:00', program_code: '000:000' },
	};
	return {
		config,
		languages: config.languages,
		defaultLanguage: 'en',
		publishers,
		datasets,
		publisherById: new Map(publishers.map((p) => [p.id, p])),
		datasetById: new Map(datasets.map((d) => [d.identifier, d])),
		licenceById: new Map(config.licences.map((l) => [l.id, l])),
		requests: [],
		requestById: new Map(),
		requestsByDataset: new Map(),
		schedule: emptySchedule('2026-11-23'),
	};
}
