/**
 * The editor's form, worked out from schemas/dataset.schema.json (the single source of truth):
 * each property becomes a field by its shape (a `$ref` to a per-language text, a date, an address,
 * an enum, an object, a list of objects). The fields that refer to the catalogue's own lists
 * (publisher, licence, themes) offer those lists. Shapes the form cannot offer well (a bounding box,
 * an inline data dictionary) and what tools write (`origin`) are left out and listed in `omitted`.
 */
import type { FieldKind, FormDescription, FormField, FormLists, OptionSource } from './form-description.ts';

/** A JSON Schema node, as far as the form reads it. */
type Node = {
	$ref?: string;
	type?: string | string[];
	enum?: string[];
	format?: string;
	title?: string;
	description?: string;
	properties?: Record<string, Node>;
	required?: string[];
	items?: Node;
	maxItems?: number;
};

/** Resolves a `$ref` from the document `from` to its target and the document it is in. */
export type RefResolver = (ref: string, from: object) => { target: object; document: object };

/** Written by tools, not by people (the importers' record of where a record came from). */
const TOOL_FIELDS = new Set(['origin']);

/** The fields whose values are ids of one of the catalogue's lists. */
const LIST_FIELDS: Record<string, keyof FormLists> = { publisher: 'publishers', licence: 'licences', themes: 'themes' };

/** The shared definitions the form knows by name, and how each is entered. */
const DEFINITION_KINDS: Record<string, { kind: FieldKind; multiline?: boolean }> = {
	localizedShortText: { kind: 'localized' },
	localizedText: { kind: 'localized', multiline: true },
	localizedMarkdown: { kind: 'localized', multiline: true },
	localizedKeywords: { kind: 'keywords' },
	date: { kind: 'date' },
	httpUrl: { kind: 'url' },
	distributionUrl: { kind: 'url' },
	email: { kind: 'email' },
};

/**
 * The form of the dataset `schema`: `resolve` follows its `$ref`s (src/lib/validate/schemas.ts'
 * resolveRef), `lists` are the catalogue's publishers, licences and themes.
 */
export function schemaToForm(schema: object, resolve: RefResolver, lists: FormLists): FormDescription {
	const omitted: string[] = [];
	const fields = objectFields(schema as Node, schema, '', resolve, lists, omitted);
	return { fields, omitted };
}

function objectFields(node: Node, document: object, prefix: string, resolve: RefResolver, lists: FormLists, omitted: string[]): FormField[] {
	const required = new Set(node.required ?? []);
	const fields: FormField[] = [];
	for (const [key, property] of Object.entries(node.properties ?? {})) {
		const path = prefix ? `${prefix}.${key}` : key;
		const field = TOOL_FIELDS.has(key) ? undefined : fieldOf(key, path, property, document, required.has(key), resolve, lists, omitted);
		if (field) fields.push(field);
		else omitted.push(path);
	}
	return fields;
}

/** The definition name at the end of a `$ref`: `common.schema.json#/$defs/date` → `date`. */
function definitionName(ref: string): string {
	return ref.slice(ref.lastIndexOf('/') + 1);
}

function fieldOf(
	key: string,
	path: string,
	property: Node,
	document: object,
	required: boolean,
	resolve: RefResolver,
	lists: FormLists,
	omitted: string[],
): FormField | undefined {
	const base = {
		key,
		path,
		required,
		...(property.description ? { description: property.description } : {}),
		...(property.title ? { title: property.title } : {}),
	};
	const list = LIST_FIELDS[key];
	if (list) return { ...base, kind: property.type === 'array' ? 'checkboxes' : 'select', options: [...lists[list]], optionSource: list };

	let node = property;
	let home = document;
	if (node.$ref) {
		const known = DEFINITION_KINDS[definitionName(node.$ref)];
		if (known) return { ...base, ...known };
		({ target: node, document: home } = resolve(node.$ref, document) as { target: Node; document: object });
		if (node.$ref) return fieldOf(key, path, { ...node, description: property.description ?? node.description }, home, required, resolve, lists, omitted);
	}
	if (node.enum) return { ...base, kind: 'select', options: [...node.enum], optionSource: 'schema' as OptionSource };
	if (node.type === 'string') return { ...base, kind: 'text' };
	if (node.type === 'integer') return { ...base, kind: 'number' };
	if (node.type === 'boolean') return { ...base, kind: 'boolean' };
	if (node.type === 'object' && node.properties) return { ...base, kind: 'group', fields: objectFields(node, home, path, resolve, lists, omitted) };
	if (node.type === 'array' && node.items) {
		let items = node.items;
		let itemsHome = home;
		if (items.$ref) ({ target: items, document: itemsHome } = resolve(items.$ref, home) as { target: Node; document: object });
		if (items.enum) return { ...base, kind: 'checkboxes', options: [...items.enum], optionSource: 'schema' };
		if (items.type === 'object' && items.properties) {
			return {
				...base,
				kind: 'repeat',
				fields: objectFields(items, itemsHome, path, resolve, lists, omitted),
				...(node.maxItems ? { maxItems: node.maxItems } : {}),
			};
		}
	}
	return undefined;
}
