/**
 * Bounds on the shape of a metadata file, checked on the parsed data before anything else looks at
 * it: the schema checks, the cross-checks and the model all walk the data, and a hostile file of a
 * few hundred thousand list items or keys (still under the size limit) would make them crawl or
 * overflow the stack. No real metadata file comes near these limits.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { DiagnosticCode } from '../diagnostics/registry.ts';
import { formatPath, locate, type DataPath } from './locate.ts';
import type { ParsedYaml } from './parse-yaml.ts';

/** The most items in a list, keys in a mapping, and levels of nesting a metadata file may have. */
export interface StructureLimits {
	items: number;
	keys: number;
	depth: number;
	/** Values of any kind in the whole file. */
	values: number;
}

/** A data dictionary of a very wide table has a few thousand fields; a list is never longer than that. */
export const STRUCTURE_LIMITS: StructureLimits = { items: 10_000, keys: 1_000, depth: 32, values: 100_000 };

/** The problems of the first parts of `parsed` that go beyond `limits` (at most one per kind of limit). */
export function checkStructure(parsed: ParsedYaml, limits: StructureLimits = STRUCTURE_LIMITS): Diagnostic[] {
	const found = new Map<string, Diagnostic>();
	const report = (path: DataPath, code: DiagnosticCode, message: string, expected: string, got: string, hint: string) => {
		if (found.has(code)) return;
		found.set(code, { severity: 'error', code, file: parsed.file, ...safeLocate(parsed, path), field: formatPath(path), message, expected, got, hint });
	};
	// An explicit stack, not recursion: the depth of a hostile file is what is being checked.
	const stack: Array<{ value: unknown; path: DataPath }> = [{ value: parsed.data, path: [] }];
	let values = 0;
	while (stack.length > 0 && found.size < 3) {
		const { value, path } = stack.pop()!;
		if (++values > limits.values) {
			report(
				[],
				'structure.values',
				'holds too many values',
				`at most ${limits.values.toLocaleString('en')}`,
				`more than ${limits.values.toLocaleString('en')}`,
				'a metadata file describes one thing in a few hundred values; put data in a data file',
			);
			break;
		}
		if (value === null || typeof value !== 'object') continue;
		if (path.length >= limits.depth) {
			report(
				path,
				'structure.depth',
				'is nested too deeply',
				`at most ${limits.depth} levels`,
				`more than ${limits.depth}`,
				'metadata files are a few levels deep; check the indentation and the brackets',
			);
			continue;
		}
		if (Array.isArray(value)) {
			if (value.length > limits.items) {
				report(
					path,
					'structure.items',
					'has too many items',
					`at most ${limits.items.toLocaleString('en')}`,
					`${value.length.toLocaleString('en')} items`,
					'a metadata list is short; put long lists of values in a data file',
				);
				continue;
			}
			for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
		} else {
			const keys = Object.keys(value);
			if (keys.length > limits.keys) {
				report(
					path,
					'structure.keys',
					'has too many fields',
					`at most ${limits.keys.toLocaleString('en')}`,
					`${keys.length.toLocaleString('en')} fields`,
					'a metadata mapping has a few dozen fields at most',
				);
				continue;
			}
			for (let i = keys.length - 1; i >= 0; i--) stack.push({ value: (value as Record<string, unknown>)[keys[i]!], path: [...path, keys[i]!] });
		}
	}
	return [...found.values()];
}

/** The position of `path`, or the file's start when the positional parser cannot read the file (it is too deep for it). */
function safeLocate(parsed: ParsedYaml, path: DataPath): { line: number; column: number } {
	if (!parsed.locatable) return { line: 1, column: 1 };
	try {
		return locate(parsed, path);
	} catch {
		return { line: 1, column: 1 };
	}
}
