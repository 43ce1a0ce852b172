import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { readHistory, type History } from '../../src/lib/history/read-history.ts';
import type { Catalogue } from '../../src/lib/model/catalogue.ts';
import { computeScorecard, quarterEnd, type Scorecard } from '../../src/lib/scorecard/compute.ts';
import { DEFAULT_SCORECARD, readScorecardConfig } from '../../src/lib/scorecard/config.ts';
import { periodDays } from '../../src/lib/scorecard/measures.ts';
import { makeFixtureRepo, shallowClone, type FixtureRepo } from '../history/fixture-repo.ts';
import { catalogueWith, cleanUp } from '../validate/support.ts';

let repo: FixtureRepo;
let catalogue: Catalogue;
let history: History;
let scorecard: Scorecard;

beforeAll(async () => {
	repo = makeFixtureRepo();
	const loaded = await loadCatalogue(repo.dir, { asOf: '2025-12-31' });
	if (!loaded.catalogue) throw new Error(JSON.stringify(loaded.diagnostics));
	catalogue = loaded.catalogue;
	history = await readHistory(repo.dir);
	scorecard = computeScorecard(catalogue, history);
});
afterAll(() => repo?.remove());

const indicator = (measure: string) => scorecard.indicators.find((i) => i.measure === measure)!;
const trend = (measure: string) =>
	Object.fromEntries(indicator(measure).trend.map((p) => [p.quarter, p.overall.value === undefined ? null : Math.round(p.overall.value * 1000) / 1000]));

describe('computeScorecard on the fixture repository', () => {
	it('computes every default indicator on the as-of date, with the datasets behind each number', () => {
		const current = Object.fromEntries(scorecard.indicators.map((i) => [i.measure, [i.overall.value, i.overall.met, i.overall.unmet]]));
		expect(current).toEqual({
			open_share: [0.5, ['bus-counts'], ['traffic']],
			restricted_justified_share: [1, ['traffic'], []],
			under_review_scheduled_share: [undefined, [], []],
			releases_on_time_share: [0, [], ['bus-counts', 'ferry-routes']],
			updated_on_schedule_share: [0, [], ['bus-counts']],
			open_format_licence_share: [1, ['bus-counts'], []],
			bilingual_share: [1, ['bus-counts', 'traffic'], []],
			documented_share: [0, [], ['bus-counts']],
			requests_answered_share: [1, ['bus-counts'], []],
			request_median_days: [181, ['bus-counts'], []],
			high_value_open_share: [undefined, [], []],
		});
		expect(indicator('open_share')).toMatchObject({ principle: 1, target: 0.8, meetsTarget: false });
		expect(indicator('request_median_days')).toMatchObject({ principle: 5, target: 30, better: 'lower', meetsTarget: false });
		expect(indicator('open_share').byPublisher.mto).toEqual(indicator('open_share').overall);
	});

	it('follows each indicator quarter by quarter from the first commit', () => {
		expect(scorecard.quarters[0]).toBe('2022-Q1');
		expect(scorecard.quarters.at(-1)).toBe('2025-Q4');
		expect(scorecard.quarters).toHaveLength(16);
		expect(trend('open_share')).toMatchObject({ '2022-Q1': 0.5, '2022-Q3': 1, '2023-Q1': 0.667, '2024-Q1': 1, '2025-Q1': 1, '2025-Q2': 0.5, '2025-Q4': 0.5 });
		expect(trend('releases_on_time_share')).toMatchObject({ '2022-Q1': null, '2022-Q2': null, '2022-Q3': 0, '2023-Q2': 0 });
		expect(trend('requests_answered_share')).toMatchObject({ '2022-Q1': 0, '2022-Q2': 0, '2022-Q3': 1 });
		expect(indicator('open_share').trend[4]).toMatchObject({
			quarter: '2023-Q1',
			date: '2023-03-31',
			overall: { met: 2, unmet: 1 },
			byPublisher: { mto: { met: 2, unmet: 1 } },
		});
	});

	it('has no trend without history, and only the current quarter in a shallow clone', async () => {
		const none = computeScorecard(catalogue, { ...history, state: 'none', since: undefined, versions: new Map() });
		expect(none.quarters).toEqual([]);
		expect(none.indicators[0]!.overall.value).toBe(0.5);
		const clone = shallowClone(repo);
		try {
			const cut = computeScorecard(catalogue, await readHistory(clone.dir));
			expect(cut.quarters).toEqual(['2025-Q2', '2025-Q3', '2025-Q4']);
		} finally {
			clone.remove();
		}
	});
});

describe('scorecard helpers', () => {
	it('read update periods and quarter ends', () => {
		expect([periodDays('ANNUAL'), periodDays('MONTHLY'), periodDays('WEEKLY'), periodDays('IRREG')]).toEqual([365, 30, 7, undefined]);
		expect([quarterEnd('2024-Q1'), quarterEnd('2024-Q4')]).toEqual(['2024-03-31', '2024-12-31']);
	});
});

describe('readScorecardConfig', () => {
	const withFile = async (text: string | undefined) => {
		const dir = mkdtempSync(join(tmpdir(), 'odc-scorecard-'));
		if (text !== undefined) writeFileSync(join(dir, 'scorecard.yaml'), text);
		try {
			return await readScorecardConfig(dir);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	};

	it('uses the default set when there is no file', async () => {
		expect(await withFile(undefined)).toEqual({ config: DEFAULT_SCORECARD, diagnostics: [] });
	});

	it('reports every problem with its place', async () => {
		const { config, diagnostics } = await withFile(
			'principles:\n  - principle: 7\n    indicators:\n      - measure: open_share\n        target: 80\n  - principle: 2\n    indicators:\n      - measure: open_share\n      - measure: happiness\n',
		);
		expect(config).toBeUndefined();
		expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.field} ${d.message}`)).toMatchSnapshot();
	});

	it('never reads through a link, and refuses invisible control characters', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'odc-scorecard-'));
		const outside = join(dir, 'outside.yaml');
		writeFileSync(outside, 'principles:\n  - principle: 1\n    indicators:\n      - measure: open_share\n');
		const root = join(dir, 'catalogue');
		mkdirSync(root);
		symlinkSync(outside, join(root, 'scorecard.yaml'));
		try {
			const linked = await readScorecardConfig(root);
			expect(linked.config).toBeUndefined();
			expect(linked.diagnostics.map((d) => `${d.file} ${d.message}`)).toEqual(['scorecard.yaml is a symbolic link']);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
		const hidden = await withFile('principles:\n  - principle: 1\n    indicators:\n      - measure: open_share\n        note: { en: "Soon\\u202E." }\n');
		expect(hidden.config).toBeUndefined();
		expect(hidden.diagnostics.map((d) => d.code)).toEqual(['text.unsafe-character']);
	});

	it('catches a repeated measure and a share target above 1', async () => {
		const { config, diagnostics } = await withFile(
			'principles:\n  - principle: 1\n    indicators:\n      - measure: open_share\n        target: 80\n      - measure: open_share\n',
		);
		expect(config).toBeUndefined();
		expect(diagnostics.map((d) => [d.code, d.line, d.field])).toEqual([
			['scorecard.target', 5, 'principles[0].indicators[0].target'],
			['scorecard.duplicate', 6, 'principles[0].indicators[1].measure'],
		]);
	});
});

describe('scorecard.yaml in a catalogue', () => {
	it('is validated with the other files: an error stops the build, a valid file is the one used', async () => {
		const bad = await loadCatalogue(
			catalogueWith(undefined, { 'scorecard.yaml': 'principles:\n  - principle: 1\n    indicators:\n      - measure: open_share\n        target: 1.5\n' }),
		);
		cleanUp();
		expect(bad.catalogue).toBeUndefined();
		expect(bad.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line} ${d.field} ${d.message}`)).toEqual([
			'scorecard.yaml:5 principles[0].indicators[0].target is more than 1',
		]);
		const good = await loadCatalogue(
			catalogueWith(undefined, {
				'scorecard.yaml': 'principles:\n  - principle: 6\n    indicators:\n      - measure: high_value_open_share\n        note: { en: Soon., fr: Bientôt. }\n',
			}),
		);
		cleanUp();
		expect(good.catalogue?.scorecard).toEqual({
			principles: [{ principle: 6, indicators: [{ measure: 'high_value_open_share', note: { en: 'Soon.', fr: 'Bientôt.' } }] }],
		});
	});
});
