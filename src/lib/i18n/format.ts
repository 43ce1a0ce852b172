/** Dates and file sizes written the way the page language writes them. */

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A `YYYY-MM-DD` date written out in `lang`: `March 31, 2024`, `31 mars 2024`.
 * Read and written in UTC, so the day never shifts with the build machine's time zone.
 * Returns the input unchanged when it is not a valid date.
 */
export function formatDate(isoDate: string, lang: string): string {
	const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
	if (Number.isNaN(date.getTime())) return isoDate;
	let format = dateFormats.get(lang);
	if (!format) {
		format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
		dateFormats.set(lang, format);
	}
	return format.format(date);
}

const SIZE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte', 'petabyte'] as const;
const sizeFormats = new Map<string, Intl.NumberFormat>();

/**
 * A size in bytes in decimal (SI) units, written in `lang`: `1.5 MB` in English, `1,5 Mo` in
 * French; `512 bytes`, `512 octets` below 1 kB. One decimal at most.
 */
export function formatBytes(bytes: number, lang: string): string {
	let exponent = 0;
	let value = bytes;
	while (value >= 1000 && exponent < SIZE_UNITS.length - 1) {
		value /= 1000;
		exponent++;
	}
	// 999.96 kB rounds to "1,000 kB": move up a unit instead.
	if (exponent < SIZE_UNITS.length - 1 && Math.round(value * 10) / 10 >= 1000) {
		value /= 1000;
		exponent++;
	}
	const unit = SIZE_UNITS[exponent]!;
	const key = `${lang}:${unit}`;
	let format = sizeFormats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(lang, {
			style: 'unit',
			unit,
			unitDisplay: unit === 'byte' ? 'long' : 'short',
			maximumFractionDigits: exponent === 0 ? 0 : 1,
		});
		sizeFormats.set(key, format);
	}
	return format.format(value);
}

const degreeFormats = new Map<string, Intl.NumberFormat>();

/** A longitude or latitude in decimal degrees, written in `lang`: `-95.16°`, `-95,16°`. */
export function formatDegrees(degrees: number, lang: string): string {
	let format = degreeFormats.get(lang);
	if (!format) {
		format = new Intl.NumberFormat(lang, { maximumFractionDigits: 6 });
		degreeFormats.set(lang, format);
	}
	return `${format.format(degrees)}°`;
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** A month (`YYYY-MM`) written out in `lang`: `March 2027`, `mars 2027`. */
export function formatMonth(isoMonth: string, lang: string): string {
	const date = new Date(`${isoMonth.slice(0, 7)}-01T00:00:00Z`);
	if (Number.isNaN(date.getTime())) return isoMonth;
	let format = monthFormats.get(lang);
	if (!format) {
		format = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' });
		monthFormats.set(lang, format);
	}
	return format.format(date);
}

const percentFormats = new Map<string, Intl.NumberFormat>();

/** A share between 0 and 1 as a whole percentage in `lang`: `75%`, `75 %`. */
export function formatPercent(share: number, lang: string): string {
	let format = percentFormats.get(lang);
	if (!format) {
		format = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
		percentFormats.set(lang, format);
	}
	return format.format(share);
}
