/**
 * The TypeScript types of the files ministries commit, written from the JSON Schemas (schemas/),
 * so the schemas stay the single source of truth: `npm run generate:types` writes them to
 * src/lib/records.generated.ts, and a test fails when that file is not what the schemas give.
 *
 * Our schemas use a small part of JSON Schema, and this covers exactly that part: objects with
 * `properties` and `required`, maps (`additionalProperties` with a schema), arrays (`items`,
 * `prefixItems`), `enum`, `const`, `type` lists, `anyOf`, `if: {type}` choosing between `then` and `else`, and `$ref`s to named `$defs`. Conditions
 * (`if`/`then`, `allOf`, `not`, `dependentRequired`) narrow what is valid but not its shape, so
 * they are left out; a keyword the generator does not know fails the generation rather than being
 * dropped silently.
 */

/** A JSON Schema node, as far as the generator reads it. */
export interface SchemaNode {
	$ref?: string;
	type?: string | string[];
	description?: string;
	enum?: unknown[];
	const?: unknown;
	properties?: Record<string, SchemaNode>;
	required?: string[];
	additionalProperties?: boolean | SchemaNode;
	items?: boolean | SchemaNode;
	prefixItems?: SchemaNode[];
	anyOf?: SchemaNode[];
	$defs?: Record<string, SchemaNode>;
	[keyword: string]: unknown;
}

/** A schema file: its file name (what `$ref`s name) and its content. */
export interface SchemaFile {
	file: string;
	schema: SchemaNode;
}

/** A type to declare: the schema node (a whole file, or one of its `$defs`) and the type's name. */
export interface NamedType {
	/** `dataset.schema.json` for a whole file, `dataset.schema.json#/$defs/distribution` for a definition. */
	ref: string;
	name: string;
}

/** Keywords that only constrain values, or annotate them: they change no TypeScript type. */
const CONSTRAINTS = new Set([
	'$schema',
	'$id',
	'title',
	'examples',
	'default',
	'format',
	'pattern',
	'minLength',
	'maxLength',
	'minimum',
	'maximum',
	'exclusiveMinimum',
	'exclusiveMaximum',
	'minItems',
	'maxItems',
	'uniqueItems',
	'minProperties',
	'propertyNames',
	'contentMediaType',
	'if',
	'then',
	'else',
	'allOf',
	'not',
	'dependentRequired',
]);

const SHAPE = new Set([
	'$ref',
	'type',
	'description',
	'enum',
	'const',
	'properties',
	'required',
	'additionalProperties',
	'items',
	'prefixItems',
	'anyOf',
	'$defs',
]);

/**
 * The source of a TypeScript module declaring `types` (in that order), from the schema files
 * `files`. A `$ref` to a named type uses its name; other `$ref`s are written out in place.
 */
export function recordTypesSource(files: readonly SchemaFile[], types: readonly NamedType[]): string {
	const byFile = new Map(files.map(({ file, schema }) => [file, schema]));
	const names = new Map(types.map(({ ref, name }) => [ref, name]));

	function lookup(ref: string): SchemaNode {
		const [file = '', pointer = ''] = ref.split('#');
		const schema = byFile.get(file);
		if (!schema) throw new Error(`${ref}: no schema file ${file}`);
		if (!pointer) return schema;
		const name = /^\/\$defs\/([\w-]+)$/.exec(pointer)?.[1];
		const target = name ? schema.$defs?.[name] : undefined;
		if (!target) throw new Error(`${ref}: no such definition`);
		return target;
	}

	/** `ref` made absolute: a file name and a pointer, whatever file it was written in. */
	function absolute(ref: string, file: string): string {
		return ref.startsWith('#') ? `${file}${ref}` : ref;
	}

	function typeOf(node: SchemaNode, file: string, indent: string): string {
		for (const keyword of Object.keys(node)) {
			if (!SHAPE.has(keyword) && !CONSTRAINTS.has(keyword)) throw new Error(`${file}: the type generator does not know the keyword ${keyword}`);
		}
		if (node.$ref) {
			const ref = absolute(node.$ref, file);
			return names.get(ref) ?? typeOf(lookup(ref), ref.split('#')[0]!, indent);
		}
		if (node.const !== undefined) return literal(node.const);
		if (node.enum) return node.enum.map(literal).join(' | ');
		// `if: {type}` choosing between `then` and `else` by the kind of value: either shape.
		if (isKindTest(node.if) && node.then && node.else)
			return union([typeOf(node.then as SchemaNode, file, indent), typeOf(node.else as SchemaNode, file, indent)]);
		if (node.anyOf) {
			// `anyOf` of `required` lists only says which properties must be there.
			const shapes = node.anyOf.filter((branch) => Object.keys(branch).some((keyword) => keyword !== 'required'));
			if (shapes.length > 0) return union(shapes.map((branch) => typeOf(branch, file, indent)));
		}
		const kinds = [
			node.type ?? (node.properties || node.additionalProperties !== undefined ? 'object' : node.items || node.prefixItems ? 'array' : undefined),
		].flat();
		if (kinds[0] === undefined) return 'unknown';
		return union(kinds.map((kind) => typeOfKind(kind!, node, file, indent)));
	}

	function typeOfKind(kind: string, node: SchemaNode, file: string, indent: string): string {
		switch (kind) {
			case 'string':
				return 'string';
			case 'integer':
			case 'number':
				return 'number';
			case 'boolean':
				return 'boolean';
			case 'null':
				return 'null';
			case 'array':
				if (node.prefixItems) {
					if (node.items !== false) throw new Error(`${file}: prefixItems without items: false`);
					return `[${node.prefixItems.map((item) => typeOf(item, file, indent)).join(', ')}]`;
				}
				return `${wrap(typeof node.items === 'object' ? typeOf(node.items, file, indent) : 'unknown')}[]`;
			case 'object':
				return objectType(node, file, indent);
			default:
				throw new Error(`${file}: unknown type ${kind}`);
		}
	}

	function objectType(node: SchemaNode, file: string, indent: string): string {
		const values = node.additionalProperties;
		if (!node.properties) {
			// A map keyed by the file's words (language codes, field names): any key may be missing.
			return `Partial<Record<string, ${typeof values === 'object' ? typeOf(values, file, indent) : 'unknown'}>>`;
		}
		const required = new Set(node.required ?? []);
		const inner = `${indent}\t`;
		const lines = Object.entries(node.properties).map(([name, property]) => {
			const key = /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
			return `${doc(property.description, inner)}${inner}${key}${required.has(name) ? '' : '?'}: ${typeOf(property, file, inner)};\n`;
		});
		if (typeof values === 'object') lines.push(`${inner}[key: string]: ${typeOf(values, file, inner)} | undefined;\n`);
		return `{\n${lines.join('')}${indent}}`;
	}

	const declarations = types.map(({ ref, name }) => {
		const node = lookup(ref);
		const file = ref.split('#')[0]!;
		const body = typeOf({ ...node, $defs: undefined }, file, '');
		return `${doc(node.description, '')}export type ${name} = ${body};\n`;
	});
	return `${HEADER}\n${declarations.join('\n')}`;
}

const HEADER = `/**
 * The shapes of the files ministries commit, as they are once they pass schema validation.
 * Generated from schemas/*.schema.json by \`npm run generate:types\` (scripts/types/record-types.ts):
 * do not edit; change the schemas and generate again. tests/types/record-types.test.ts fails when
 * this file is not what the schemas give.
 */
`;

/** `value` as a TypeScript literal, in the project's single quotes. */
function literal(value: unknown): string {
	return typeof value === 'string' && !/['\\\n]/.test(value) ? `'${value}'` : JSON.stringify(value);
}

function isKindTest(node: unknown): boolean {
	return typeof node === 'object' && node !== null && Object.keys(node).length === 1 && 'type' in node;
}

function union(types: string[]): string {
	const unique = [...new Set(types)];
	return unique.join(' | ');
}

/** `type` in parentheses when `[]` after it would bind to only part of it. */
function wrap(type: string): string {
	return /^[\w<>, .[\]'"]+$/.test(type) && !type.includes(' | ') ? type : `(${type})`;
}

function doc(description: string | undefined, indent: string): string {
	if (!description) return '';
	return `${indent}/** ${description.replaceAll('*/', '*\\/')} */\n`;
}
