import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { EMPTY_REPORT, type LinkReport } from '../../src/lib/links/link-report.ts';
import type { LinkResult } from '../../src/lib/links/link-result.ts';
import type { Dataset } from '../../src/lib/model/catalogue.ts';
import { computeQuality } from '../../src/lib/quality/catalogue-quality.ts';
import { DIMENSION_POINTS, INDICATORS, MAX_POINTS, ratingOf } from '../../src/lib/quality/indicators.ts';
import { scoreDataset, type ScoringContext } from '../../src/lib/quality/score-dataset.ts';
import { REPO_ROOT } from '../browser/support/build.ts';

const AS_OF = '2026-11-23';

describe('the MQA indicators', () => {
	it('weigh 405 points, shared out between the five dimensions as the MQA does', () => {
		expect(MAX_POINTS).toBe(405);
		expect(DIMENSION_POINTS).toEqual({ findability: 100, accessibility: 100, interoperability: 110, reusability: 75, contextuality: 20 });
	});

	it('rate scores in the MQA bands', () => {
		expect([405, 351, 350, 221, 220, 121, 120, 0].map(ratingOf)).toEqual(['excellent', 'excellent', 'good', 'good', 'sufficient', 'sufficient', 'bad', 'bad']);
	});
});

describe('the example catalogue’s quality', async () => {
	const { catalogue } = await loadCatalogue(REPO_ROOT, { asOf: AS_OF });
	const quality = computeQuality(catalogue!, EMPTY_REPORT);

	it('is pinned per dataset and indicator', () => {
		const lines = [...quality.byDataset.values()].map(
			(q) => `${q.identifier} ${q.score} ${q.rating} ${q.freshness.state} | ${q.indicators.map((i) => `${i.id}=${i.earned}`).join(' ')}`,
		);
		expect(lines.join('\n')).toMatchSnapshot();
	});

	it('sums per publisher to the catalogue’s figures', () => {
		expect(quality.publishers.reduce((sum, p) => sum + p.datasets, 0)).toBe(catalogue!.datasets.length);
		const freshness = quality.publishers.reduce((sum, p) => sum + p.freshness.overdue, 0);
		expect(freshness).toBe(quality.catalogue.freshness.overdue);
		expect(quality.catalogue.freshness.overdue).toBeGreaterThan(0);
		for (const p of quality.publishers) expect(p.lowest.map((q) => q.score)).toEqual([...p.lowest.map((q) => q.score)].sort((a, b) => a - b));
	});

	it('lists the gaps with the most points missed first', () => {
		expect(quality.gaps.length).toBeGreaterThan(0);
		for (let i = 1; i < quality.gaps.length; i++) expect(quality.gaps[i - 1]!.pointsMissed).toBeGreaterThanOrEqual(quality.gaps[i]!.pointsMissed);
		expect(quality.gaps.map((g) => `${g.id} ${g.datasets} ${g.pointsMissed}`)).toMatchSnapshot();
	});

	it('takes the accessibility points of links the report says did not answer, and lists them', () => {
		const dataset = catalogue!.datasets.find((d) => d.distributions?.length === 2 && d.distributions.every((x) => x.download_url && !x.access_url))!;
		const url = dataset.distributions![0]!.download_url!;
		const report: LinkReport = {
			startedAt: '2026-11-20T10:00:00Z',
			finishedAt: '2026-11-20T10:05:00Z',
			links: { [url]: { outcome: 'not-found', status: 404, attempts: 1, checkedAt: '2026-11-20T10:01:00Z' } },
		};
		const before = computeQuality(catalogue!, EMPTY_REPORT).byDataset.get(dataset.identifier)!;
		const after = computeQuality(catalogue!, report).byDataset.get(dataset.identifier)!;
		// Half of the distributions: half of 50 (access URL) and of 30 (download URL).
		expect(before.score - after.score).toBe(25 + 15);
		expect(after.brokenLinks).toEqual([{ url, distribution: 1, field: 'download_url', result: report.links[url] }]);
		expect(computeQuality(catalogue!, report).publishers.find((p) => p.publisher === dataset.publisher)!.brokenLinks).toBe(1);
	});
});

describe('a dataset improved field by field', () => {
	const context: ScoringContext = {
		licenceById: new Map([
			['ogl', { id: 'ogl', name: { en: 'OGL' }, url: 'https://example.org/ogl', equivalent: 'CC-BY-4.0' }],
			['own', { id: 'own', name: { en: 'Own' }, url: 'https://example.org/own' }],
		]),
		publisherIds: new Set(['mto']),
		asOf: AS_OF,
		linkResult: () => undefined,
	};
	const bare: Dataset = {
		identifier: 'bare',
		sourcePath: 'datasets/mto/bare.yaml',
		title: { en: 'Bare' },
		description: { en: 'A bare dataset.' },
		publisher: 'mto',
		contact_point: { email: 'a@example.org' },
		themes: ['TRAN'],
		access_level: 'open',
		issued: '2020-01-01',
		modified: '2024-01-01',
		update_frequency: 'ANNUAL',
	};
	const points = (dataset: Dataset) => scoreDataset(dataset, context);

	it('lists a broken landing page or documentation link without a distribution, and takes no points for it; an ftp address not checked keeps its points', () => {
		const result = (outcome: LinkResult['outcome'], status?: number): LinkResult => ({ outcome, status, attempts: 1, checkedAt: '2026-11-20T10:01:00Z' });
		const results: Record<string, LinkResult> = {
			'https://example.org/about': result('not-found', 404),
			'https://example.org/guide.pdf': result('server-error', 500),
			'https://example.org/methods.html': result('ok', 200),
			'ftp://ftp.example.org/counts.csv': { outcome: 'not-checked', error: 'ftp', attempts: 0, checkedAt: '2026-11-20T10:01:00Z' },
		};
		const dataset: Dataset = {
			...bare,
			landing_page: 'https://example.org/about',
			documentation: ['https://example.org/guide.pdf', 'https://example.org/methods.html'],
			distributions: [{ title: { en: 'Counts' }, download_url: 'ftp://ftp.example.org/counts.csv', format: 'CSV' }],
		};
		const unchecked = scoreDataset(dataset, context);
		const checked = scoreDataset(dataset, { ...context, linkResult: (url) => results[url] });
		expect(checked.brokenLinks).toEqual([
			{ url: 'https://example.org/about', field: 'landing_page', result: results['https://example.org/about'] },
			{ url: 'https://example.org/guide.pdf', field: 'documentation', result: results['https://example.org/guide.pdf'] },
		]);
		expect(checked.score).toBe(unchecked.score);
		const status = (q: typeof checked) => q.indicators.filter((i) => i.id === 'accessUrlStatus' || i.id === 'downloadUrlStatus').map((i) => i.earned);
		expect(status(checked)).toEqual([50, 30]);
		// The same ftp address found broken would cost them.
		expect(status(scoreDataset(dataset, { ...context, linkResult: () => result('refused') }))).toEqual([0, 0]);
	});

	it('rises by each indicator’s documented points', () => {
		const steps: Array<[string, (d: Dataset) => Dataset, Record<string, number>]> = [
			['keywords', (d) => ({ ...d, keywords: { en: ['roads'] } }), { keywords: 30 }],
			['spatial coverage', (d) => ({ ...d, spatial_coverage: { name: { en: 'Province' } } }), { spatial: 20 }],
			['temporal coverage', (d) => ({ ...d, temporal_coverage: { start: '2020-01-01' } }), { temporal: 20 }],
			['an up-to-date modified date', (d) => ({ ...d, modified: '2026-06-01' }), { modified: 5 }],
			[
				'a PDF download',
				(d) => ({ ...d, distributions: [{ title: { en: 'Report' }, format: 'PDF', download_url: 'https://example.org/r.pdf' }] }),
				{
					accessUrlStatus: 50,
					downloadUrl: 20,
					downloadUrlStatus: 30,
					format: 20,
					mediaType: 10,
					formatVocabulary: 5,
					mediaTypeVocabulary: 5,
					nonProprietary: 20,
				}, // PDF is an open standard, not machine-readable
			],
			['a CSV instead', (d) => ({ ...d, distributions: [{ ...d.distributions![0]!, format: 'CSV' }] }), { machineReadable: 20 }],
			['its size', (d) => ({ ...d, distributions: [{ ...d.distributions![0]!, byte_size: 1200 }] }), { byteSize: 5 }],
			['a licence of its own', (d) => ({ ...d, licence: 'own' }), { licence: 20 }],
			['a licence the EU table knows', (d) => ({ ...d, licence: 'ogl' }), { licenceVocabulary: 10 }],
		];
		let dataset = bare;
		let before = points(dataset);
		expect(before.score).toBe(30 + 30 + 10 + 5 + 20 + 10 + 5); // themes, DCAT-AP, access rights (+ vocabulary), contact, publisher, issued
		for (const [what, improve, gained] of steps) {
			dataset = improve(dataset);
			const after = points(dataset);
			const changed = Object.fromEntries(
				after.indicators
					.filter((i, at) => i.earned !== before.indicators[at]!.earned)
					.map((i) => [i.id, i.earned - before.indicators.find((b) => b.id === i.id)!.earned]),
			);
			expect(changed, what).toEqual(gained);
			expect(after.score - before.score, what).toBe(Object.values(gained).reduce((a, b) => a + b, 0));
			before = after;
		}
		expect(before.score).toBe(MAX_POINTS - 5); // only dct:rights, which open data has no field for
		expect(INDICATORS.find((i) => i.id === 'rights')!.points).toBe(5);
	});

	it('shares distribution points out by the share of distributions that meet them', () => {
		const csv = { title: { en: 'Data' }, format: 'CSV' as const, download_url: 'https://example.org/d.csv', byte_size: 10 };
		const pdf = { title: { en: 'Report' }, format: 'PDF' as const, download_url: 'https://example.org/r.pdf' };
		const score = points({ ...bare, distributions: [csv, pdf, pdf] });
		expect(score.indicators.find((i) => i.id === 'machineReadable')).toEqual({ id: 'machineReadable', earned: 7, max: 20, distributions: { met: 1, of: 3 } });
		expect(score.indicators.find((i) => i.id === 'byteSize')!.earned).toBe(2);
	});

	it('earns the rights points when a restricted dataset says why', () => {
		const restricted: Dataset = { ...bare, access_level: 'restricted', exemption: 'privacy' };
		expect(points({ ...restricted, rationale: { en: 'Personal information.' } }).score - points(restricted).score).toBe(5);
	});
});
