/**
 * Reads the cells of a column the way its data dictionary says they are written (Table Schema
 * types and formats), giving each value a form that can be compared: numbers for quantities, years
 * and instants, ISO text for dates, times and months, canonical text for the rest. The same reading
 * applies to the dictionary's own enum, minimum and maximum values, so that `2024-03-31` in the
 * dictionary and `31/03/2024` in a file with the format `%d/%m/%Y` compare equal.
 */
import type { FieldRecord } from '../records.ts';
import { compileDatePattern, type DateParts } from './date-pattern.ts';

/** A value read from a cell: something `<` can compare, or undefined when the cell does not fit the type. */
export type Comparable = number | string | boolean;

/** How one column's cells are read. */
export interface FieldCaster {
	/** The value of a (non-missing) cell, or undefined when it does not fit the column's type. */
	cast(cell: string): Comparable | undefined;
	/** What a cell must look like, for messages: "a whole number", "a date written %d/%m/%Y". */
	expected: string;
	/** Whether values have an order, so minimum and maximum apply. */
	ordered: boolean;
}

const DEFAULT_TRUE = ['true', 'True', 'TRUE', '1'];
const DEFAULT_FALSE = ['false', 'False', 'FALSE', '0'];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIME = /^(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const DURATION =
	/^P(?!$)(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?=\d)(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const POINT = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/;

/** The caster of a column, from its dictionary entry. Unknown formats read as the default one. */
export function fieldCaster(field: FieldRecord): FieldCaster {
	const type = field.type ?? 'string';
	const format = field.format ?? 'default';
	switch (type) {
		case 'string':
			return stringCaster(format);
		case 'integer':
			return { cast: numberReader(field, true), expected: 'a whole number', ordered: true };
		case 'number':
			return {
				cast: numberReader(field, false),
				expected: `a number${field.decimalChar && field.decimalChar !== '.' ? ` with "${field.decimalChar}" before the decimals` : ''}`,
				ordered: true,
			};
		case 'boolean': {
			const yes = field.trueValues ?? DEFAULT_TRUE;
			const no = field.falseValues ?? DEFAULT_FALSE;
			return { cast: (cell) => (yes.includes(cell) ? true : no.includes(cell) ? false : undefined), expected: `${yes[0]} or ${no[0]}`, ordered: false };
		}
		case 'date':
			return dateTimeCaster(format, 'date');
		case 'time':
			return dateTimeCaster(format, 'time');
		case 'datetime':
			return dateTimeCaster(format, 'datetime');
		case 'year':
			return { cast: (cell) => (/^\d{4}$/.test(cell) ? Number(cell) : undefined), expected: 'a year written YYYY', ordered: true };
		case 'yearmonth':
			return { cast: (cell) => (/^\d{4}-(?:0[1-9]|1[0-2])$/.test(cell) ? cell : undefined), expected: 'a year and month written YYYY-MM', ordered: true };
		case 'duration':
			return { cast: durationSeconds, expected: 'an ISO 8601 duration such as P1Y2M or PT30M', ordered: true };
		case 'geopoint':
			return {
				cast: pointReader(format),
				expected:
					format === 'array'
						? 'a point written [longitude, latitude]'
						: format === 'object'
							? 'a point written {"lon": …, "lat": …}'
							: 'a point written "longitude, latitude"',
				ordered: false,
			};
		case 'geojson':
		case 'object':
			return { cast: (cell) => jsonText(cell, (v) => typeof v === 'object' && v !== null && !Array.isArray(v)), expected: 'a JSON object', ordered: false };
		case 'array':
			return { cast: (cell) => jsonText(cell, Array.isArray), expected: 'a JSON array', ordered: false };
		case 'any':
			return { cast: (cell) => cell, expected: 'any value', ordered: false };
	}
}

function stringCaster(format: string): FieldCaster {
	const checks: Record<string, [(cell: string) => boolean, string]> = {
		email: [(cell) => EMAIL.test(cell), 'an e-mail address'],
		uri: [isUri, 'a web address (URI)'],
		uuid: [(cell) => UUID.test(cell), 'a UUID'],
		binary: [(cell) => BASE64.test(cell), 'base64-encoded data'],
	};
	const check = checks[format];
	if (!check) return { cast: (cell) => cell, expected: 'text', ordered: false };
	return { cast: (cell) => (check[0](cell) ? cell : undefined), expected: check[1], ordered: false };
}

function isUri(cell: string): boolean {
	try {
		return /^[a-z][a-z0-9+.-]*:/i.test(cell) && new URL(cell).protocol !== '';
	} catch {
		return false;
	}
}

function numberReader(field: FieldRecord, integer: boolean): (cell: string) => number | undefined {
	const group = field.groupChar;
	const decimal = integer ? undefined : field.decimalChar;
	const bare = field.bareNumber ?? true;
	return (cell) => {
		let text = cell;
		if (!bare) text = text.replace(/^[^\d+\-.,]+|[^\d.,]+$/g, '');
		if (group) text = text.split(group).join('');
		if (decimal && decimal !== '.') text = text.replace(decimal, '.');
		if (!integer && (text === 'NaN' || text === 'INF' || text === '-INF')) return text === 'NaN' ? Number.NaN : text === 'INF' ? Infinity : -Infinity;
		if (!(integer ? INTEGER : NUMBER).test(text)) return undefined;
		return Number(text);
	};
}

type TemporalKind = 'date' | 'time' | 'datetime';

/** The parts of a date or time, with the time zone's offset from UTC in minutes. */
type TimeParts = DateParts & { offset?: number };

const ISO_NAMES: Record<TemporalKind, string> = { date: 'YYYY-MM-DD', time: 'HH:MM:SS', datetime: 'YYYY-MM-DDTHH:MM:SS' };
const ARTICLES: Record<TemporalKind, string> = { date: 'a date', time: 'a time', datetime: 'a date and time' };

function dateTimeCaster(format: string, kind: TemporalKind): FieldCaster {
	const read = (parts: TimeParts | undefined) => (parts ? comparableDate(parts, kind) : undefined);
	if (format === 'any') {
		const loose = (cell: string): Comparable | undefined => {
			if (kind === 'time') return read(isoParts(/^\d{1,2}:\d{2}$/.test(cell) ? `${cell.padStart(5, '0')}:00` : cell, kind));
			const time = Date.parse(cell);
			if (Number.isNaN(time)) return undefined;
			return kind === 'date' ? new Date(time).toISOString().slice(0, 10) : time;
		};
		return { cast: (cell) => read(isoParts(cell, kind)) ?? loose(cell), expected: ARTICLES[kind], ordered: true };
	}
	const pattern = format === 'default' ? undefined : compileDatePattern(format);
	if (pattern?.ok) return { cast: (cell) => read(pattern.read(cell)), expected: `${ARTICLES[kind]} written ${format}`, ordered: true };
	return { cast: (cell) => read(isoParts(cell, kind)), expected: `${ARTICLES[kind]} written ${ISO_NAMES[kind]}`, ordered: true };
}

function isoParts(cell: string, kind: TemporalKind): TimeParts | undefined {
	const match = (kind === 'date' ? ISO_DATE : kind === 'time' ? ISO_TIME : ISO_DATETIME).exec(cell);
	if (!match) return undefined;
	const n = match.slice(1);
	const fraction = (text: string | undefined) => (text ? Number(`0${text}`) : 0);
	if (kind === 'date') return { year: Number(n[0]), month: Number(n[1]), day: Number(n[2]) };
	if (kind === 'time') return { hour: Number(n[0]), minute: Number(n[1]), second: Number(n[2]), fraction: fraction(n[3]), offset: zoneOffset(n[4]) };
	return {
		year: Number(n[0]),
		month: Number(n[1]),
		day: Number(n[2]),
		hour: Number(n[3]),
		minute: Number(n[4]),
		second: Number(n[5]),
		fraction: fraction(n[6]),
		offset: zoneOffset(n[7]),
	};
}

function zoneOffset(zone: string | undefined): number {
	if (!zone || zone === 'Z') return 0;
	return (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
}

/** Dates compare as YYYY-MM-DD text, times as seconds since midnight, date-times as milliseconds since 1970 (UTC). */
function comparableDate(parts: TimeParts, kind: TemporalKind): Comparable | undefined {
	const { year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0, fraction = 0, offset = 0 } = parts;
	if (hour > 23 || minute > 59 || second > 59) return undefined;
	if (kind !== 'time' && (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate())) return undefined;
	if (kind === 'date') return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
	if (kind === 'time') return hour * 3600 + minute * 60 + second + fraction - offset * 60;
	return Date.UTC(year, month - 1, day, hour, minute, second) + fraction * 1000 - offset * 60_000;
}

function durationSeconds(cell: string): number | undefined {
	const match = DURATION.exec(cell);
	if (!match) return undefined;
	// Months and years have no fixed length; the average one is close enough to compare durations.
	const units = [365.25 * 86400, 30.44 * 86400, 7 * 86400, 86400, 3600, 60, 1];
	return units.reduce((total, unit, i) => total + Number(match[i + 1] ?? 0) * unit, 0);
}

function pointReader(format: string): (cell: string) => string | undefined {
	return (cell) => {
		let lon: number | undefined;
		let lat: number | undefined;
		if (format === 'array' || format === 'object') {
			let value: unknown;
			try {
				value = JSON.parse(cell);
			} catch {
				return undefined;
			}
			if (format === 'array' && Array.isArray(value) && value.length === 2) [lon, lat] = value as number[];
			if (format === 'object' && value && typeof value === 'object') ({ lon, lat } = value as { lon?: number; lat?: number });
		} else {
			const match = POINT.exec(cell);
			if (match) [lon, lat] = [Number(match[1]), Number(match[2])];
		}
		if (typeof lon !== 'number' || typeof lat !== 'number' || Math.abs(lon) > 180 || Math.abs(lat) > 90) return undefined;
		return `${lon},${lat}`;
	};
}

function jsonText(cell: string, accept: (value: unknown) => boolean): string | undefined {
	try {
		const value: unknown = JSON.parse(cell);
		return accept(value) ? JSON.stringify(value) : undefined;
	} catch {
		return undefined;
	}
}
