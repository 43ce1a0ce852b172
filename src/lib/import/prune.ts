/**
 * Fits a mapped record to its JSON Schema without inventing anything: a value the schema refuses
 * (an e-mail that is not one, a keyword past 100 characters) is dropped and reported; a value the
 * schema requires and the source lacks is listed as missing, which makes the record a draft.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { formatPath, pointerToPath, type DataPath } from '../load/locate.ts';

/** What fitting a record to its schema took. */
export interface PruneResult {
	/** Required fields the source lacks, e.g. `contact_point`, `distributions[0].format`. */
	missing: string[];
	/** Values dropped because the schema refuses them, with why. */
	dropped: Array<{ field: string; reason: string }>;
}

const GONE = Symbol('dropped');

/** Edits `record` in place until only missing required values keep it from passing `validate`. */
export function pruneToSchema(record: Record<string, unknown>, validate: ValidateFunction): PruneResult {
	const missing = new Set<string>();
	const dropped: PruneResult['dropped'] = [];
	for (let pass = 0; pass < 8; pass++) {
		if (validate(record)) break;
		const errors = validate.errors ?? [];
		const anyOfs = errors.filter((e) => e.keyword === 'anyOf');
		let changed = false;
		for (const error of errors) {
			if (error.keyword === 'if' || anyOfs.some((a) => error.schemaPath.startsWith(`${a.schemaPath}/`))) continue;
			const path = pointerToPath(error.instancePath);
			if (error.keyword === 'required') {
				missing.add(formatPath([...path, (error.params as { missingProperty: string }).missingProperty]));
			} else if (error.keyword === 'anyOf' && path.length === 0) {
				missing.add('distributions (or landing_page)');
			} else if (error.keyword === 'anyOf') {
				changed = drop(record, path, dropped, 'has neither a download nor an access address') || changed;
			} else if (error.keyword === 'not') {
				changed = drop(record, [...path, 'download_url'], dropped, 'a dataset that is not open cannot offer a download') || changed;
			} else if (error.keyword === 'maxItems') {
				const list = valueAt(record, path) as unknown[];
				const limit = (error.params as { limit: number }).limit;
				if (Array.isArray(list) && list.length > limit) {
					dropped.push({ field: formatPath(path), reason: `${list.length - limit} items past the limit of ${limit}` });
					list.length = limit;
					changed = true;
				}
			} else if (error.keyword === 'minItems' || error.keyword === 'minProperties') {
				changed = drop(record, path, dropped, 'is empty') || changed;
			} else {
				changed = drop(record, path, dropped, describe(error)) || changed;
			}
		}
		if (!changed) break;
		clean(record);
	}
	if (!validate(record)) {
		for (const error of validate.errors ?? []) {
			if (error.keyword === 'required' && !anyOfBranch(error, validate.errors ?? []))
				missing.add(formatPath([...pointerToPath(error.instancePath), (error.params as { missingProperty: string }).missingProperty]));
		}
	}
	return { missing: [...missing], dropped };
}

function anyOfBranch(error: ErrorObject, errors: readonly ErrorObject[]): boolean {
	return errors.some((a) => a.keyword === 'anyOf' && error.schemaPath.startsWith(`${a.schemaPath}/`));
}

function describe(error: ErrorObject): string {
	const params = error.params as Record<string, unknown>;
	if (error.keyword === 'maxLength') return `longer than ${params.limit} characters`;
	if (error.keyword === 'format') return `not a valid ${params.format}`;
	if (error.keyword === 'pattern') return 'not of the allowed form';
	if (error.keyword === 'uniqueItems') return 'listed twice';
	return error.message ?? error.keyword;
}

function drop(record: Record<string, unknown>, path: DataPath, dropped: PruneResult['dropped'], reason: string): boolean {
	if (path.length === 0) return false;
	const parent = valueAt(record, path.slice(0, -1)) as Record<string | number, unknown> | undefined;
	const last = path[path.length - 1]!;
	if (!parent || typeof parent !== 'object' || parent[last] === undefined || parent[last] === GONE) return false;
	parent[last] = GONE;
	dropped.push({ field: formatPath(path), reason });
	return true;
}

function valueAt(record: unknown, path: DataPath): unknown {
	let node = record;
	for (const part of path) node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[part] : undefined;
	return node;
}

/** Removes dropped values, and the lists and mappings left empty by them. */
function clean(node: unknown): void {
	if (Array.isArray(node)) {
		for (let i = node.length - 1; i >= 0; i--) {
			if (node[i] === GONE) node.splice(i, 1);
			else clean(node[i]);
		}
	} else if (node && typeof node === 'object') {
		const object = node as Record<string, unknown>;
		for (const [key, value] of Object.entries(object)) {
			if (value === GONE) delete object[key];
			else {
				clean(value);
				if (value && typeof value === 'object' && Object.keys(value).length === 0) delete object[key];
			}
		}
	}
}
