/**
 * Data dictionaries and the data files kept with the site, as the validator sees them: which
 * addresses are site files, how dictionary problems count (catalogue.yaml's setting), dictionaries in
 * JSON, unused and missing dictionary files, and the previews the loader attaches to the model.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { siteDataFile, publicUrlPath } from '../../src/lib/data-files/site-file.ts';
import { catalogueWith, cleanUp, minimalDataset } from './support.ts';

afterAll(cleanUp);

const catalogueYaml = (extra = '') => `title: {en: Test, fr: Essai}
description: {en: Tests., fr: Essais.}
publisher: {name: {en: Office, fr: Bureau}, email: opendata@example.org}
languages: [en, fr]
site: {url: 'https://example.org', base: /catalogue/}
licences: [{id: ogl, name: {en: OGL, fr: OGL}, url: 'https://example.org/ogl'}]
themes: [TRAN, HEAL]
data_json: {bureau_code: '000:00', program_code: '000:000'}
${extra}`;

/** The minimal dataset whose CSV is kept with the site, at /catalogue/data/mto/counts.csv, with `schema`. */
const datasetWithFile = (schema: string) =>
	minimalDataset().replace('download_url: https://example.org/traffic.csv', `download_url: https://example.org/catalogue/data/mto/counts.csv\n    ${schema}`);

const dictionary = 'fields:\n  - name: station\n    constraints: {required: true}\n  - name: aadt\n    type: integer\n';

describe('site data files', () => {
	it.each([
		['https://example.org/catalogue/data/mto/counts.csv', 'public/data/mto/counts.csv'],
		['https://example.org/catalogue/data/mto/traffic%20counts%202024.csv', 'public/data/mto/traffic counts 2024.csv'],
		['https://example.org/catalogue/data/../secret.csv', undefined],
		['https://example.org/catalogue/data/mto/%2e%2e/%2e%2e/secret.csv', undefined],
		['https://example.org/catalogue/data/mto%2F..%2Fx.csv', undefined],
		['https://example.org/catalogue/data/a%5Cb.csv', undefined],
		['https://example.org/catalogue/catalog.jsonld', undefined],
		['https://example.org/data/mto/counts.csv', undefined],
		['https://example.org.evil.test/catalogue/data/mto/counts.csv', undefined],
		['https://example.org/catalogue/data/mto/counts.csv?v=2', undefined],
	])('%s → %s', (url, expected) => {
		expect(siteDataFile(url, { url: 'https://example.org', base: '/catalogue/' })).toBe(expected);
	});

	it('writes a site file’s address percent-encoded, under the base path', () => {
		expect(publicUrlPath('public/data/mto/traffic counts 2024.csv')).toBe('data/mto/traffic%20counts%202024.csv');
	});
});

describe('data files and their dictionaries', () => {
	const counts = 'station,aadt\nS1,1200\n,x\n';

	it('reports dictionary problems as warnings by default, and still builds the model', async () => {
		const root = catalogueWith(undefined, {
			'catalogue.yaml': catalogueYaml(),
			'datasets/mto/traffic-volumes.yaml': datasetWithFile('schema: counts.schema.yaml'),
			'datasets/mto/counts.schema.yaml': dictionary,
			'public/data/mto/counts.csv': counts,
		});
		const { catalogue, diagnostics, fileCount } = await loadCatalogue(root);
		expect(diagnostics.map((d) => [d.severity, d.file, d.line, d.column, d.field, d.code])).toEqual([
			['warning', 'public/data/mto/counts.csv', 3, 1, 'station', 'dictionary.required'],
			['warning', 'public/data/mto/counts.csv', 3, 2, 'aadt', 'dictionary.type'],
		]);
		// catalogue, publisher, dataset, dictionary, and the data file.
		expect(fileCount).toBe(5);
		const distribution = catalogue!.datasets[0]!.distributions![0]!;
		expect(distribution.siteFile).toBe('public/data/mto/counts.csv');
		expect(distribution.dictionary).toEqual({ schema: expect.objectContaining({ fields: expect.any(Array) }), sourcePath: 'datasets/mto/counts.schema.yaml' });
		expect(distribution.preview).toMatchObject({ ok: true, profile: { rowCount: 2, columnCount: 2 } });
	});

	it('stops the build on dictionary problems when catalogue.yaml says error', async () => {
		const root = catalogueWith(undefined, {
			'catalogue.yaml': catalogueYaml('data_preview: {dictionary_check: error}'),
			'datasets/mto/traffic-volumes.yaml': datasetWithFile('schema: counts.schema.json'),
			'datasets/mto/counts.schema.json': JSON.stringify(
				{
					fields: [
						{ name: 'station', constraints: { required: true } },
						{ name: 'aadt', type: 'integer' },
					],
				},
				null,
				2,
			),
			'public/data/mto/counts.csv': counts,
		});
		const { catalogue, diagnostics } = await loadCatalogue(root);
		expect(diagnostics.map((d) => d.severity)).toEqual(['error', 'error']);
		expect(catalogue).toBeUndefined();
	});

	it('refuses a data_preview setting it does not know', async () => {
		const root = catalogueWith(undefined, { 'catalogue.yaml': catalogueYaml('data_preview: {dictionary_check: fatal, remote_size_limit_mb: 0}') });
		const { diagnostics } = await loadCatalogue(root);
		expect(diagnostics.map((d) => [d.field, d.message])).toEqual([
			['data_preview.dictionary_check', 'is not one of the allowed values'],
			['data_preview.remote_size_limit_mb', 'is out of range'],
		]);
	});

	it('never reads a file on another server, even with a dictionary', async () => {
		const root = catalogueWith(undefined, {
			'datasets/mto/traffic-volumes.yaml': minimalDataset().replace('format: CSV', `format: CSV\n    schema:\n      fields: [{name: a}]`),
		});
		const { catalogue, diagnostics, fileCount } = await loadCatalogue(root);
		expect(diagnostics).toEqual([]);
		expect(fileCount).toBe(3);
		const distribution = catalogue!.datasets[0]!.distributions![0]!;
		expect(distribution.preview).toBeUndefined();
		expect(distribution.dictionary?.sourcePath).toBe('datasets/mto/traffic-volumes.yaml');
	});

	it('checks inline dictionaries’ texts for missing translations and unsafe Markdown', async () => {
		const root = catalogueWith(undefined, {
			'datasets/mto/traffic-volumes.yaml': minimalDataset().replace(
				'format: CSV',
				'format: CSV\n    schema:\n      fields:\n        - name: a\n          description:\n            en: Counts <script>alert(1)</script>',
			),
		});
		const { diagnostics } = await loadCatalogue(root);
		expect(diagnostics.map((d) => [d.severity, d.field, d.code])).toEqual([
			['warning', 'distributions[0].schema.fields[0].description.fr', 'text.missing-translation'],
			['error', 'distributions[0].schema.fields[0].description.en', 'text.unsafe-markdown'],
		]);
	});

	it('does not call a dictionary unused when the dataset that names it has other errors', async () => {
		const root = catalogueWith(undefined, {
			'datasets/mto/traffic-volumes.yaml': minimalDataset().replace('format: CSV', 'format: CVS\n    schema: counts.schema.yaml'),
			'datasets/mto/counts.schema.yaml': dictionary,
		});
		const { diagnostics } = await loadCatalogue(root);
		expect(diagnostics.map((d) => d.code)).toEqual(['schema.enum']);
	});
});

describe('the example catalogue', () => {
	it('previews its three data files and checks them against their dictionaries without a problem', async () => {
		const { catalogue, diagnostics } = await loadCatalogue(process.cwd());
		expect(diagnostics.filter((d) => d.file.startsWith('public/') || d.code.startsWith('dictionary.'))).toEqual([]);
		const previews = catalogue!.datasets.flatMap((d) => (d.distributions ?? []).filter((x) => x.preview).map((x) => [d.identifier, x.siteFile, x.preview]));
		expect(previews).toEqual([
			[
				'hospital-wait-times',
				'public/data/moh/emergency-wait-times-2025-26.csv',
				{ ok: true, profile: expect.objectContaining({ encoding: 'windows-1252', delimiter: ';', rowCount: 60, columnCount: 6 }) },
			],
			[
				'natural-gas-rates',
				'public/data/brec/natural-gas-rates-2026.tsv',
				{ ok: true, profile: expect.objectContaining({ encoding: 'utf-8', bom: true, delimiter: '\t', rowCount: 18, columnCount: 6 }) },
			],
			[
				'traffic-volumes',
				'public/data/mto/permanent-counting-stations-2025.csv',
				{ ok: true, profile: expect.objectContaining({ encoding: 'utf-8', delimiter: ',', rowCount: 32, columnCount: 13 }) },
			],
		]);
	});
});
