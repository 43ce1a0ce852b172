import type { Diagnostic } from './diagnostic.ts';

/** One line per problem, `path:line:column  field  message (expected ..., got ...)`, then the hint indented. */
export function formatText(diagnostics: readonly Diagnostic[]): string {
	return diagnostics.map(formatTextLine).join('\n');
}

/** The text form of one diagnostic. */
export function formatTextLine(d: Diagnostic): string {
	return `${d.file}:${d.line}:${d.column}  ${d.severity}  ${d.field ? `${d.field}  ` : ''}${describeProblem(d)}`;
}

/** The message with what was expected and found, and the hint on its own indented line. */
function describeProblem(d: Diagnostic): string {
	const detail = [d.expected && `expected ${d.expected}`, d.got && `got ${d.got}`].filter(Boolean).join(', ');
	const head = `${d.message}${detail ? ` (${detail})` : ''}`;
	return d.hint ? `${head}\n    hint: ${d.hint}` : head;
}

/** A closing line such as `2 errors and 1 warning in 3 files`. */
export function formatSummary(diagnostics: readonly Diagnostic[], fileCount: number): string {
	const errors = diagnostics.filter((d) => d.severity === 'error').length;
	const warnings = diagnostics.length - errors;
	const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
	return `${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${plural(fileCount, 'file')} checked`;
}

/**
 * GitHub Actions workflow commands, so a pull request shows each problem on its line.
 * Properties and data are escaped as the runner requires (%, CR, LF, and `:`/`,` in properties).
 */
export function formatGithub(diagnostics: readonly Diagnostic[]): string {
	return diagnostics
		.map((d) => {
			const title = escapeProperty(d.field || d.code);
			const body = describeProblem(d);
			return `::${d.severity} file=${escapeProperty(d.file)},line=${d.line},col=${d.column},title=${title}::${escapeData(body)}`;
		})
		.join('\n');
}

/** A machine-readable report for other tools. */
export function formatJson(diagnostics: readonly Diagnostic[], fileCount: number): string {
	const errors = diagnostics.filter((d) => d.severity === 'error').length;
	return JSON.stringify({ files: fileCount, errors, warnings: diagnostics.length - errors, diagnostics }, null, 2);
}

function escapeData(text: string): string {
	return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(text: string): string {
	return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
