import { describe, expect, it } from 'vitest';
import { catalogueIris } from '../../src/lib/export/dcat-ap/catalogue.ts';
import { schemaOrgDescription } from '../../src/lib/export/schema-org/description.ts';
import { jsonForScript, toSchemaOrgDataset } from '../../src/lib/export/schema-org/dataset.ts';
import { loadFixture } from './support.ts';

describe('toSchemaOrgDataset', () => {
	it('describes a dataset for search engines in the page language', async () => {
		const catalogue = await loadFixture('.');
		const iris = catalogueIris(catalogue, { siteUrl: 'https://example.org', base: '/' });
		const node = toSchemaOrgDataset(catalogue.datasetById.get('traffic-volumes')!, catalogue, 'fr', iris);
		expect(node).toMatchObject({
			'@type': 'Dataset',
			name: 'Volumes de circulation sur les routes provinciales',
			url: 'https://example.org/fr/datasets/traffic-volumes/',
			identifier: 'traffic-volumes',
			license: 'https://www.belle-riviere.example/open-government-licence',
			temporalCoverage: '2005-01-01/2025-12-31',
			publisher: { '@type': 'GovernmentOrganization', name: 'Ministère des Transports' },
			includedInDataCatalog: { '@type': 'DataCatalog', url: 'https://example.org/fr/' },
		});
		expect(node['distribution']).toContainEqual(
			expect.objectContaining({ '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: expect.stringMatching(/\.csv$/) }),
		);
		expect(node['description']).toContain('la proportion de camions');
	});

	it('dates the dataset by its publication, and gives each language page its own @id', async () => {
		const catalogue = await loadFixture('.');
		const iris = catalogueIris(catalogue, { siteUrl: 'https://example.org', base: '/' });
		const dataset = catalogue.datasetById.get('traffic-volumes')!;
		const [en, fr] = ['en', 'fr'].map((lang) => toSchemaOrgDataset(dataset, catalogue, lang, iris));
		expect(en).toMatchObject({
			datePublished: dataset.issued,
			dateModified: dataset.modified,
			'@id': 'https://example.org/en/datasets/traffic-volumes/#dataset',
		});
		expect(en).not.toHaveProperty('dateCreated');
		expect(fr!['@id']).toBe('https://example.org/fr/datasets/traffic-volumes/#dataset');
		// The default language's block names the node the DCAT-AP export describes.
		expect(en!['@id']).toBe(iris.dataset('traffic-volumes'));
	});

	it('keeps descriptions between 50 and 5,000 characters', () => {
		expect(schemaOrgDescription('Daily counts', 'Traffic volumes: Ministry of Transportation.')).toBe(
			'Daily counts. Traffic volumes: Ministry of Transportation.',
		);
		const long = schemaOrgDescription('word '.repeat(2000), 'context');
		expect(long.length).toBeLessThanOrEqual(5000);
		expect(long.endsWith('…')).toBe(true);
	});

	it('cannot break out of its script element', () => {
		expect(jsonForScript({ name: '</script><script>alert(1)</script>' })).toBe('{"name":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}');
	});
});
