/**
 * Progress figures of release schedules and plans, for the schedule pages and their charts:
 * releases counted by state, the on-time rate of what was delivered, the timeline by quarter, and
 * milestones counted by completion level. Pure functions of the model.
 */
import type { Commitment, PlannedRelease, ReleaseState } from '../model/schedule.ts';
import type { Completion } from '../records.ts';
import { quarterOf, quarterRange } from './planned-date.ts';

/** The states progress is counted in: in-progress releases count as planned (not yet due). */
export const PROGRESS_STATES = ['released', 'planned', 'delayed', 'overdue', 'cancelled'] as const;
export type ProgressState = (typeof PROGRESS_STATES)[number];

/** The OGP completion levels, from least to most done, then withdrawn. */
export const COMPLETIONS: readonly Completion[] = ['not_started', 'limited', 'substantial', 'complete', 'withdrawn'];

/** Counts of releases by state, and how many of the delivered ones came out by their planned date. */
export interface Progress extends Record<ProgressState, number> {
	total: number;
	onTime: number;
	/** `onTime / released`, or `undefined` when nothing was released yet. */
	onTimeRate: number | undefined;
}

/** The state a release is counted in. */
export function progressState(state: ReleaseState): ProgressState {
	return state === 'in_progress' ? 'planned' : state;
}

/** Counts `releases` by state. */
export function progressOf(releases: readonly PlannedRelease[]): Progress {
	const counts: Record<ProgressState, number> = { released: 0, planned: 0, delayed: 0, overdue: 0, cancelled: 0 };
	let onTime = 0;
	for (const release of releases) {
		counts[progressState(release.state)]++;
		if (release.onTime) onTime++;
	}
	return { ...counts, total: releases.length, onTime, onTimeRate: counts.released > 0 ? onTime / counts.released : undefined };
}

/** One quarter of the timeline: the releases due in it, counted by state. */
export interface QuarterProgress {
	quarter: string;
	progress: Progress;
	/** Whether the as-of date falls in this quarter. */
	current: boolean;
}

/**
 * The releases by the quarter they are due in, every quarter from the earliest to the latest (and
 * the as-of date's) included, so gaps show as empty quarters rather than disappearing.
 */
export function timelineByQuarter(releases: readonly PlannedRelease[], asOf: string): QuarterProgress[] {
	if (releases.length === 0) return [];
	const now = quarterOf(asOf);
	const quarters = releases.map((r) => r.planned.quarter);
	const sorted = [...quarters, now].sort();
	return quarterRange(sorted[0]!, sorted[sorted.length - 1]!).map((quarter) => ({
		quarter,
		progress: progressOf(releases.filter((r) => r.planned.quarter === quarter)),
		current: quarter === now,
	}));
}

/** A commitment's milestones counted by completion level. */
export function milestoneCounts(commitment: Commitment): Record<Completion, number> {
	const counts = Object.fromEntries(COMPLETIONS.map((c) => [c, 0])) as Record<Completion, number>;
	for (const milestone of commitment.milestones) counts[milestone.completion]++;
	return counts;
}

/** Whether a milestone's end has passed without it being complete or withdrawn. */
export function isMilestoneLate(milestone: { end: string; completion: Completion }, asOf: string): boolean {
	return milestone.end < asOf && milestone.completion !== 'complete' && milestone.completion !== 'withdrawn';
}
