/**
 * The Charter scorecard: each configured indicator computed overall and per publisher on the
 * as-of date (from the validated catalogue), and quarter by quarter back to the start of the
 * history (from the history's versions), at the end of each quarter.
 */
import type { History } from '../history/read-history.ts';
import type { Catalogue } from '../model/catalogue.ts';
import { quarterOf, quarterRange } from '../schedules/planned-date.ts';
import { DEFAULT_SCORECARD, type IndicatorConfig, type ScorecardConfig } from './config.ts';
import { MEASURE_INFO, measure, type MeasureContext, type MeasureName, type MeasureValue } from './measures.ts';
import { currentSnapshot, forPublisher, snapshotAt, type Snapshot } from './snapshot.ts';

/** The most quarters a trend goes back. */
export const MAX_QUARTERS = 40;

/** A value without the lists behind it, for trends. */
export interface PointValue {
	value: number | undefined;
	met: number;
	unmet: number;
}

/** One point of a trend: a quarter and the value at its end (or on the as-of date for the current quarter). */
export interface TrendPoint {
	quarter: string;
	date: string;
	overall: PointValue;
	byPublisher: Record<string, PointValue>;
}

/** One indicator, computed. */
export interface IndicatorResult extends IndicatorConfig {
	principle: number;
	kind: 'share' | 'days';
	unit: 'dataset' | 'request';
	better: 'higher' | 'lower';
	/** On the as-of date, with the identifiers behind the number. */
	overall: MeasureValue;
	byPublisher: Record<string, MeasureValue>;
	/** Whether the overall value meets the target (`undefined`: no target or no value). */
	meetsTarget: boolean | undefined;
	trend: TrendPoint[];
}

export interface Scorecard {
	asOf: string;
	publishers: string[];
	quarters: string[];
	indicators: IndicatorResult[];
}

/** Computes the scorecard of `catalogue` with its `history`. */
export function computeScorecard(catalogue: Catalogue, history: History, config: ScorecardConfig = catalogue.scorecard ?? DEFAULT_SCORECARD): Scorecard {
	const context: MeasureContext = {
		openLicences: new Set(catalogue.config.licences.filter((l) => l.open !== false).map((l) => l.id)),
		languages: catalogue.languages,
	};
	const publishers = catalogue.publishers.map((p) => p.id);
	const asOf = catalogue.schedule.asOf;
	const now = currentSnapshot(catalogue);
	const nowByPublisher = Object.fromEntries(publishers.map((id) => [id, forPublisher(now, id)]));
	const quarters = trendQuarters(history, asOf);
	const past = quarters.map((quarter) => {
		const date = quarter === quarterOf(asOf) ? asOf : quarterEnd(quarter);
		const snapshot = date === asOf ? now : snapshotAt(history, date);
		return { quarter, date, snapshot, byPublisher: groupByPublisher(snapshot, publishers) };
	});
	const indicators = config.principles.flatMap(({ principle, indicators: list }) =>
		list.map((indicator): IndicatorResult => {
			const name: MeasureName = indicator.measure;
			const overall = measure(name, now, context);
			const info = MEASURE_INFO[name];
			return {
				...indicator,
				principle,
				...info,
				overall,
				byPublisher: Object.fromEntries(publishers.map((id) => [id, measure(name, nowByPublisher[id]!, context)])),
				meetsTarget:
					indicator.target === undefined || overall.value === undefined
						? undefined
						: info.better === 'higher'
							? overall.value >= indicator.target
							: overall.value <= indicator.target,
				trend: past.map(({ quarter, date, snapshot, byPublisher }) => ({
					quarter,
					date,
					overall: point(measure(name, snapshot, context)),
					byPublisher: Object.fromEntries(publishers.map((id) => [id, point(measure(name, byPublisher.get(id)!, context))])),
				})),
			};
		}),
	);
	return { asOf, publishers, quarters, indicators };
}

/** The quarters from the history's first commit to the as-of date (the last {@link MAX_QUARTERS}); none without history. */
export function trendQuarters(history: Pick<History, 'since' | 'state'>, asOf: string): string[] {
	if (history.state === 'none' || !history.since) return [];
	const first = quarterOf(history.since.slice(0, 10));
	const last = quarterOf(asOf);
	if (first > last) return [];
	return quarterRange(first, last).slice(-MAX_QUARTERS);
}

/** The last day of a quarter: `2024-Q1` → `2024-03-31`. */
export function quarterEnd(quarter: string): string {
	const year = Number(quarter.slice(0, 4));
	const month = Number(quarter.slice(6)) * 3;
	return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

function point(value: MeasureValue): PointValue {
	return { value: value.value, met: value.met.length, unmet: value.unmet.length };
}

function groupByPublisher(snapshot: Snapshot, publishers: readonly string[]): Map<string, Snapshot> {
	const groups = new Map<string, Snapshot>(publishers.map((id) => [id, { date: snapshot.date, datasets: [], releases: [], requests: [] }]));
	for (const d of snapshot.datasets) if (d.publisher) groups.get(d.publisher)?.datasets.push(d);
	for (const r of snapshot.releases) if (r.publisher) groups.get(r.publisher)?.releases.push(r);
	for (const r of snapshot.requests) if (r.publisher) groups.get(r.publisher)?.requests.push(r);
	return groups;
}
