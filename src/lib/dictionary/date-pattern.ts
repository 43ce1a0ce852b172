/**
 * Date and time formats written as strptime patterns (`%d/%m/%Y`), as Table Schema allows for date,
 * time and datetime columns. Only the numeric directives are understood: month names differ from
 * one language to another and would need a locale the dictionary does not give.
 */

/** The directives a pattern may use, and the part of a date or time each captures. */
const DIRECTIVES: Record<string, { source: string; part: DatePart }> = {
	Y: { source: '(\\d{4})', part: 'year' },
	y: { source: '(\\d{2})', part: 'shortYear' },
	m: { source: '(\\d{1,2})', part: 'month' },
	d: { source: '(\\d{1,2})', part: 'day' },
	H: { source: '(\\d{1,2})', part: 'hour' },
	M: { source: '(\\d{2})', part: 'minute' },
	S: { source: '(\\d{2})', part: 'second' },
	f: { source: '(\\d{1,9})', part: 'fraction' },
};

type DatePart = 'year' | 'shortYear' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'fraction';

/** The parts a pattern found in a value; missing parts are left out. */
export type DateParts = Partial<Record<DatePart, number>>;

/** A compiled pattern: a function reading the parts of a value, or the directive it does not know. */
export type DatePattern = { ok: true; read(value: string): DateParts | undefined } | { ok: false; unknown: string };

/** The directives {@link compileDatePattern} understands, for messages. */
export const DATE_DIRECTIVES = Object.keys(DIRECTIVES).map((d) => `%${d}`);

/** Compiles a strptime pattern such as `%d/%m/%Y %H:%M`. */
export function compileDatePattern(pattern: string): DatePattern {
	const parts: DatePart[] = [];
	let source = '';
	for (let i = 0; i < pattern.length; i++) {
		const char = pattern[i]!;
		if (char !== '%') {
			source += char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
			continue;
		}
		const directive = pattern[++i] ?? '';
		if (directive === '%') {
			source += '%';
			continue;
		}
		const known = DIRECTIVES[directive];
		if (!known) return { ok: false, unknown: `%${directive}` };
		source += known.source;
		parts.push(known.part);
	}
	const regex = new RegExp(`^${source}$`);
	return {
		ok: true,
		read(value) {
			const match = regex.exec(value);
			if (!match) return undefined;
			const found: DateParts = {};
			parts.forEach((part, i) => (found[part] = Number(part === 'fraction' ? `0.${match[i + 1]}` : match[i + 1])));
			if (found.shortYear !== undefined) found.year ??= found.shortYear + (found.shortYear < 69 ? 2000 : 1900);
			return found;
		},
	};
}
