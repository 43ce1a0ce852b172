import type { CommitmentRecord, LocalizedText, PlanRecord, ReleaseStatus } from '../records.ts';
import type { PlannedDate } from '../schedules/planned-date.ts';

/**
 * Where a planned release stands on the build's "as of" date: its status as the ministry reports
 * it, except that a planned or in-progress release past its date is `overdue`.
 */
export type ReleaseState = 'released' | 'planned' | 'in_progress' | 'delayed' | 'overdue' | 'cancelled';

/** One row of a ministry's release schedule, as the pages and exports see it. */
export interface PlannedRelease {
	/** The publisher whose schedule it is in. */
	publisher: string;
	datasetId: string;
	/** The id of the row on its ministry's schedule page (`release-<dataset-id>`): stable, for links. */
	anchor: string;
	/** The schedule file and spreadsheet row it came from. */
	sourcePath: string;
	row: number;
	/** The title given in the schedule, for a dataset that has no metadata file yet. */
	title?: LocalizedText;
	planned: PlannedDate;
	status: ReleaseStatus;
	state: ReleaseState;
	actualRelease?: string;
	/** For a released row: whether it came out by the planned date. */
	onTime?: boolean;
	highValue: boolean;
	commitment?: string;
	priorityReason?: LocalizedText;
	notes?: LocalizedText;
	delayReason?: LocalizedText;
}

/** A commitment of a plan, with the plan it belongs to. */
export interface Commitment extends CommitmentRecord {
	planId: string;
}

/** An implementation plan with where it came from. */
export interface Plan extends Omit<PlanRecord, 'commitments'> {
	sourcePath: string;
	commitments: Commitment[];
}

/** The implementation plans and release schedules, judged on one date. */
export interface Schedule {
	/** The date overdue releases are judged on, `YYYY-MM-DD` (the build's `--as-of`). */
	asOf: string;
	plans: Plan[];
	/** Every commitment of every plan, in plan then file order. */
	commitments: Commitment[];
	commitmentById: Map<string, Commitment>;
	/** Every planned release, by due date, then publisher and dataset. */
	releases: PlannedRelease[];
	releaseByDataset: Map<string, PlannedRelease>;
	/** The releases of each publisher that has a schedule, in due-date order. */
	releasesByPublisher: Map<string, PlannedRelease[]>;
	releasesByCommitment: Map<string, PlannedRelease[]>;
}
