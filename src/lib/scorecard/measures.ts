/**
 * The measures a scorecard indicator can use, each computed from a {@link Snapshot}. A share
 * measure says which things meet it and which do not, so the page can link to the datasets behind
 * its number; request_median_days gives a number of days. The definitions are spelt out in
 * schemas/scorecard.schema.json (measure) and on the page.
 */
import { parsePlannedDate, daysBetween } from '../schedules/planned-date.ts';
import { fileType, frequency } from '../vocabularies/index.ts';
import type { Snapshot } from './snapshot.ts';

export const MEASURES = [
	'open_share',
	'restricted_justified_share',
	'under_review_scheduled_share',
	'releases_on_time_share',
	'updated_on_schedule_share',
	'open_format_licence_share',
	'documented_share',
	'requests_answered_share',
	'request_median_days',
	'high_value_open_share',
	'bilingual_share',
] as const;

export type MeasureName = (typeof MEASURES)[number];

/** What a measure counts: datasets (and release rows, named by their dataset) or requests. */
export type Unit = 'dataset' | 'request';

/** A measure's value on one snapshot. */
export interface MeasureValue {
	/** A share from 0 to 1, or a number of days; `undefined` when there is nothing to measure. */
	value: number | undefined;
	/** The identifiers that meet it and that do not (for request_median_days: the requests counted, all in `met`). */
	met: string[];
	unmet: string[];
}

/** What the measures need besides the snapshot. */
export interface MeasureContext {
	/** The ids of the catalogue's open licences. */
	openLicences: ReadonlySet<string>;
	languages: readonly string[];
}

/** How a measure reads: a share or days, what it counts, and whether more is better. */
export const MEASURE_INFO: Record<MeasureName, { kind: 'share' | 'days'; unit: Unit; better: 'higher' | 'lower' }> = {
	open_share: { kind: 'share', unit: 'dataset', better: 'higher' },
	restricted_justified_share: { kind: 'share', unit: 'dataset', better: 'higher' },
	under_review_scheduled_share: { kind: 'share', unit: 'dataset', better: 'higher' },
	releases_on_time_share: { kind: 'share', unit: 'dataset', better: 'higher' },
	updated_on_schedule_share: { kind: 'share', unit: 'dataset', better: 'higher' },
	open_format_licence_share: { kind: 'share', unit: 'dataset', better: 'higher' },
	documented_share: { kind: 'share', unit: 'dataset', better: 'higher' },
	requests_answered_share: { kind: 'share', unit: 'request', better: 'higher' },
	request_median_days: { kind: 'days', unit: 'request', better: 'lower' },
	high_value_open_share: { kind: 'share', unit: 'dataset', better: 'higher' },
	bilingual_share: { kind: 'share', unit: 'dataset', better: 'higher' },
};

/** How late past one update period a dataset may be and still count as updated on schedule. */
export const UPDATE_GRACE_DAYS = 30;

const TABLE_FORMATS = new Set(['CSV', 'TSV', 'XLS', 'XLSX', 'ODS']);
const ANSWERS = new Set(['planned', 'released', 'not_held', 'declined']);

/** Computes `measure` on `snapshot`. */
export function measure(name: MeasureName, snapshot: Snapshot, context: MeasureContext): MeasureValue {
	const { datasets, releases, requests, date } = snapshot;
	const open = datasets.filter((d) => d.access === 'open');
	switch (name) {
		case 'open_share':
			return share(datasets, (d) => d.access === 'open');
		case 'restricted_justified_share':
			return share(
				datasets.filter((d) => d.access === 'restricted'),
				(d) => Boolean(d.exemption) && d.hasRationale,
			);
		case 'under_review_scheduled_share': {
			const scheduled = new Set(releases.filter((r) => r.status !== 'cancelled').map((r) => r.id));
			return share(
				datasets.filter((d) => d.access === 'under_review'),
				(d) => scheduled.has(d.id),
			);
		}
		case 'releases_on_time_share': {
			const due = releases.flatMap((r) => {
				const planned = r.planned ? parsePlannedDate(r.planned) : undefined;
				return planned && r.status !== 'cancelled' && (planned.end < date || (r.status === 'released' && r.actual !== undefined && r.actual <= date))
					? [{ ...r, due: planned.end }]
					: [];
			});
			return share(due, (r) => r.status === 'released' && r.actual !== undefined && r.actual <= r.due);
		}
		case 'updated_on_schedule_share': {
			const regular = open.flatMap((d) => {
				const days = periodDays(d.frequency);
				return days !== undefined && d.modified ? [{ ...d, days }] : [];
			});
			return share(regular, (d) => daysBetween(d.modified!, date) <= d.days + UPDATE_GRACE_DAYS);
		}
		case 'open_format_licence_share':
			return share(open, (d) => {
				const licences = [d.licence, ...d.distributions.map((x) => x.licence)].filter((l): l is string => l !== undefined);
				const openLicence = licences.length > 0 && licences.every((l) => context.openLicences.has(l));
				return (
					openLicence &&
					d.distributions.some((x) => {
						const type = x.format ? fileType(x.format) : undefined;
						return type?.nonProprietary === true && type.machineReadable;
					})
				);
			});
		case 'documented_share':
			return share(
				open.filter((d) => d.distributions.some((x) => x.format && TABLE_FORMATS.has(x.format))),
				(d) => d.distributions.some((x) => x.format && TABLE_FORMATS.has(x.format) && x.documented),
			);
		case 'requests_answered_share':
			return share(
				requests.filter((r) => r.received !== undefined && r.received <= date),
				(r) => firstAnswer(r.updates, date) !== undefined,
			);
		case 'request_median_days': {
			const answered = requests.flatMap((r) => {
				const answer = firstAnswer(r.updates, date);
				return answer && r.received ? [{ id: r.id, days: Math.max(0, daysBetween(r.received, answer)) }] : [];
			});
			return { value: median(answered.map((r) => r.days)), met: answered.map((r) => r.id).sort(), unmet: [] };
		}
		case 'high_value_open_share':
			return share(
				datasets.filter((d) => d.highValue),
				(d) => d.access === 'open',
			);
		case 'bilingual_share':
			return share(datasets, (d) => context.languages.every((lang) => d.describedIn.includes(lang)));
	}
}

function share<T extends { id: string }>(items: readonly T[], meets: (item: T) => boolean): MeasureValue {
	const met: string[] = [];
	const unmet: string[] = [];
	for (const item of items) (meets(item) ? met : unmet).push(item.id);
	return { value: items.length ? met.length / items.length : undefined, met: met.sort(), unmet: unmet.sort() };
}

/** The date of the first update that answers a request (a status other than received or under review), by `date`. */
function firstAnswer(updates: ReadonlyArray<{ date?: string; status?: string }>, date: string): string | undefined {
	return updates.find((u) => u.status !== undefined && ANSWERS.has(u.status) && u.date !== undefined && u.date <= date)?.date;
}

/** The length of one period of an update frequency in days, from its ISO 8601 interval; `undefined` for irregular ones. */
export function periodDays(code: string | undefined): number | undefined {
	const interval = code ? frequency(code)?.iso8601 : undefined;
	const match = interval ? /^R\/P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(interval) : null;
	if (!match) return undefined;
	const [years, months, weeks, days, hours, minutes, seconds] = match.slice(1).map((n) => Number(n ?? 0));
	return years! * 365 + months! * 30 + weeks! * 7 + days! + (hours! * 3600 + minutes! * 60 + seconds!) / 86_400;
}

function median(values: number[]): number | undefined {
	if (!values.length) return undefined;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
