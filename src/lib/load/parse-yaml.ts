import { CORE_SCHEMA, load } from 'js-yaml';
import { isScalar, LineCounter, parseDocument, visit, type Document, type ErrorCode } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { hintOf, registeredHint, YAML_ERROR_CODES } from '../diagnostics/registry.ts';
import type { KnownPositions } from './position-cache.ts';

/**
 * A parsed YAML file: its data, and what is needed to point at any part of it. The positional
 * document is built only when something asks for it, which is only when there is a problem to locate.
 */
export interface ParsedYaml {
	file: string;
	data: unknown;
	/** Whether positions can be had quickly: false for a file so long in items that locating in it would take too long. */
	locatable: boolean;
	readonly document: Document.Parsed;
	readonly lineCounter: LineCounter;
	/** Positions kept for this file's text by an earlier run (position-cache.ts): what locate.ts finds there, it does not parse for. */
	positions?: KnownPositions;
}

/** An anchor (`&name`) at the start of a value; files with aliases take the alias-limited parser. */
const ANCHOR = /(?:^|[\s[{,:-])&[^\s,[\]{}]/m;

/**
 * Parses one YAML file with YAML 1.2 core rules (dates stay strings, `no` stays a string), keeping
 * positions. Syntax problems, duplicate keys included, come back as diagnostics, all of them.
 */
export function parseYaml(file: string, text: string): { parsed: ParsedYaml | undefined; diagnostics: Diagnostic[] } {
	// The positional parser takes seconds, even minutes, on a hostile file of a few hundred thousand
	// items or keys (it compares every key of a mapping with the others): it only reads files that are
	// small in items, and reports only problems of those. Larger files get the fast parser's first error.
	const positional = countSeparators(text) <= MAX_POSITIONAL_SEPARATORS;
	// Both parsers recurse once per level: 100,000 nested brackets take seconds and overflow the stack.
	const bracketDepth = flowDepth(text);
	if (bracketDepth > MAX_FLOW_DEPTH) {
		return {
			parsed: undefined,
			diagnostics: [{ ...tooDeep(file), expected: `at most ${MAX_FLOW_DEPTH} nested brackets`, got: `${bracketDepth.toLocaleString('en')}` }],
		};
	}
	// Most files are fine: read them with the fast parser and keep the positional one for when a
	// problem must be located. A file the fast parser refuses is re-read to report every problem.
	if (!ANCHOR.test(text)) {
		try {
			const data = load(text, { schema: CORE_SCHEMA, filename: file });
			return { parsed: lazilyLocated(file, text, data, positional), diagnostics: [] };
		} catch (error) {
			if (!positional) return { parsed: undefined, diagnostics: [fastParserProblem(file, error)] };
			// fall through to the parser that reports all problems with positions
		}
	} else if (!positional) {
		return {
			parsed: undefined,
			diagnostics: [
				{
					severity: 'error',
					code: 'yaml.too-complex',
					file,
					line: 1,
					column: 1,
					field: '',
					message: 'has too many lines and items to be read with anchors and aliases',
					expected: `at most ${MAX_POSITIONAL_SEPARATORS.toLocaleString('en')} lines and commas`,
					hint: hintOf('yaml.too-complex'),
				},
			],
		};
	}
	return parseWithPositions(file, text);
}

/**
 * Whether `text` is read by {@link parseYaml}'s fast parser (it has no anchors): only such a file's
 * data is kept in the load cache (file-cache.ts), so a file read from the cache is read as before.
 */
export function readsFast(text: string): boolean {
	return !ANCHOR.test(text);
}

/**
 * The parsed file whose `data` {@link parseYaml} read from `text` before, without a problem (kept in
 * the load cache, file-cache.ts): the same as parsing it again, without the parsing. `text` may be
 * given as a function, called only when a problem is to be located (a file not even read:
 * read-metadata.ts).
 */
export function parsedFromKnownData(file: string, text: string | (() => string), data: unknown): ParsedYaml {
	// Lines and commas are counted only when a problem is to be located: most kept files have none
	// (~40 MB of text at 10,000 datasets). lazilyLocated, which the editor's script bundles with
	// parseYaml, is left as it is, so that script is too.
	let located: ParsedYaml | undefined;
	const parsed = () => {
		if (located) return located;
		const source = typeof text === 'string' ? text : text();
		return (located = lazilyLocated(file, source, data, countSeparators(source) <= MAX_POSITIONAL_SEPARATORS));
	};
	return {
		file,
		data,
		get locatable() {
			return parsed().locatable;
		},
		get document() {
			return parsed().document;
		},
		get lineCounter() {
			return parsed().lineCounter;
		},
	};
}

/** Line breaks and commas: roughly the number of items a file could hold, counted without parsing it. */
const MAX_POSITIONAL_SEPARATORS = 20_000;

/** More nested [ and { than this and a file is refused before parsing (metadata needs a handful). */
const MAX_FLOW_DEPTH = 64;

/** The deepest nesting of [ and { outside quotes and comments, counted without parsing. */
function flowDepth(text: string): number {
	let depth = 0;
	let deepest = 0;
	let quote = '';
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quote) {
			if (c === quote) quote = '';
			else if (c === '\n' && quote === '#') quote = '';
		} else if (c === '"' || c === "'") {
			// A quote inside a plain word (it's) starts nothing.
			if (i === 0 || /[\s[{,:]/.test(text[i - 1]!)) quote = c;
		} else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
			quote = '#';
		} else if (c === '[' || c === '{') {
			deepest = Math.max(deepest, ++depth);
		} else if ((c === ']' || c === '}') && depth > 0) {
			depth--;
		} else if (c === '\n' && text[i + 1] !== ' ' && text[i + 1] !== '\t') {
			// A line at the margin starts a new top-level entry: flow collections never reach it open.
			depth = 0;
		}
	}
	return deepest;
}

function countSeparators(text: string): number {
	let count = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 10 || c === 44) count++;
	}
	return count;
}

/** The first problem js-yaml found, where it found it. */
function fastParserProblem(file: string, error: unknown): Diagnostic {
	const mark = (error as { mark?: { line: number; column: number } }).mark;
	const reason = (error as { reason?: string }).reason ?? (error instanceof Error ? error.message : String(error));
	const duplicate = /duplicate/i.test(reason);
	return {
		severity: 'error',
		code: duplicate ? 'yaml.duplicate-key' : 'yaml.syntax',
		file,
		line: (mark?.line ?? 0) + 1,
		column: (mark?.column ?? 0) + 1,
		field: '',
		message: error instanceof RangeError ? 'is nested too deeply to be read' : firstLine(reason),
		hint: duplicate ? hintOf('yaml.duplicate-key') : 'check the YAML syntax around this line; only the first problem of a file this long is shown',
	};
}

function lazilyLocated(file: string, text: string, data: unknown, locatable: boolean): ParsedYaml {
	let positional: { document: Document.Parsed; lineCounter: LineCounter } | undefined;
	const build = () => {
		if (!positional) {
			const lineCounter = new LineCounter();
			// The fast parser already refused repeated keys; the positional parser's own check is quadratic.
			positional = { document: parseDocument(text, { lineCounter, uniqueKeys: false, version: '1.2', schema: 'core' }), lineCounter };
		}
		return positional;
	};
	return {
		file,
		data,
		locatable,
		get document() {
			return build().document;
		},
		get lineCounter() {
			return build().lineCounter;
		},
	};
}

/** Past this many syntax problems in one file, the rest are counted, not listed: one broken file must not drown the report. */
export const MAX_YAML_PROBLEMS = 50;

function parseWithPositions(file: string, text: string): { parsed: ParsedYaml | undefined; diagnostics: Diagnostic[] } {
	const lineCounter = new LineCounter();
	let document: Document.Parsed;
	try {
		// Duplicate keys are found below: the parser's own check compares every key with every other (minutes for a hostile file).
		document = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, version: '1.2', schema: 'core' });
	} catch (error) {
		// The parser recurses once per level of nesting: a file of 100,000 nested brackets overflows the stack.
		if (!(error instanceof RangeError)) throw error;
		return { parsed: undefined, diagnostics: [tooDeep(file)] };
	}
	const diagnostics: Diagnostic[] = [];
	const problems = [
		...document.errors.map((p) => ['error', p] as const),
		...duplicateKeys(document).map((p) => ['error', p] as const),
		...document.warnings.map((p) => ['warning', p] as const),
	];
	for (const [index, [severity, problem]] of problems.entries()) {
		{
			if (index === MAX_YAML_PROBLEMS) {
				const pos = lineCounter.linePos(problem.pos[0]);
				diagnostics.push({
					severity: 'error',
					code: 'yaml.too-many-problems',
					file,
					line: pos.line,
					column: pos.col,
					field: '',
					message: `has ${(problems.length - MAX_YAML_PROBLEMS).toLocaleString('en')} more syntax problems from here on, not listed`,
					hint: 'fix the problems above first; the file was perhaps generated by a script that went wrong',
				});
				break;
			}
			const pos = lineCounter.linePos(problem.pos[0]);
			diagnostics.push({
				severity,
				code: YAML_ERROR_CODES[problem.code],
				file,
				line: pos.line,
				column: pos.col,
				field: '',
				message: firstLine(problem.message),
				hint: registeredHint(YAML_ERROR_CODES[problem.code]) ?? 'check the YAML syntax around this line',
			});
		}
	}
	if (diagnostics.some((d) => d.severity === 'error')) return { parsed: undefined, diagnostics };
	let data: unknown;
	try {
		data = document.toJS({ maxAliasCount: 100 });
	} catch (error) {
		if (error instanceof RangeError) return { parsed: undefined, diagnostics: [...diagnostics, tooDeep(file)] };
		diagnostics.push({
			severity: 'error',
			code: 'yaml.resource-exhaustion',
			file,
			line: 1,
			column: 1,
			field: '',
			message: firstLine(error instanceof Error ? error.message : String(error)),
			hint: hintOf('yaml.resource-exhaustion'),
		});
		return { parsed: undefined, diagnostics };
	}
	return { parsed: { file, data, locatable: true, document, lineCounter }, diagnostics };
}

/** The repeated keys of every mapping, as the parser's own check words them, found with one set per mapping. */
function duplicateKeys(document: Document.Parsed): Array<{ code: ErrorCode; message: string; pos: [number, number] }> {
	const found: Array<{ code: ErrorCode; message: string; pos: [number, number] }> = [];
	try {
		visitMaps(document, found);
	} catch (error) {
		// Too deep to walk: toJS below says so.
		if (!(error instanceof RangeError)) throw error;
	}
	return found;
}

function visitMaps(document: Document.Parsed, found: Array<{ code: ErrorCode; message: string; pos: [number, number] }>): void {
	visit(document, {
		Map(_key, map) {
			const seen = new Set<string>();
			for (const pair of map.items) {
				if (!isScalar(pair.key)) continue;
				const name = String(pair.key.value);
				if (seen.has(name))
					found.push({ code: 'DUPLICATE_KEY', message: 'Map keys must be unique', pos: [pair.key.range?.[0] ?? 0, pair.key.range?.[1] ?? 0] });
				seen.add(name);
			}
		},
	});
}

function tooDeep(file: string): Diagnostic {
	return {
		severity: 'error',
		code: 'yaml.too-deep',
		file,
		line: 1,
		column: 1,
		field: '',
		message: 'is nested too deeply to be read',
		hint: hintOf('yaml.too-deep'),
	};
}

function firstLine(text: string): string {
	const line = text.split('\n')[0]!.trim();
	return line.charAt(0).toLowerCase() + line.slice(1).replace(/\.$/, '');
}
