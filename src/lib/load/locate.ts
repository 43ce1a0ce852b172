import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { ParsedYaml } from './parse-yaml.ts';

/** A path into a file's data: keys and list positions, e.g. `['distributions', 1, 'format']`. */
export type DataPath = readonly (string | number)[];

/** The name a located `path` is kept under (position-cache.ts, which the editor's script must not load): its value's position, or its key's with `key`. */
export function positionName(path: readonly (string | number)[], key: boolean): string {
	return `${key ? 'key' : 'value'} ${JSON.stringify(path)}`;
}

/**
 * Finds the line and column of a value (or, with `key`, of its key) in a parsed file. When the path
 * does not exist (a missing field), it points at the deepest part that does.
 */
export function locate(parsed: ParsedYaml, path: DataPath, options: { key?: boolean } = {}): { line: number; column: number } {
	const name = parsed.positions && positionName(path, options.key === true);
	const known = name === undefined ? undefined : parsed.positions!.get(name);
	if (known) return { line: known[0], column: known[1] };
	const position = locateInDocument(parsed, path, options.key === true);
	// Not `parsed.positions!`: a file found changed while it was read has had them taken away (read-metadata.ts).
	if (name !== undefined) parsed.positions?.set(name, [position.line, position.column]);
	return position;
}

/** {@link locate} in the file's positional document (parsed now, if it was not). */
function locateInDocument(parsed: ParsedYaml, path: DataPath, key: boolean): { line: number; column: number } {
	let node: unknown = parsed.document.contents;
	let offset = (node as Node | null)?.range?.[0] ?? 0;
	for (let i = 0; i < path.length; i++) {
		const segment = path[i]!;
		const last = i === path.length - 1;
		if (isMap(node)) {
			const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
			if (!pair) break;
			const target = last && key ? pair.key : (pair.value ?? pair.key);
			offset = (target as Node | null)?.range?.[0] ?? offset;
			node = pair.value;
		} else if (isSeq(node) && typeof segment === 'number') {
			const item = node.items[segment] as Node | undefined;
			if (!item) break;
			offset = item.range?.[0] ?? offset;
			node = item;
		} else {
			break;
		}
	}
	const pos = parsed.lineCounter.linePos(offset);
	return { line: pos.line, column: pos.col };
}

/** Writes a data path the way stewards read it: `distributions[1].format`. */
export function formatPath(path: DataPath): string {
	return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

/** A JSON Pointer (ajv's `instancePath`, `/distributions/1/format`) as a data path: `['distributions', 1, 'format']`. */
export function pointerToPath(pointer: string): DataPath {
	if (!pointer) return [];
	return pointer
		.slice(1)
		.split('/')
		.map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
		.map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
