/** Dates from other catalogues as YYYY-MM-DD: ISO dates and date-times, and the `m-d-yyyy` some sites write. */

/** The calendar date a value gives, written YYYY-MM-DD, or `undefined` when it gives none that exists. */
export function toDate(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	let match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
	if (match) return validDate(match[1]!, match[2]!, match[3]!);
	match = /^(\d{4})-(\d{2})$/.exec(text);
	if (match) return undefined; // a month is not a day: not made into one
	match = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(text);
	if (match) return validDate(match[3]!, match[1]!.padStart(2, '0'), match[2]!.padStart(2, '0'));
	return undefined;
}

function validDate(year: string, month: string, day: string): string | undefined {
	const iso = `${year}-${month}-${day}`;
	const date = new Date(`${iso}T00:00:00Z`);
	return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? undefined : iso;
}

/**
 * A period such as data.json's `temporal` (`2010-01-01/2020-12-31`, `2010-01-01T00:00:00Z/..`) as
 * start and end dates; `undefined` without a start day.
 */
export function toPeriod(value: unknown): { start: string; end?: string } | undefined {
	if (typeof value !== 'string') return undefined;
	const [from, to] = value.split('/');
	const start = toDate(from);
	if (!start) return undefined;
	const end = toDate(to);
	return end ? { start, end } : { start };
}
