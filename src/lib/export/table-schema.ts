/**
 * A data dictionary as a Frictionless Table Schema 2.0 document, for harvesters and tools
 * (frictionless, csvw converters) to read: the catalogue's dictionaries carry titles and
 * descriptions per language, the standard one string each, so the document is written in one
 * language. Everything else is the standard's own vocabulary already and is kept as it is.
 */
import { localizedString } from '../i18n/localize.ts';
import type { FieldRecord, TableSchemaRecord } from '../records.ts';

/** The profile the documents declare. */
export const TABLE_SCHEMA_PROFILE = 'https://datapackage.org/profiles/2.0/tableschema.json';

/** A field of the document: the record's field with its texts in one language. */
export type TableSchemaField = Omit<FieldRecord, 'title' | 'description'> & { title?: string; description?: string };

/** The document. */
export type TableSchemaDocument = Omit<TableSchemaRecord, '$schema' | 'fields'> & { $schema: string; fields: TableSchemaField[] };

/** `dictionary` with its texts in `lang` (falling back through `languages`), declaring the Table Schema 2.0 profile. */
export function toTableSchemaDocument(dictionary: TableSchemaRecord, lang: string, languages: readonly string[]): TableSchemaDocument {
	const { $schema: _ownSchema, fields, ...rest } = dictionary;
	return {
		$schema: TABLE_SCHEMA_PROFILE,
		fields: fields.map(({ title, description, ...field }) => {
			const text = { title: localizedString(title, lang, languages), description: localizedString(description, lang, languages) };
			return { ...field, ...(text.title ? { title: text.title } : {}), ...(text.description ? { description: text.description } : {}) };
		}),
		...rest,
	};
}
