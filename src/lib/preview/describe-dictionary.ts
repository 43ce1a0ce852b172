/**
 * The words a page uses for a data dictionary: each field's type and rules, and the notes on the
 * dictionary as a whole (primary key, how missing values are written). Pure, like describe-profile.
 */
import type { FieldRecord, TableSchemaRecord } from '../records.ts';
import type { PreviewWords } from './describe-profile.ts';

/** More allowed values than this are cut with an ellipsis. */
const MAX_LISTED_VALUES = 20;

/** A field's type, with its format when it is not the default: "Date, written %d/%m/%Y". */
export function fieldTypeLabel(field: FieldRecord, words: PreviewWords): string {
	const type = words.t(`dictionary.type.${field.type ?? 'string'}`);
	return field.format && field.format !== 'default' ? `${type}, ${words.t('dictionary.format', { format: field.format })}` : type;
}

/** The rules a field's values follow, one sentence each. */
export function fieldRules(field: FieldRecord, inPrimaryKey: boolean, words: PreviewWords): string[] {
	const constraints = field.constraints ?? {};
	const rules: string[] = [];
	if (constraints.required || inPrimaryKey) rules.push(words.t('dictionary.rule.required'));
	if (constraints.unique) rules.push(words.t('dictionary.rule.unique'));
	if (constraints.enum) {
		const values = constraints.enum.map(String);
		rules.push(words.t('dictionary.rule.enum', { values: values.slice(0, MAX_LISTED_VALUES).join(', ') + (values.length > MAX_LISTED_VALUES ? ', …' : '') }));
	}
	for (const rule of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'pattern'] as const) {
		const value = constraints[rule];
		if (value !== undefined) rules.push(words.t(`dictionary.rule.${rule}`, { value: String(value) }));
	}
	if (field.decimalChar && field.decimalChar !== '.') rules.push(words.t('dictionary.rule.decimalChar', { value: field.decimalChar }));
	return rules;
}

/** The primary key's columns, as a list. */
export function primaryKeyFields(dictionary: TableSchemaRecord): string[] {
	return typeof dictionary.primaryKey === 'string' ? [dictionary.primaryKey] : (dictionary.primaryKey ?? []);
}

/** Sentences about the dictionary as a whole: which columns identify a row, how missing values are written. */
export function dictionaryNotes(dictionary: TableSchemaRecord, words: PreviewWords): string[] {
	const notes: string[] = [];
	const key = primaryKeyFields(dictionary);
	if (key.length > 0) notes.push(words.t('dictionary.primaryKey', { columns: key.join(', ') }));
	const missing = dictionary.missingValues;
	if (missing && !(missing.length === 1 && missing[0] === '')) {
		const values = missing.map((value) => (value === '' ? words.t('dictionary.emptyCell') : `“${value}”`));
		notes.push(words.t('dictionary.missingValues', { values: values.join(', ') }));
	}
	return notes;
}
