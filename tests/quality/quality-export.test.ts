import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { catalogueIris } from '../../src/lib/export/dcat-ap/catalogue.ts';
import { QUALITY_COLUMNS, toQualityCsv, toQualityJson } from '../../src/lib/export/quality.ts';
import type { LinkReport } from '../../src/lib/links/link-report.ts';
import { computeQuality } from '../../src/lib/quality/catalogue-quality.ts';
import { REPO_ROOT } from '../browser/support/build.ts';

describe('quality.csv and quality.json', async () => {
	const { catalogue } = await loadCatalogue(REPO_ROOT, { asOf: '2026-11-23' });
	const iris = catalogueIris(catalogue!, { siteUrl: 'https://example.org', base: '/' });
	const broken = 'https://data.belle-riviere.example/mto/collision-statistics/collisions-2010-2025.csv';
	const report: LinkReport = {
		startedAt: '2026-11-20T10:00:00Z',
		finishedAt: '2026-11-20T10:05:00Z',
		links: { [broken]: { outcome: 'timeout', error: 'TIMEOUT', attempts: 3, checkedAt: '2026-11-20T10:02:00Z' } },
	};
	const quality = computeQuality(catalogue!, report);

	it('write one CSV row per dataset whose points add up to its score', () => {
		const parsed = Papa.parse<Record<string, string>>(toQualityCsv(catalogue!, quality, iris).slice(1), { header: true, skipEmptyLines: true });
		expect(parsed.errors).toEqual([]);
		expect(parsed.meta.fields).toEqual([...QUALITY_COLUMNS]);
		expect(parsed.data.map((row) => row.identifier)).toEqual(catalogue!.datasets.map((d) => d.identifier));
		for (const row of parsed.data) {
			const points = QUALITY_COLUMNS.filter((c) => c.endsWith('_points')).reduce((sum, c) => sum + Number(row[c]), 0);
			expect(points, row.identifier).toBe(Number(row.score));
		}
		expect(parsed.data.find((row) => row.identifier === 'collision-statistics')).toMatchObject({
			publisher: 'mto',
			broken_links: '1',
			freshness: 'current',
			update_expected: '2027-04-15',
			url: 'https://example.org/en/datasets/collision-statistics/',
		});
	});

	it('give in JSON the weights, the sums per publisher with their broken links, the gaps and a fix for every missing point', () => {
		const json = JSON.parse(JSON.stringify(toQualityJson(catalogue!, quality, iris)));
		expect(json).toMatchObject({ as_of: '2026-11-23', links_checked: '2026-11-20T10:05:00Z', max_points: 405 });
		expect(json.indicators).toHaveLength(24);
		const mto = json.publishers.find((p: { publisher: string }) => p.publisher === 'mto');
		expect(mto.broken_link_count).toBe(1);
		expect(mto.broken_links).toEqual([
			{
				url: broken,
				dataset: 'collision-statistics',
				distribution: 1,
				field: 'download_url',
				outcome: 'timeout',
				error: 'TIMEOUT',
				attempts: 3,
				checkedAt: '2026-11-20T10:02:00Z',
			},
		]);
		const dataset = json.datasets.find((d: { identifier: string }) => d.identifier === 'collision-statistics');
		expect(dataset.missing.reduce((sum: number, m: { points: number }) => sum + m.points, 0)).toBe(405 - dataset.score);
		expect(dataset.missing.find((m: { indicator: string }) => m.indicator === 'accessUrlStatus')).toEqual({
			indicator: 'accessUrlStatus',
			points: 25,
			fix: 'Fix or replace the links that do not answer (the distributions table shows which).',
		});
		expect(json.gaps[0]).toEqual({ indicator: 'accessUrlStatus', datasets: 15, points_missed: 725 });
	});

	it('give a broken landing page in JSON and CSV with its field and no distribution, without costing points', () => {
		const landing = catalogue!.datasetById.get('road-salt-use')!.landing_page!;
		const withLanding: LinkReport = {
			...report,
			links: { ...report.links, [landing]: { outcome: 'not-found', status: 404, attempts: 1, checkedAt: '2026-11-20T10:03:00Z' } },
		};
		const after = computeQuality(catalogue!, withLanding);
		const json = JSON.parse(JSON.stringify(toQualityJson(catalogue!, after, iris)));
		const dataset = json.datasets.find((d: { identifier: string }) => d.identifier === 'road-salt-use');
		expect(dataset.broken_links).toEqual([
			{ url: landing, field: 'landing_page', outcome: 'not-found', status: 404, attempts: 1, checkedAt: '2026-11-20T10:03:00Z' },
		]);
		expect(dataset.score).toBe(quality.byDataset.get('road-salt-use')!.score);
		const csv = Papa.parse<Record<string, string>>(toQualityCsv(catalogue!, after, iris).slice(1), { header: true, skipEmptyLines: true });
		expect(csv.data.find((row) => row.identifier === 'road-salt-use')!.broken_links).toBe('1');
	});
});
