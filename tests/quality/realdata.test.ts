/**
 * Quality facts of a catalogue made from real imported records (tests/quality/support/real-catalogue.ts
 * says how they are picked and what is filled in): every score is within the MQA's 405 points and
 * adds up, every missing point has a fix in both languages, and a few datasets' indicators follow
 * from what their source gives. Skips, saying why, in a clone without ../shared.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { UI_STRINGS } from '../../src/lib/i18n/translate.ts';
import { catalogueLinks } from '../../src/lib/links/catalogue-links.ts';
import { EMPTY_REPORT, type LinkReport } from '../../src/lib/links/link-report.ts';
import type { Catalogue } from '../../src/lib/model/catalogue.ts';
import { computeQuality, type CatalogueQuality } from '../../src/lib/quality/catalogue-quality.ts';
import { fixKey } from '../../src/lib/quality/fix.ts';
import { MAX_POINTS } from '../../src/lib/quality/indicators.ts';
import { lowestScoringReport } from '../../src/lib/quality/lowest-report.ts';
import type { DatasetQuality } from '../../src/lib/quality/score-dataset.ts';
import { describeWithShared } from '../support/shared-folder.ts';
import { makeRealCatalogue, REAL_AS_OF, type RealCatalogue } from './support/real-catalogue.ts';

describeWithShared('the quality of a catalogue of real imported records', () => {
	let real: RealCatalogue;
	let catalogue: Catalogue;
	let quality: CatalogueQuality;
	const indicator = (q: DatasetQuality, id: string) => q.indicators.find((i) => i.id === id)!;

	beforeAll(async () => {
		real = await makeRealCatalogue();
		const loaded = await loadCatalogue(real.dir, { asOf: REAL_AS_OF });
		expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		catalogue = loaded.catalogue!;
		quality = computeQuality(catalogue, EMPTY_REPORT);
		console.log(`real-data catalogue: ${catalogue.datasets.length} datasets; filled in:\n${real.fills.join('\n')}`);
	}, 120_000);
	afterAll(() => real?.remove());

	it('publishes every record kept from each source, none of them a draft', () => {
		for (const ids of Object.values(real.kept)) expect(ids.length).toBeGreaterThan(5);
		expect(catalogue.datasets.map((d) => d.identifier).sort()).toEqual(Object.values(real.kept).flat().sort());
	});

	it('scores every dataset within 0..405, its indicators adding up to its score and each within its weight', () => {
		for (const q of quality.byDataset.values()) {
			expect(q.score).toBeGreaterThanOrEqual(0);
			expect(q.score).toBeLessThanOrEqual(MAX_POINTS);
			expect(q.indicators.reduce((sum, i) => sum + i.earned, 0)).toBe(q.score);
			for (const i of q.indicators) expect(i.earned).toBeLessThanOrEqual(i.max);
		}
		// Real records are uneven: the scores are not all the same.
		expect(new Set([...quality.byDataset.values()].map((q) => q.score)).size).toBeGreaterThan(3);
	});

	it('has a fix, in English and French, for every missing point', () => {
		for (const q of quality.byDataset.values()) {
			for (const i of q.indicators.filter((x) => x.earned < x.max)) {
				for (const lang of ['en', 'fr'] as const) expect(UI_STRINGS[lang][fixKey(i)], `${q.identifier} ${i.id} (${lang})`).toMatch(/\w{3,}/);
			}
		}
	});

	it('reads a known dataset of each source as its source gives it', () => {
		// Rostock's "Fair Trade" (DCAT-AP.de): EU themes and keywords from the source, GML files with their media type.
		const fairTrade = quality.byDataset.get('3028514e-0992-48ae-88fd-d0f5c7f83adc')!;
		expect([indicator(fairTrade, 'themes').earned, indicator(fairTrade, 'keywords').earned, indicator(fairTrade, 'licenceVocabulary').earned]).toEqual([
			30, 30, 10,
		]);
		// Its seven distributions: five files (GML, GeoJSON, CSV, XLSX, KML) and two services (WFS, WMS) with an access URL only.
		expect(indicator(fairTrade, 'downloadUrl')).toMatchObject({ earned: 14, max: 20, distributions: { met: 5, of: 7 } });
		// validate --quality says how many of its distributions meet an indicator they partly miss.
		expect(lowestScoringReport(quality, { publisher: fairTrade.publisher, limit: 100 })).toContain('    -6 Direct download links (5 of 7 distributions): ');
		// GSA's records (data.json) come without EU themes: the test gave them GOVE, which earns the points.
		const gsa = quality.byDataset.get(real.kept.gsa![0]!)!;
		expect(indicator(gsa, 'themes').earned).toBe(30);
		// NRCan's records give no modification date: the test copied the issue date, which is years old
		// but on an UNKNOWN or given frequency, so the date counts unless the frequency makes it overdue.
		const nrcan = catalogue.datasets.filter((d) => d.origin?.system === 'ckan');
		expect(nrcan.length).toBeGreaterThan(5);
		for (const d of nrcan)
			expect(indicator(quality.byDataset.get(d.identifier)!, 'modified').earned).toBe(
				quality.byDataset.get(d.identifier)!.freshness.state === 'overdue' ? 0 : 5,
			);
	});

	it('does not count ftp addresses the checker could not check as broken, and lists a broken documentation or landing page without costing points', () => {
		const at = '2026-11-20T10:01:00Z';
		const links = [...catalogueLinks(catalogue)];
		const ftp = links.filter(([url]) => url.startsWith('ftp://'));
		expect(ftp.length).toBeGreaterThan(0);
		// NRCan's records give their GeoGratis page as landing page.
		const [landingUrl, landingUses] = links.find(([, uses]) => uses.some((use) => use.field === 'landing_page'))!;
		const result = (outcome: 'not-checked' | 'not-found', status?: number) => ({
			outcome,
			status,
			error: outcome === 'not-checked' ? 'ftp' : undefined,
			attempts: outcome === 'not-checked' ? 0 : 1,
			checkedAt: at,
		});
		const report: LinkReport = {
			startedAt: at,
			finishedAt: at,
			links: Object.fromEntries([...ftp.map(([url]) => [url, result('not-checked')]), [landingUrl, result('not-found', 404)]]),
		};
		const checked = computeQuality(catalogue, report);
		for (const q of quality.byDataset.values()) expect(checked.byDataset.get(q.identifier)!.score).toBe(q.score);
		expect(checked.catalogue.brokenLinks).toBe(landingUses.length);
		expect(lowestScoringReport(checked, { limit: 100 })).toContain(`    link ${landingUrl} (landing_page): not-found 404 on 2026-11-20`);
	});
});
