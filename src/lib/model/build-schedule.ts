import type { LocalizedText, PlanRecord, ScheduleRowRecord } from '../records.ts';
import { parsePlannedDate } from '../schedules/planned-date.ts';
import type { Commitment, Plan, PlannedRelease, ReleaseState, Schedule } from './schedule.ts';

/** A validated schedule row with where it came from. */
export interface ScheduleRowSource {
	publisher: string;
	record: ScheduleRowRecord;
	sourcePath: string;
	row: number;
}

/** The id of a planned release's row on its ministry's page; dataset ids are unique across schedules. */
export function releaseAnchor(datasetId: string): string {
	return `release-${datasetId}`;
}

/** Builds the schedule model from validated plans and rows, judging overdue releases on `asOf`. */
export function buildSchedule(plans: Array<{ record: PlanRecord; sourcePath: string }>, rows: readonly ScheduleRowSource[], asOf: string): Schedule {
	const planList: Plan[] = plans
		.map(({ record, sourcePath }) => ({ ...record, sourcePath, commitments: record.commitments.map((c) => ({ ...c, planId: record.id })) }))
		.sort((a, b) => (a.period.start < b.period.start ? -1 : a.period.start > b.period.start ? 1 : a.id < b.id ? -1 : 1));
	const commitments: Commitment[] = planList.flatMap((plan) => plan.commitments);
	const releases = rows.map((row) => toRelease(row, asOf)).sort(byDueDate);
	const group = (key: (r: PlannedRelease) => string | undefined) => {
		const map = new Map<string, PlannedRelease[]>();
		for (const release of releases) {
			const k = key(release);
			if (k === undefined) continue;
			const list = map.get(k);
			if (list) list.push(release);
			else map.set(k, [release]);
		}
		return map;
	};
	return {
		asOf,
		plans: planList,
		commitments,
		commitmentById: new Map(commitments.map((c) => [c.id, c])),
		releases,
		releaseByDataset: new Map(releases.map((r) => [r.datasetId, r])),
		releasesByPublisher: group((r) => r.publisher),
		releasesByCommitment: group((r) => r.commitment),
	};
}

/** An empty schedule, for catalogues that have no plan and no release schedule. */
export function emptySchedule(asOf: string): Schedule {
	return buildSchedule([], [], asOf);
}

function toRelease({ publisher, record, sourcePath, row }: ScheduleRowSource, asOf: string): PlannedRelease {
	const planned = parsePlannedDate(record.planned_release)!;
	const released = record.status === 'released';
	return {
		publisher,
		datasetId: record.dataset_id,
		anchor: releaseAnchor(record.dataset_id),
		sourcePath,
		row,
		title: pair(record.title_en, record.title_fr),
		planned,
		status: record.status,
		state: stateOf(record, planned.end, asOf),
		actualRelease: record.actual_release,
		onTime: released && record.actual_release !== undefined ? record.actual_release <= planned.end : undefined,
		highValue: record.high_value === 'yes',
		commitment: record.commitment,
		priorityReason: pair(record.priority_reason_en, record.priority_reason_fr),
		notes: pair(record.notes_en, record.notes_fr),
		delayReason: pair(record.delay_reason_en, record.delay_reason_fr),
	};
}

function stateOf(record: ScheduleRowRecord, due: string, asOf: string): ReleaseState {
	if ((record.status === 'planned' || record.status === 'in_progress') && due < asOf) return 'overdue';
	return record.status;
}

function pair(en: string | undefined, fr: string | undefined): LocalizedText | undefined {
	if (en === undefined && fr === undefined) return undefined;
	return { ...(en === undefined ? {} : { en }), ...(fr === undefined ? {} : { fr }) };
}

function byDueDate(a: PlannedRelease, b: PlannedRelease): number {
	return compare(a.planned.end, b.planned.end) || compare(a.publisher, b.publisher) || compare(a.datasetId, b.datasetId);
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
