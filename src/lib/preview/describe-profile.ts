/**
 * The words a page uses to describe a table preview: its facts (rows, columns, separator,
 * encoding), its notes (ragged rows, repeated headers, stray quotes), the table's caption and each
 * column's type, empty share and range. Pure, and given the UI strings as a function, so the
 * build-time preview (Astro components) and the browser's (the preview element) say the same things.
 */
import type { ColumnSummary } from '../csv/column-stats.ts';
import type { TableProfile } from '../csv/table-profile.ts';

/** Values for a string's `{name}` placeholders. */
export type Vars = Record<string, string | number>;

/** The page language and a lookup of its UI strings (numbers in `vars` formatted for the language). */
export interface PreviewWords {
	lang: string;
	t(key: string, vars?: Vars): string;
}

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

/** `key.one` or `key.other`, as `count` needs in the page language, with `{count}` filled in. */
export function plural(words: PreviewWords, key: string, count: number, vars: Vars = {}): string {
	const form = new Intl.PluralRules(words.lang).select(count) === 'one' ? 'one' : 'other';
	return words.t(`${key}.${form}`, { ...vars, count });
}

/** The facts shown above a preview: rows, columns, separator and encoding. */
export function profileFacts(profile: TableProfile, words: PreviewWords): Array<{ term: string; value: string }> {
	const encoding =
		profile.encoding === 'utf-8'
			? profile.bom
				? words.t('preview.encoding.utf8Bom')
				: 'UTF-8'
			: profile.encoding === 'windows-1252'
				? 'Windows-1252'
				: 'UTF-16';
	return [
		{ term: words.t('preview.facts.rows'), value: number(profile.rowCount, words) },
		{ term: words.t('preview.facts.columns'), value: number(profile.columnCount, words) },
		{ term: words.t('preview.facts.delimiter'), value: words.t(`preview.delimiter.${DELIMITER_NAMES[profile.delimiter] ?? 'comma'}`) },
		{ term: words.t('preview.facts.encoding'), value: encoding },
	];
}

/** What a reader should know about the file before trusting the preview; none for a clean file. */
export function profileNotes(profile: TableProfile, words: PreviewWords): string[] {
	const notes: string[] = [];
	if (profile.raggedRows > 0)
		notes.push(plural(words, 'preview.note.ragged', profile.raggedRows, { line: profile.firstRaggedLine ?? 1, columns: profile.columnCount }));
	if (profile.repeatedHeaders > 0) notes.push(plural(words, 'preview.note.repeatedHeader', profile.repeatedHeaders));
	if (profile.quoteProblems > 0) notes.push(plural(words, 'preview.note.quotes', profile.quoteProblems, { line: profile.firstQuoteProblemLine ?? 1 }));
	if (profile.rowCount === 0) notes.push(words.t('preview.note.noRows'));
	return notes;
}

/** The caption of the rows table: all rows, or the first of how many. */
export function rowsCaption(profile: TableProfile, title: string, words: PreviewWords): string {
	if (profile.rows.length === profile.rowCount) return plural(words, 'preview.table.captionAll', profile.rowCount, { title });
	return words.t('preview.table.captionFirst', { shown: profile.rows.length, total: profile.rowCount, title });
}

/** A column's heading, or "(column 3)" when the file leaves it blank. */
export function columnHeading(name: string, index: number, words: PreviewWords): string {
	return name.trim() === '' ? words.t('preview.table.unnamed', { number: index + 1 }) : name;
}

/** The type a column's values were found to have. */
export function columnTypeLabel(column: ColumnSummary, words: PreviewWords): string {
	return words.t(`preview.type.${column.type}`);
}

/** The share of a column's cells that are empty, as a percentage: `0%`, `12.5%`. */
export function emptyShare(column: ColumnSummary, rowCount: number, words: PreviewWords): string {
	const share = rowCount === 0 ? 0 : column.empty / rowCount;
	return new Intl.NumberFormat(words.lang, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** The smallest and largest value of a number or date column, else how many distinct values it has. */
export function columnValues(column: ColumnSummary, words: PreviewWords): string {
	if (column.min !== undefined && column.max !== undefined)
		return column.min === column.max ? column.min : words.t('preview.range', { min: column.min, max: column.max });
	if (column.distinctCapped) return words.t('preview.distinct.capped', { count: column.distinct });
	return plural(words, 'preview.distinct', column.distinct);
}

function number(value: number, words: PreviewWords): string {
	return new Intl.NumberFormat(words.lang).format(value);
}
