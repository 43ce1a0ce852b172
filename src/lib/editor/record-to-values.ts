/**
 * The other way from ./form-to-record.ts: the values of the form's controls for an existing
 * record, so the editor opens on the dataset as it is. Repeated items get their index in the
 * record as `__from`, so fields the form does not offer are kept with the right item.
 */
import type { FormField } from './form-description.ts';
import { FROM_SUFFIX } from './form-to-record.ts';

/** The values by control name, and how many items each repeated field has (`distributions` → 3). */
export interface RecordValues {
	values: Map<string, string[]>;
	items: Map<string, number>;
}

/** The form's values for `record`; `languages` are the catalogue's languages. */
export function valuesFromRecord(fields: readonly FormField[], record: Record<string, unknown>, languages: readonly string[]): RecordValues {
	const out: RecordValues = { values: new Map(), items: new Map() };
	fill(fields, record, '', languages, out);
	return out;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function fill(fields: readonly FormField[], record: Record<string, unknown>, prefix: string, languages: readonly string[], out: RecordValues): void {
	for (const field of fields) {
		const name = prefix + field.key;
		const value = record[field.key];
		if (value === undefined || value === null) continue;
		switch (field.kind) {
			case 'localized':
				if (isObject(value)) for (const lang of languages) if (typeof value[lang] === 'string') out.values.set(`${name}.${lang}`, [value[lang] as string]);
				break;
			case 'keywords':
				if (isObject(value))
					for (const lang of languages) if (Array.isArray(value[lang])) out.values.set(`${name}.${lang}`, [(value[lang] as unknown[]).map(String).join('\n')]);
				break;
			case 'checkboxes':
				if (Array.isArray(value)) out.values.set(name, value.map(String));
				break;
			case 'boolean':
				if (value === true) out.values.set(name, ['true']);
				break;
			case 'group':
				if (isObject(value)) fill(field.fields ?? [], value, `${name}.`, languages, out);
				break;
			case 'repeat':
				if (Array.isArray(value)) {
					out.items.set(name, value.length);
					value.forEach((item, index) => {
						out.values.set(`${name}.${index}.${FROM_SUFFIX}`, [String(index)]);
						if (isObject(item)) fill(field.fields ?? [], item, `${name}.${index}.`, languages, out);
					});
				}
				break;
			default:
				if (typeof value !== 'object') out.values.set(name, [String(value)]);
		}
	}
}
