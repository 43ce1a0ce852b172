import { describe, expect, it } from 'vitest';
import { buildSchedule, type ScheduleRowSource } from '../../src/lib/model/build-schedule.ts';
import type { ScheduleRowRecord } from '../../src/lib/records.ts';
import { isMilestoneLate, milestoneCounts, progressOf, timelineByQuarter } from '../../src/lib/schedules/progress.ts';

const AS_OF = '2026-11-23';
const row = (record: Partial<ScheduleRowRecord> & Pick<ScheduleRowRecord, 'dataset_id' | 'planned_release' | 'status'>, n = 2): ScheduleRowSource => ({
	publisher: 'mto',
	record,
	sourcePath: 'schedules/mto.csv',
	row: n,
});

const schedule = buildSchedule(
	[],
	[
		row({ dataset_id: 'a', planned_release: '2026-Q1', status: 'released', actual_release: '2026-03-31' }),
		row({ dataset_id: 'b', planned_release: '2026-02', status: 'released', actual_release: '2026-03-01' }),
		row({ dataset_id: 'c', planned_release: '2026-Q3', status: 'in_progress' }),
		row({ dataset_id: 'd', planned_release: '2027-01-15', status: 'planned' }),
		row({ dataset_id: 'e', planned_release: '2026-Q2', status: 'delayed', delay_reason_en: 'Strike' }),
		row({ dataset_id: 'f', planned_release: '2026-Q2', status: 'cancelled' }),
		row({ dataset_id: 'g', planned_release: '2026-11-23', status: 'planned' }),
	],
	AS_OF,
);

describe('progress figures', () => {
	it('count releases by state, in-progress ones as planned, and the on-time rate of what was released', () => {
		expect(progressOf(schedule.releases)).toEqual({ released: 2, planned: 2, delayed: 1, overdue: 1, cancelled: 1, total: 7, onTime: 1, onTimeRate: 0.5 });
		expect(progressOf([]).onTimeRate).toBeUndefined();
	});

	it('treat a release due on the as-of date as not yet overdue', () => {
		expect(schedule.releaseByDataset.get('g')!.state).toBe('planned');
		expect(schedule.releaseByDataset.get('c')!.state).toBe('overdue');
	});

	it('lay out a timeline from the first quarter to the last, with empty quarters and the current one marked', () => {
		const timeline = timelineByQuarter(schedule.releases, AS_OF);
		expect(timeline.map((q) => [q.quarter, q.progress.total, q.current])).toEqual([
			['2026-Q1', 2, false],
			['2026-Q2', 2, false],
			['2026-Q3', 1, false],
			['2026-Q4', 1, true],
			['2027-Q1', 1, false],
		]);
		expect(timelineByQuarter([], AS_OF)).toEqual([]);
	});

	it('count milestones by completion level and tell which are past their end', () => {
		const milestones = [
			{ title: { en: 'A' }, start: '2025-01-01', end: '2025-06-30', completion: 'complete' as const, evidence: ['https://example.org'] },
			{ title: { en: 'B' }, start: '2025-01-01', end: '2025-06-30', completion: 'limited' as const },
			{ title: { en: 'C' }, start: '2025-01-01', end: '2027-06-30', completion: 'not_started' as const },
		];
		const commitment = {
			id: 'x',
			planId: 'p',
			title: { en: 'X' },
			description: { en: 'X' },
			principles: ['1'],
			lead_publisher: 'mto',
			start: '2025-01-01',
			end: '2027-06-30',
			milestones,
		};
		expect(milestoneCounts(commitment)).toEqual({ not_started: 1, limited: 1, substantial: 0, complete: 1, withdrawn: 0 });
		expect(milestones.map((m) => isMilestoneLate(m, AS_OF))).toEqual([false, true, false]);
	});
});
