/**
 * The incremental build's page keys (src/lib/site/page-cache-key.ts, schedule-page-key.ts): a key
 * changes with every input its page shows and stays when only other inputs change. The whole-site
 * check (incremental against cold builds) is tests/build/incremental-build.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { PageEntry } from '../../src/lib/history/merge.ts';
import type { History } from '../../src/lib/history/read-history.ts';
import { buildSchedule, type ScheduleRowSource } from '../../src/lib/model/build-schedule.ts';
import type { Catalogue } from '../../src/lib/model/catalogue.ts';
import type { ScheduleRowRecord } from '../../src/lib/records.ts';
import { catalogueWideKey, catalogueWideParts, keyText, valueKey } from '../../src/lib/site/page-cache-key.ts';
import { releasesPageKey } from '../../src/lib/site/schedule/schedule-page-key.ts';
import { makeCatalogue, makeDataset } from './fixtures.ts';

const AS_OF = '2026-11-23';
const row = (record: Partial<ScheduleRowRecord> & Pick<ScheduleRowRecord, 'dataset_id'>, publisher = 'mto'): ScheduleRowSource => ({
	publisher,
	record: { planned_release: '2027-Q1', status: 'planned', ...record },
	sourcePath: `schedules/${publisher}.csv`,
	row: 2,
});

/** A catalogue of datasets a, b, c with a schedule of three rows (a and b from mto, x from moh, which has no metadata file), as loading builds it. */
function catalogue(change: { title?: string; status?: ScheduleRowRecord['status']; publisherName?: string } = {}): Catalogue {
	const base = makeCatalogue(
		['a', 'b', 'c'].map((identifier) => makeDataset({ identifier, ...(identifier === 'a' && change.title ? { title: { en: change.title } } : {}) })),
	);
	const publishers = base.publishers.map((p) => (p.id === 'mto' && change.publisherName ? { ...p, name: { en: change.publisherName } } : p));
	return {
		...base,
		publishers,
		publisherById: new Map(publishers.map((p) => [p.id, p])),
		schedule: buildSchedule(
			[],
			[row({ dataset_id: 'a', status: change.status ?? 'planned' }), row({ dataset_id: 'b' }), row({ dataset_id: 'x' }, 'moh')],
			AS_OF,
		),
	};
}

const mtoKey = (c: Catalogue, entries: PageEntry[] = [], notice?: History['notice']) =>
	releasesPageKey(c, c.schedule.releasesByPublisher.get('mto')!, entries, notice);
const mohKey = (c: Catalogue) => releasesPageKey(c, c.schedule.releasesByPublisher.get('moh')!, [], undefined);

describe('the catalogue-wide key', () => {
	it('leaves out the datasets and the indexes built from the other parts, and keeps everything else', () => {
		const c = catalogue();
		const parts = catalogueWideParts({ ...c, scorecard: { indicators: [] } } as unknown as Catalogue) as Record<string, unknown>;
		expect(Object.keys(parts).sort()).toEqual(['config', 'defaultLanguage', 'languages', 'publishers', 'requests', 'schedule', 'scorecard']);
		expect(Object.keys(parts.schedule as object).sort()).toEqual(['asOf', 'plans', 'releases']);
		// The release rows are written once, not once more for each index of them.
		const text = keyText(parts);
		expect(text.split('"sourcePath":"schedules/mto.csv"').length - 1).toBe(2);
	});

	it('is the same for two loads of the same files, and changes with a publisher, a schedule row or the as-of date', () => {
		const key = catalogueWideKey(catalogue());
		expect(catalogueWideKey(catalogue())).toBe(key);
		expect(catalogueWideKey(catalogue({ publisherName: 'Transport' }))).not.toBe(key);
		expect(catalogueWideKey(catalogue({ status: 'delayed' }))).not.toBe(key);
		const later = catalogue();
		expect(
			catalogueWideKey({
				...later,
				schedule: buildSchedule([], [row({ dataset_id: 'a' }), row({ dataset_id: 'b' }), row({ dataset_id: 'x' }, 'moh')], '2027-06-01'),
			}),
		).not.toBe(key);
	});

	it('does not change when only a dataset does', () => {
		expect(catalogueWideKey(catalogue({ title: 'Renamed' }))).toBe(catalogueWideKey(catalogue()));
	});
});

describe('the key of a ministry schedule page', () => {
	it('changes when a dataset on its rows changes, and not when a dataset on another ministry’s rows does', () => {
		const before = catalogue();
		const after = catalogue({ title: 'Renamed' });
		expect(mtoKey(after)).not.toBe(mtoKey(before));
		expect(mohKey(after)).toBe(mohKey(before));
		// c has no schedule row: no schedule page depends on it.
		const cRenamed = { ...before, datasets: before.datasets.map((d) => (d.identifier === 'c' ? { ...d, title: { en: 'Other' } } : d)) };
		cRenamed.datasetById = new Map(cRenamed.datasets.map((d) => [d.identifier, d]));
		expect(mtoKey(cRenamed)).toBe(mtoKey(before));
	});

	it('changes when a row’s dataset gets its metadata file (its title and link come from it)', () => {
		const before = catalogue();
		const withX = { ...before, datasets: [...before.datasets, makeDataset({ identifier: 'x', publisher: 'moh' })] };
		withX.datasetById = new Map(withX.datasets.map((d) => [d.identifier, d]));
		expect(mohKey(withX)).not.toBe(mohKey(before));
	});

	it('changes with any ministry’s schedule rows (the catalogue-wide part) and with the page’s history', () => {
		const before = catalogue();
		expect(mohKey(catalogue({ status: 'released' }))).not.toBe(mohKey(before));
		const commit = { id: 'abc', time: '2026-01-01T00:00:00Z', subject: 'Release a' };
		const entries: PageEntry[] = [{ commit, changes: [{ change: { type: 'release-status', from: 'planned', to: 'released' } }] }];
		expect(mtoKey(before, entries)).not.toBe(mtoKey(before));
		expect(mtoKey(before, [], { kind: 'no-git' })).not.toBe(mtoKey(before));
	});

	it('covers the datasets a change in its history names by title', () => {
		const commit = { id: 'abc', time: '2026-01-01T00:00:00Z', subject: 'Link c' };
		const entries: PageEntry[] = [{ commit, changes: [{ change: { type: 'request-datasets', added: ['c'], removed: [] } }] }];
		const before = catalogue();
		const cRenamed = { ...before, datasets: before.datasets.map((d) => (d.identifier === 'c' ? { ...d, title: { en: 'Other' } } : d)) };
		cRenamed.datasetById = new Map(cRenamed.datasets.map((d) => [d.identifier, d]));
		expect(mtoKey(cRenamed, entries)).not.toBe(mtoKey(before, entries));
	});
});

describe('valueKey', () => {
	it('serialises an object once and tells values apart', () => {
		const quality = { score: 3, problems: ['licence'] };
		expect(valueKey(quality)).toBe(valueKey(quality));
		expect(valueKey({ score: 3, problems: ['licence'] })).toBe(valueKey(quality));
		expect(valueKey({ score: 4, problems: ['licence'] })).not.toBe(valueKey(quality));
		expect(valueKey(undefined)).not.toBe(valueKey(null));
		expect(valueKey('3')).not.toBe(valueKey(3));
	});
});
