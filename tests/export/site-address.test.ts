/**
 * Every machine-readable output follows the site address it is built for (SITE_URL and BASE_PATH,
 * as a fork's GitHub Pages deploy sets them), not the one in catalogue.yaml: data files kept with
 * the site included, whose download_url names catalogue.yaml's address.
 */
import { describe, expect, it } from 'vitest';
import { toAtomFeed } from '../../src/lib/export/atom.ts';
import { toDataJson } from '../../src/lib/export/data-json/catalog.ts';
import { catalogueIris, toDcatAp, toDcatApDataset } from '../../src/lib/export/dcat-ap/catalogue.ts';
import { toInventoryJson } from '../../src/lib/export/inventory.ts';
import { toScheduleJson } from '../../src/lib/export/schedule.ts';
import { toSchemaOrgDataset } from '../../src/lib/export/schema-org/dataset.ts';
import { toSitemap } from '../../src/lib/export/sitemap.ts';
import { loadFixture } from './support.ts';

const options = { siteUrl: 'https://data.example.gov', base: '/catalogue/' };
const FILE = 'https://data.example.gov/catalogue/data/mto/permanent-counting-stations-2025.csv';

describe('the exports of a site built for another address', () => {
	it('name no address of catalogue.yaml’s site, in any export', async () => {
		const catalogue = await loadFixture('.');
		const configured = new URL(catalogue.config.site.url).host;
		expect(configured).toBe('open-data-catalogue.github.io');
		const iris = catalogueIris(catalogue, options);
		const outputs: Record<string, unknown> = {
			'catalog.jsonld': toDcatAp(catalogue, options),
			'datasets/traffic-volumes.jsonld': toDcatApDataset(catalogue, 'traffic-volumes', options),
			'data.json': toDataJson(catalogue, options),
			'schema.org (en)': catalogue.datasets.map((dataset) => toSchemaOrgDataset(dataset, catalogue, 'en', iris)),
			'schema.org (fr)': catalogue.datasets.map((dataset) => toSchemaOrgDataset(dataset, catalogue, 'fr', iris)),
			'sitemap.xml': toSitemap(catalogue, iris),
			'feed.xml': toAtomFeed(catalogue, 'en', iris, 'https://data.example.gov/catalogue/en/feed.xml'),
			'inventory.json': toInventoryJson(catalogue, iris),
			'schedule.json': toScheduleJson(catalogue, iris),
		};
		for (const [name, output] of Object.entries(outputs)) {
			const text = typeof output === 'string' ? output : JSON.stringify(output);
			expect(text.includes(configured), name).toBe(false);
			expect(text, name).toContain('https://data.example.gov/catalogue/');
		}
	});

	it('give a data file kept with the site at the built site’s address', async () => {
		const catalogue = await loadFixture('.');
		const iris = catalogueIris(catalogue, options);
		const dataset = catalogue.datasetById.get('traffic-volumes')!;
		const kept = dataset.distributions!.find((distribution) => distribution.siteFile)!;
		expect(kept.download_url).toBe('https://open-data-catalogue.github.io/data/mto/permanent-counting-stations-2025.csv');
		expect(iris.download(kept)).toBe(FILE);

		const dcat = JSON.stringify(toDcatApDataset(catalogue, 'traffic-volumes', options));
		expect(dcat).toContain(`"downloadUrl":{"@id":"${FILE}"}`);
		expect(dcat).toContain(`"accessUrl":{"@id":"${FILE}"}`);
		const dataJson = toDataJson(catalogue, options).dataset.find((entry) => entry.identifier === iris.dataset('traffic-volumes'))!;
		expect(dataJson.distribution!.map((distribution) => distribution.downloadURL)).toContain(FILE);
		const schemaOrg = toSchemaOrgDataset(dataset, catalogue, 'fr', iris)['distribution'] as { contentUrl: string }[];
		expect(schemaOrg.map((distribution) => distribution.contentUrl)).toContain(FILE);
	});

	it('keep a file on another server where its download_url says', async () => {
		const catalogue = await loadFixture('.');
		const iris = catalogueIris(catalogue, options);
		const remote = catalogue.datasetById.get('traffic-volumes')!.distributions!.find((distribution) => !distribution.siteFile && distribution.download_url)!;
		expect(iris.download(remote)).toBe(remote.download_url);
	});
});
