/**
 * The field reference for stewards, generated from the JSON Schemas so it cannot drift from what
 * the validator checks: one entry per field, nested fields included (`contact_point.email`,
 * `distributions[].format`), each with whether it is required, its kind of value, its description
 * and its allowed values.
 */

/** A JSON Schema node, as far as the reference reads it. */
type SchemaNode = {
	$ref?: string;
	type?: string | string[];
	format?: string;
	enum?: unknown[];
	const?: unknown;
	description?: string;
	examples?: unknown[];
	required?: string[];
	properties?: Record<string, SchemaNode>;
	/** `false` closes a tuple after its `prefixItems`. */
	items?: SchemaNode | boolean;
	$defs?: Record<string, SchemaNode>;
	$id?: string;
	[key: string]: unknown;
};

/** The kind of value a field takes; pages translate it (`docs.kind.<kind>`). */
export type FieldKind =
	'identifier' | 'text' | 'markdown' | 'keywords' | 'url' | 'email' | 'date' | 'code' | 'string' | 'integer' | 'number' | 'boolean' | 'list' | 'object';

/** One field of a file. */
export interface FieldDoc {
	/** Where it is: `title`, `contact_point.email`, `distributions[].format`. */
	path: string;
	/** How deep it is nested (0 for top-level fields). */
	depth: number;
	/** Whether the field must always be given (fields required only in some cases say so in their description). */
	required: boolean;
	kind: FieldKind;
	/** Whether the value is a list of `kind` (e.g. themes: a list of codes). */
	list: boolean;
	/** The schema's description of the field (English). */
	description: string;
	/** The values allowed, when the schema lists them and they are few enough to print. */
	allowed?: string[];
	/** The first example the schema gives for the field (or for its kind of value), as YAML-like text. */
	example?: string;
}

/** More allowed values than this are described rather than listed (the EU file types run to dozens). */
export const MAX_LISTED_VALUES = 12;

const KIND_OF_DEF: Record<string, FieldKind> = {
	identifier: 'identifier',
	localizedText: 'text',
	localizedShortText: 'text',
	localizedMarkdown: 'markdown',
	localizedKeywords: 'keywords',
	httpUrl: 'url',
	email: 'email',
	date: 'date',
	languageCode: 'code',
	themeCode: 'code',
	frequencyCode: 'code',
	fileTypeCode: 'code',
	dataLanguageCode: 'code',
};

/**
 * Every field of `schema`, depth-first in the schema's order. `schemas` holds the schemas that
 * `$ref`s point into, by file name (`common.schema.json`); local refs (`#/$defs/x`) resolve in `schema`.
 */
export function fieldReference(schema: SchemaNode, schemas: Record<string, SchemaNode>): FieldDoc[] {
	const fields: FieldDoc[] = [];
	walk(schema, schema, '', 0);
	return fields;

	function walk(node: SchemaNode, home: SchemaNode, prefix: string, depth: number): void {
		const required = new Set(node.required ?? []);
		for (const [name, property] of Object.entries(node.properties ?? {})) {
			const path = `${prefix}${name}`;
			const isList = property.type === 'array' || (property.$ref === undefined && property.items !== undefined);
			const items = typeof property.items === 'object' ? property.items : {};
			const [valueNode, valueHome, defName] = resolve(isList ? items : property, home);
			const kind: FieldKind = (defName && KIND_OF_DEF[defName]) || kindOfType(valueNode);
			const values = valueNode.enum?.map(String);
			const example = property.examples?.[0] ?? (isList ? undefined : valueNode.examples?.[0]);
			fields.push({
				path,
				depth,
				required: required.has(name),
				kind: values && kind === 'string' ? 'code' : kind,
				list: isList,
				description: property.description ?? valueNode.description ?? '',
				...(values && values.length <= MAX_LISTED_VALUES ? { allowed: values } : {}),
				...(example !== undefined ? { example: exampleText(example) } : {}),
			});
			if (valueNode.properties) walk(valueNode, valueHome, isList ? `${path}[].` : `${path}.`, depth + 1);
		}
	}

	/** Follows `$ref`s to the node they name, with the schema it lives in and its `$defs` name. */
	function resolve(node: SchemaNode, home: SchemaNode): [SchemaNode, SchemaNode, string | undefined] {
		let current = node;
		let currentHome = home;
		let defName: string | undefined;
		for (let hops = 0; current.$ref && hops < 10; hops++) {
			const [file, pointer = ''] = current.$ref.split('#');
			if (file) currentHome = schemas[file] ?? {};
			const name = /^\/\$defs\/(.+)$/.exec(pointer)?.[1];
			defName ??= name;
			const target = name ? currentHome.$defs?.[name] : currentHome;
			if (!target) throw new Error(`cannot resolve $ref ${current.$ref}`);
			current = target;
		}
		return [current, currentHome, defName];
	}
}

function kindOfType(node: SchemaNode): FieldKind {
	switch (node.type) {
		case 'integer':
		case 'number':
		case 'boolean':
		case 'object':
			return node.type;
		case 'array':
			return 'list';
		default:
			return node.format === 'date' ? 'date' : node.format === 'email' ? 'email' : 'string';
	}
}

function exampleText(example: unknown): string {
	if (typeof example === 'string') return example;
	if (example && typeof example === 'object' && !Array.isArray(example)) {
		return Object.entries(example)
			.map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
			.join('\n');
	}
	return JSON.stringify(example);
}
