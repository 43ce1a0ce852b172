import { CORE_SCHEMA, load } from 'js-yaml';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

/**
 * A parsed YAML file: its data, and what is needed to point at any part of it. The positional
 * document is built only when something asks for it, which is only when there is a problem to locate.
 */
export interface ParsedYaml {
	file: string;
	data: unknown;
	readonly document: Document.Parsed;
	readonly lineCounter: LineCounter;
}

/** An anchor (`&name`) at the start of a value; files with aliases take the alias-limited parser. */
const ANCHOR = /(?:^|[\s[{,:-])&[^\s,[\]{}]/m;

const HINTS: Record<string, string> = {
	DUPLICATE_KEY: 'each field may appear only once; remove or merge the repeated one',
	BAD_INDENT: 'nested fields must be indented consistently with spaces (two per level is the convention)',
	TAB_AS_INDENT: 'YAML does not allow tabs for indentation; use spaces',
	MISSING_CHAR: 'a quote or bracket is probably not closed',
	MULTILINE_IMPLICIT_KEY: 'a value probably needs quotes, or a previous line is missing its colon',
	BLOCK_AS_IMPLICIT_KEY: 'a value probably needs quotes, or a previous line is missing its colon',
	UNEXPECTED_TOKEN: 'text that contains ": " or starts with a special character must be quoted',
	ALIAS_PROPS: 'anchors and aliases are not needed in metadata files; write the value out',
	RESOURCE_EXHAUSTION: 'the file uses too many aliases; write values out instead of using anchors',
};

/**
 * Parses one YAML file with YAML 1.2 core rules (dates stay strings, `no` stays a string), keeping
 * positions. Syntax problems, duplicate keys included, come back as diagnostics, all of them.
 */
export function parseYaml(file: string, text: string): { parsed: ParsedYaml | undefined; diagnostics: Diagnostic[] } {
	// Most files are fine: read them with the fast parser and keep the positional one for when a
	// problem must be located. A file the fast parser refuses is re-read to report every problem.
	if (!ANCHOR.test(text)) {
		try {
			const data = load(text, { schema: CORE_SCHEMA, filename: file });
			return { parsed: lazilyLocated(file, text, data), diagnostics: [] };
		} catch {
			// fall through to the parser that reports all problems with positions
		}
	}
	return parseWithPositions(file, text);
}

function lazilyLocated(file: string, text: string, data: unknown): ParsedYaml {
	let positional: { document: Document.Parsed; lineCounter: LineCounter } | undefined;
	const build = () => {
		if (!positional) {
			const lineCounter = new LineCounter();
			positional = { document: parseDocument(text, { lineCounter, version: '1.2', schema: 'core' }), lineCounter };
		}
		return positional;
	};
	return {
		file,
		data,
		get document() {
			return build().document;
		},
		get lineCounter() {
			return build().lineCounter;
		},
	};
}

function parseWithPositions(file: string, text: string): { parsed: ParsedYaml | undefined; diagnostics: Diagnostic[] } {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, version: '1.2', schema: 'core' });
	const diagnostics: Diagnostic[] = [];
	for (const [severity, problems] of [['error', document.errors], ['warning', document.warnings]] as const) {
		for (const problem of problems) {
			const pos = lineCounter.linePos(problem.pos[0]);
			diagnostics.push({
				severity,
				code: `yaml.${problem.code.toLowerCase().replaceAll('_', '-')}`,
				file,
				line: pos.line,
				column: pos.col,
				field: '',
				message: firstLine(problem.message),
				hint: HINTS[problem.code] ?? 'check the YAML syntax around this line',
			});
		}
	}
	if (document.errors.length > 0) return { parsed: undefined, diagnostics };
	let data: unknown;
	try {
		data = document.toJS({ maxAliasCount: 100 });
	} catch (error) {
		diagnostics.push({
			severity: 'error',
			code: 'yaml.resource-exhaustion',
			file,
			line: 1,
			column: 1,
			field: '',
			message: firstLine(error instanceof Error ? error.message : String(error)),
			hint: HINTS.RESOURCE_EXHAUSTION,
		});
		return { parsed: undefined, diagnostics };
	}
	return { parsed: { file, data, document, lineCounter }, diagnostics };
}

function firstLine(text: string): string {
	const line = text.split('\n')[0]!.trim();
	return line.charAt(0).toLowerCase() + line.slice(1).replace(/\.$/, '');
}
