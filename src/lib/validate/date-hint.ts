/** The hint for a date written YYYY-MM-DD that does not exist, naming the month that was written. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Whether `year` has a 29 February. */
function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * What is wrong with an impossible date such as `2026-11-31` ("November has 30 days") or
 * `2026-13-01` ("there is no month 13"), for a text written `YYYY-MM-DD`.
 */
export function impossibleDateHint(text: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return 'write the date as YYYY-MM-DD, for example 2024-03-31';
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (month < 1 || month > 12) {
		const swapped = day >= 1 && day <= 12 && month <= 31 ? `; if you meant ${MONTHS[day - 1]} ${month}, write ${match[1]}-${match[3]}-${match[2]}` : '';
		return `there is no month ${month}: the month comes second and goes from 01 to 12${swapped}`;
	}
	const name = MONTHS[month - 1]!;
	if (day === 0) return `days start at 01; the first of ${name} is ${match[1]}-${match[2]}-01`;
	if (month === 2) {
		const days = isLeapYear(year) ? 29 : 28;
		return `February ${year} has ${days} days${days === 28 ? ' (29 only in leap years)' : ''}`;
	}
	const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return `${name} has ${days} days`;
}
