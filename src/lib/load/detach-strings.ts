/**
 * V8 makes a substring of 13 characters or more a view of the string it was cut from (a "sliced
 * string"), and both YAML parsers cut every value from the file's text. One title kept in the model
 * then keeps the whole file alive: at 10,000 datasets the loaded catalogue held all 41 MB of its
 * files' text (~55 MB of heap), at 50,000 five times that, for as long as the build runs.
 */
const SLICED_MIN_LENGTH = 13;

/**
 * Replaces, in place, every string of `data` (parsed YAML: plain objects, arrays, scalars) that can
 * be a view of the text it was parsed from with a copy of its own, and returns `data` (or the copy,
 * when `data` is itself a string). The copy is exact: a string that is not well-formed UTF-16 (a
 * lone surrogate from a `\uD800` escape) goes through JSON, which keeps it as it is, not UTF-8.
 * Shared objects (YAML aliases) are walked once; iterative, so a deeply nested file cannot overflow
 * the stack.
 */
export function detachStrings(data: unknown): unknown {
	if (typeof data === 'string') return copyString(data);
	if (data === null || typeof data !== 'object') return data;
	const seen = new Set<object>([data]);
	const pending: object[] = [data];
	for (let container = pending.pop(); container !== undefined; container = pending.pop()) {
		const items = container as Record<string, unknown>;
		for (const key of Object.keys(items)) {
			const value = items[key];
			if (typeof value === 'string') {
				if (value.length < SLICED_MIN_LENGTH) continue;
				// An own `__proto__` key (YAML allows it) must stay a property, not become the prototype.
				if (key === '__proto__') Object.defineProperty(items, key, { value: copyString(value), writable: true, enumerable: true, configurable: true });
				else items[key] = copyString(value);
			} else if (value !== null && typeof value === 'object' && !seen.has(value)) {
				seen.add(value);
				pending.push(value);
			}
		}
	}
	return data;
}

/** A copy of `text` that shares no memory with it. */
function copyString(text: string): string {
	if (text.length < SLICED_MIN_LENGTH) return text;
	return text.isWellFormed() ? Buffer.from(text, 'utf8').toString('utf8') : (JSON.parse(JSON.stringify(text)) as string);
}
