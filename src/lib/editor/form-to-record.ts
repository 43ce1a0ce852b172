/**
 * Reads the editor's form back into a dataset record. The form's controls are named by the data
 * path, with list indices: `title.en`, `contact_point.email`, `themes` (one entry per ticked box),
 * `keywords.fr` (one word a line), `distributions.0.format`. Empty values are left out, as a
 * steward would leave the line out of the file. Fields the form does not offer are kept from
 * `base`, the record being edited, and keys keep the order they have there (the schema's order for
 * a new dataset), so an edit changes only the lines it has to.
 */
import type { FormField } from './form-description.ts';

/** The form's values by control name: every value of that name (several for ticked boxes). */
export type FormValues = ReadonlyMap<string, readonly string[]>;

/** Which item of the record being edited each repeated item started from: `distributions.2` → `distributions.<name>.__from`. */
export const FROM_SUFFIX = '__from';

type Json = string | number | boolean | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/**
 * The record the form describes: `fields` from the form description, `values` from the form,
 * `languages` the catalogue's languages (the order localized texts are written in), `base` the
 * record being edited (or nothing for a new dataset).
 */
export function recordFromValues(
	fields: readonly FormField[],
	values: FormValues,
	languages: readonly string[],
	base: Record<string, unknown> = {},
): JsonObject {
	return readObject(fields, values, '', languages, base as JsonObject);
}

function readObject(fields: readonly FormField[], values: FormValues, prefix: string, languages: readonly string[], base: JsonObject): JsonObject {
	const record: JsonObject = { ...base };
	for (const field of fields) {
		const name = prefix + field.key;
		const value = readField(field, values, name, languages, base[field.key]);
		if (value === undefined) delete record[field.key];
		else record[field.key] = value;
	}
	return record;
}

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

function first(values: FormValues, name: string): string {
	return (values.get(name)?.[0] ?? '').trim();
}

function readField(field: FormField, values: FormValues, name: string, languages: readonly string[], base: Json | undefined): Json | undefined {
	switch (field.kind) {
		case 'text':
		case 'date':
		case 'url':
		case 'email':
		case 'select':
			return first(values, name) || undefined;
		case 'number': {
			const text = first(values, name);
			// Anything not a whole number is kept as written, for the schema to report.
			return text === '' ? undefined : /^-?\d+$/.test(text) ? Number(text) : text;
		}
		case 'boolean':
			return values.has(name) ? true : isObject(base) || base === undefined ? undefined : false;
		case 'checkboxes': {
			const ticked = (values.get(name) ?? []).filter((v) => v !== '');
			return ticked.length ? ticked : undefined;
		}
		case 'localized':
			return nonEmpty(
				Object.fromEntries(
					languages.map((lang) => [lang, normalizeText(values.get(`${name}.${lang}`)?.[0] ?? '', field.multiline)]).filter(([, text]) => text !== ''),
				),
			);
		case 'keywords':
			return nonEmpty(
				Object.fromEntries(languages.map((lang) => [lang, lines(values.get(`${name}.${lang}`)?.[0] ?? '')] as const).filter(([, words]) => words.length > 0)),
			);
		case 'group':
			return nonEmpty(readObject(field.fields ?? [], values, `${name}.`, languages, isObject(base) ? base : {}));
		case 'repeat': {
			const previous = Array.isArray(base) ? base : [];
			const items = itemIndices(values, name).map((index) => {
				const from = Number(first(values, `${name}.${index}.${FROM_SUFFIX}`));
				const start = Number.isInteger(from) && isObject(previous[from]) ? (previous[from] as JsonObject) : {};
				return readObject(field.fields ?? [], values, `${name}.${index}.`, languages, start);
			});
			const kept = items.filter((item) => Object.keys(item).length > 0);
			return kept.length ? kept : undefined;
		}
	}
}

/** The indices of the items of the repeated field `name` present in the form, in order. */
function itemIndices(values: FormValues, name: string): number[] {
	const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d+)\\.`);
	const found = new Set<number>();
	for (const key of values.keys()) {
		const match = pattern.exec(key);
		if (match) found.add(Number(match[1]));
	}
	return [...found].sort((a, b) => a - b);
}

/** Trimmed text; a one-line text has its line breaks turned into spaces (the schema refuses them). */
function normalizeText(text: string, multiline = false): string {
	const unified = text.replace(/\r\n?/g, '\n');
	return (multiline ? unified.replace(/[ \t]+$/gm, '') : unified.replace(/\s*\n\s*/g, ' ')).trim();
}

function lines(text: string): string[] {
	return [
		...new Set(
			text
				.split(/\r?\n|\r/)
				.map((line) => line.trim())
				.filter(Boolean),
		),
	];
}

function nonEmpty(object: JsonObject): JsonObject | undefined {
	return Object.keys(object).length ? object : undefined;
}
