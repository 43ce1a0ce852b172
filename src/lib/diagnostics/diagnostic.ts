import { hintOf, type DiagnosticCode } from './registry.ts';

/** How bad a problem is: errors fail the run, warnings are printed and let it pass. */
export type Severity = 'error' | 'warning';

/**
 * One problem found in a source file, located to the line and column the YAML parser gives.
 * `message` reads after the field path: `is required`, `is not a real date`.
 */
export interface Diagnostic {
	severity: Severity;
	/** A stable machine-readable name, e.g. `schema.required`, `yaml.duplicate-key`. */
	code: DiagnosticCode;
	/** The file, relative to the catalogue root, with forward slashes. */
	file: string;
	/** 1-based line and column; 1:1 when the problem is the file as a whole. */
	line: number;
	column: number;
	/** Where in the file's data, e.g. `distributions[1].format`; empty for the file as a whole. */
	field: string;
	message: string;
	expected?: string;
	got?: string;
	hint?: string;
}

/** Sorts by file, then position, so reports read top to bottom like the files. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
	return [...diagnostics].sort(
		(a, b) =>
			(a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.field < b.field ? -1 : a.field > b.field ? 1 : 0),
	);
}

/** Whether any of the diagnostics is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
	return diagnostics.some((d) => d.severity === 'error');
}

/**
 * Shows a value the way a steward wrote it: text in double quotes, whole (the text and GitHub
 * reports shorten it, see format.ts; the JSON report gives the text itself).
 */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'an empty value (null)';
	if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
	if (typeof value === 'object') return 'a mapping (key: value pairs)';
	return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/**
 * Keeps the first `limit` diagnostics of each file (in the order given) and replaces the rest with
 * one that counts them: a hostile or badly generated file must not drown the report of the others.
 */
export function capPerFile(diagnostics: readonly Diagnostic[], limit: number): Diagnostic[] {
	const counts = new Map<string, number>();
	for (const d of diagnostics) counts.set(d.file, (counts.get(d.file) ?? 0) + 1);
	const seen = new Map<string, number>();
	const out: Diagnostic[] = [];
	for (const d of diagnostics) {
		const index = seen.get(d.file) ?? 0;
		seen.set(d.file, index + 1);
		if (index < limit) out.push(d);
		else if (index === limit) {
			const rest = diagnostics.filter((other) => other.file === d.file).slice(limit);
			out.push({
				severity: rest.some((r) => r.severity === 'error') ? 'error' : 'warning',
				code: 'file.too-many-problems',
				file: d.file,
				line: d.line,
				column: d.column,
				field: '',
				message: `has ${(counts.get(d.file)! - limit).toLocaleString('en')} more problems from here on, not listed`,
				hint: hintOf('file.too-many-problems'),
			});
		}
	}
	return out;
}
