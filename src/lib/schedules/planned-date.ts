/**
 * Planned release dates as ministries write them: a day (`2027-03-31`), a month (`2027-03`) or a
 * quarter (`2027-Q1`). A month or a quarter is due by its last day, so a release planned for
 * `2027-Q1` is overdue from 2027-04-01 on.
 */

/** A planned release date, with the first and last day it covers. */
export interface PlannedDate {
	/** As written: `2027-03-31`, `2027-03` or `2027-Q1`. */
	text: string;
	precision: 'day' | 'month' | 'quarter';
	/** The first day the date covers, `YYYY-MM-DD`. */
	start: string;
	/** The last day: the release is due by then. */
	end: string;
	/** The quarter it falls in, `2027-Q1`, for timelines. */
	quarter: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

/** Whether `text` is a `YYYY-MM-DD` date that exists (2027-02-30 does not). */
export function isRealDate(text: string): boolean {
	const match = DAY.exec(text);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Reads a planned release date; `undefined` when it is not a real day, month or quarter. */
export function parsePlannedDate(text: string): PlannedDate | undefined {
	if (isRealDate(text)) return { text, precision: 'day', start: text, end: text, quarter: quarterOf(text) };
	const month = MONTH.exec(text);
	if (month) {
		const [year, m] = [Number(month[1]), Number(month[2])];
		return { text, precision: 'month', start: isoDay(year, m, 1), end: isoDay(year, m, daysInMonth(year, m)), quarter: quarterOf(`${text}-01`) };
	}
	const quarter = QUARTER.exec(text);
	if (quarter) {
		const [year, q] = [Number(quarter[1]), Number(quarter[2])];
		const last = q * 3;
		return { text, precision: 'quarter', start: isoDay(year, last - 2, 1), end: isoDay(year, last, daysInMonth(year, last)), quarter: text };
	}
	return undefined;
}

/** The quarter a `YYYY-MM-DD` date falls in: `2027-02-15` → `2027-Q1`. */
export function quarterOf(isoDate: string): string {
	return `${isoDate.slice(0, 4)}-Q${Math.ceil(Number(isoDate.slice(5, 7)) / 3)}`;
}

/** The quarters from `first` to `last` inclusive, in order: `2026-Q4`, `2027-Q1`, … */
export function quarterRange(first: string, last: string): string[] {
	const index = (q: string) => Number(q.slice(0, 4)) * 4 + Number(q.slice(6)) - 1;
	const out: string[] = [];
	for (let i = index(first); i <= index(last); i++) out.push(`${Math.floor(i / 4)}-Q${(i % 4) + 1}`);
	return out;
}

/** The number of whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
	return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Today's date on the UTC calendar, `YYYY-MM-DD`: the default "as of" date of a build. */
export function todayUtc(now: Date = new Date()): string {
	return now.toISOString().slice(0, 10);
}

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDay(year: number, month: number, day: number): string {
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
