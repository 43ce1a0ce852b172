/**
 * Whether a dataset is as fresh as its update frequency promises, judged on the build's as-of date:
 * the next update is expected one period after `modified`; from that day the dataset is `due`, and
 * once a quarter of a period more has passed (at least a day) it is `overdue`. Frequencies without
 * a period (irregular, never, other, unknown) promise no date: `unscheduled`. Periods shorter than a
 * day count as a day, since `modified` is a calendar date.
 */
import { frequency } from '../vocabularies/index.ts';

/** Where a dataset stands against its update frequency. */
export type FreshnessState = 'current' | 'due' | 'overdue' | 'unscheduled';

/** The freshness states, in the order pages list them. */
export const FRESHNESS_STATES: readonly FreshnessState[] = ['current', 'due', 'overdue', 'unscheduled'];

/** A dataset's freshness on the as-of date. */
export interface Freshness {
	state: FreshnessState;
	/** The day the next update was expected, `YYYY-MM-DD` (absent when `unscheduled`). */
	expected?: string;
	/** The first day the dataset counts as overdue, `YYYY-MM-DD` (absent when `unscheduled`). */
	overdueFrom?: string;
}

const DAY_MS = 86_400_000;
const PERIOD = /^R\/P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T.*)?$/;

/** A period in calendar parts; a sub-day period (`PT1H`) is a day. */
interface Period {
	years: number;
	months: number;
	days: number;
}

/** The period of an ISO 8601 repeating interval such as `R/P1Y` or `R/PT1H`; `undefined` for `null`. */
export function parsePeriod(iso8601: string | null): Period | undefined {
	if (iso8601 === null) return undefined;
	const match = PERIOD.exec(iso8601);
	if (!match) return undefined;
	const [years, months, weeks, days] = match.slice(1, 5).map((part) => Number(part ?? 0)) as [number, number, number, number];
	const period = { years, months, days: weeks * 7 + days };
	return period.years + period.months + period.days === 0 ? { years: 0, months: 0, days: 1 } : period;
}

/** `date` (`YYYY-MM-DD`) plus a period; a month end that does not exist falls back to the month's last day (Jan 31 + 1 month = Feb 28). */
export function addPeriod(date: string, { years, months, days }: Period): string {
	const [y, m, d] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
	const monthIndex = m - 1 + months + years * 12;
	const year = y + Math.floor(monthIndex / 12);
	const month = ((monthIndex % 12) + 12) % 12;
	const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
	const shifted = Date.UTC(year, month, Math.min(d, lastDay)) + days * DAY_MS;
	return new Date(shifted).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * Freshness already judged, by as-of date, frequency and `modified`: a build asks for each
 * dataset's several times (its quality, its search record's key, the search page's filters in each
 * language), and datasets share dates, so the date arithmetic (~10 µs) is done once per triple.
 * Bounded: cleared when full.
 */
const judged = new Map<string, Readonly<Freshness>>();
const MAX_JUDGED = 100_000;

/**
 * The freshness of data last modified on `modified`, updated every `frequencyCode` (an EU frequency
 * code), on `asOf`. Frozen: the same object is given for the same three values.
 */
export function freshnessOf(modified: string, frequencyCode: string, asOf: string): Readonly<Freshness> {
	const key = `${asOf}|${frequencyCode}|${modified}`;
	let freshness = judged.get(key);
	if (freshness === undefined) {
		if (judged.size >= MAX_JUDGED) judged.clear();
		freshness = Object.freeze(judgeFreshness(modified, frequencyCode, asOf));
		judged.set(key, freshness);
	}
	return freshness;
}

function judgeFreshness(modified: string, frequencyCode: string, asOf: string): Freshness {
	const period = parsePeriod(frequency(frequencyCode)?.iso8601 ?? null);
	if (!period) return { state: 'unscheduled' };
	const expected = addPeriod(modified, period);
	const grace = Math.max(1, Math.ceil(daysBetween(modified, expected) / 4));
	const overdueFrom = addPeriod(expected, { years: 0, months: 0, days: grace });
	const state = asOf < expected ? 'current' : asOf < overdueFrom ? 'due' : 'overdue';
	return { state, expected, overdueFrom };
}
