/**
 * `scorecard.csv` and `scorecard.json`: every indicator of the Charter scorecard, overall and per
 * publisher, on the as-of date and at the end of each quarter of the history. The JSON also lists
 * the datasets (or requests) behind each current number, with their pages.
 */
import type { Catalogue } from '../model/catalogue.ts';
import type { Scorecard } from '../scorecard/compute.ts';
import type { DcatIris } from './dcat-ap/iris.ts';
import { toCsv, type CsvValue } from './csv.ts';

/** The CSV's columns: one row per indicator, scope (overall or a publisher) and date. */
export const SCORECARD_COLUMNS = ['principle', 'measure', 'scope', 'period', 'date', 'value', 'met', 'counted', 'target'] as const;

type Row = Partial<Record<(typeof SCORECARD_COLUMNS)[number], CsvValue>>;

/** The rows of `scorecard.csv`: for each indicator, the current values then the quarters, overall first. */
export function scorecardRows(scorecard: Scorecard): Row[] {
	return scorecard.indicators.flatMap((indicator) => {
		const base = { principle: indicator.principle, measure: indicator.measure, target: indicator.target };
		const row = (scope: string, period: string, date: string, value: { value: number | undefined; met: number; unmet: number }): Row => ({
			...base,
			scope,
			period,
			date,
			value: value.value === undefined ? undefined : round(value.value),
			met: indicator.kind === 'share' ? value.met : undefined,
			counted: value.met + value.unmet,
		});
		const count = (v: { value: number | undefined; met: string[]; unmet: string[] }) => ({ value: v.value, met: v.met.length, unmet: v.unmet.length });
		return [
			row('overall', 'current', scorecard.asOf, count(indicator.overall)),
			...scorecard.publishers.map((id) => row(id, 'current', scorecard.asOf, count(indicator.byPublisher[id]!))),
			...indicator.trend.flatMap((point) => [
				row('overall', point.quarter, point.date, point.overall),
				...scorecard.publishers.map((id) => row(id, point.quarter, point.date, point.byPublisher[id]!)),
			]),
		];
	});
}

/** `scorecard.csv`. */
export function toScorecardCsv(scorecard: Scorecard): string {
	return toCsv(SCORECARD_COLUMNS, scorecardRows(scorecard));
}

/** `scorecard.json`. */
export function toScorecardJson(scorecard: Scorecard, catalogue: Catalogue, iris: DcatIris, history: { state: string; since?: string }): object {
	const lang = catalogue.defaultLanguage;
	const link = (unit: 'dataset' | 'request', id: string) => {
		if (unit === 'request') return catalogue.requestById.has(id) ? { id, url: iris.page(lang, { page: 'request', id }) } : { id };
		return catalogue.datasetById.has(id) ? { id, url: iris.page(lang, { page: 'dataset', id }) } : { id };
	};
	return {
		as_of: scorecard.asOf,
		history: { state: history.state, since: history.since },
		quarters: scorecard.quarters,
		indicators: scorecard.indicators.map((indicator) => ({
			principle: indicator.principle,
			measure: indicator.measure,
			kind: indicator.kind,
			better: indicator.better,
			target: indicator.target,
			meets_target: indicator.meetsTarget,
			value: indicator.overall.value === undefined ? null : round(indicator.overall.value),
			met: indicator.overall.met.map((id) => link(indicator.unit, id)),
			unmet: indicator.overall.unmet.map((id) => link(indicator.unit, id)),
			by_publisher: Object.fromEntries(
				scorecard.publishers.map((id) => {
					const value = indicator.byPublisher[id]!;
					return [id, { value: value.value === undefined ? null : round(value.value), met: value.met, unmet: value.unmet }];
				}),
			),
			trend: indicator.trend.map((point) => ({
				quarter: point.quarter,
				date: point.date,
				value: point.overall.value === undefined ? null : round(point.overall.value),
				met: point.overall.met,
				unmet: point.overall.unmet,
				by_publisher: Object.fromEntries(
					Object.entries(point.byPublisher).map(([id, v]) => [id, { value: v.value === undefined ? null : round(v.value), met: v.met, unmet: v.unmet }]),
				),
			})),
		})),
	};
}

function round(value: number): number {
	return Math.round(value * 10000) / 10000;
}
