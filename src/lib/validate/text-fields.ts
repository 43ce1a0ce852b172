import { resolveRef, schemas, type SourceKind } from './schema-documents.ts';

/** A path pattern into a file's data; `*` stands for every item of a list. */
export type FieldPattern = readonly (string | '*')[];

/** Where a schema puts per-language texts, and which of them are Markdown. */
export interface TextFields {
	localized: FieldPattern[];
	markdown: FieldPattern[];
}

const LOCALIZED = /#\/\$defs\/localized(Text|Markdown|ShortText|Keywords)$/;
const cache = new Map<SourceKind, TextFields>();

/**
 * Finds the per-language text fields of a kind of file by walking its schema, so a new translated
 * field is checked for missing translations (and for raw HTML, if Markdown) without code changes.
 */
export function textFields(kind: SourceKind): TextFields {
	let fields = cache.get(kind);
	if (!fields) {
		fields = { localized: [], markdown: [] };
		walk(schemas[kind], schemas[kind], [], fields, 0);
		cache.set(kind, fields);
	}
	return fields;
}

/** The parts of a schema node the walk reads. */
interface SchemaNode {
	$ref?: unknown;
	properties?: Record<string, unknown>;
	then?: unknown;
	else?: unknown;
	items?: unknown;
}

function walk(value: unknown, root: object, path: (string | '*')[], out: TextFields, depth: number): void {
	if (!value || typeof value !== 'object' || depth > 12) return;
	const node = value as SchemaNode;
	if (typeof node.$ref === 'string') {
		const match = LOCALIZED.exec(node.$ref);
		if (match) {
			out.localized.push(path);
			if (match[1] === 'Markdown') out.markdown.push(path);
			return;
		}
		const { target, document } = resolveRef(node.$ref, root);
		walk(target, document, path, out, depth + 1);
	}
	for (const [key, child] of Object.entries(node.properties ?? {})) walk(child, root, [...path, key], out, depth + 1);
	// A field that takes one of two shapes (a distribution's schema: a file name or a dictionary) has them in then/else.
	for (const branch of [node.then, node.else]) walk(branch, root, path, out, depth + 1);
	if (node.items && typeof node.items === 'object') walk(node.items, root, [...path, '*'], out, depth + 1);
}

/** Every concrete path and value in `data` that matches the pattern. */
export function* matchPattern(data: unknown, pattern: FieldPattern, prefix: (string | number)[] = []): Generator<[(string | number)[], unknown]> {
	if (pattern.length === 0) {
		if (data !== undefined) yield [prefix, data];
		return;
	}
	const [head, ...rest] = pattern;
	if (head === '*') {
		if (Array.isArray(data)) for (let i = 0; i < data.length; i++) yield* matchPattern(data[i], rest, [...prefix, i]);
	} else if (data && typeof data === 'object' && !Array.isArray(data)) {
		yield* matchPattern((data as Record<string, unknown>)[head!], rest, [...prefix, head!]);
	}
}
