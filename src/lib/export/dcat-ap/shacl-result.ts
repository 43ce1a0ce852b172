/**
 * The check of a SHACL result read back from the cache folder (untrusted), in a module of its own:
 * `npm run validate` checks the results it kept without loading the SHACL engine or the RDF
 * library (shacl.ts, rdf.ts), which it needs only when a dataset must be checked again.
 */
import type { ShaclResult } from './shacl.ts';

const RESULT_KEYS = new Set(['severity', 'focusNode', 'path', 'component', 'min', 'max', 'messages', 'value']);

/** Whether `value` is a SHACL result as the caches keep them (read back from the cache: untrusted). */
export function isResult(value: unknown): value is ShaclResult {
	if (!isRecord(value) || !Object.keys(value).every((name) => RESULT_KEYS.has(name))) return false;
	const optional = (name: string, type: 'string' | 'number') =>
		value[name] === undefined || (typeof value[name] === type && (type === 'string' || Number.isFinite(value[name])));
	return (
		(value.severity === 'error' || value.severity === 'warning') &&
		typeof value.focusNode === 'string' &&
		typeof value.component === 'string' &&
		Array.isArray(value.messages) &&
		value.messages.every((message) => typeof message === 'string') &&
		optional('path', 'string') &&
		optional('value', 'string') &&
		optional('min', 'number') &&
		optional('max', 'number')
	);
}

/** Whether `value` is a list of SHACL results as the caches keep them (each checked with {@link isResult}). */
export function isResultList(value: unknown): value is ShaclResult[] {
	return Array.isArray(value) && value.every(isResult);
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}
