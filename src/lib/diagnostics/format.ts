import { DRAFT_CODE } from '../validate/drafts.ts';
import type { Diagnostic } from './diagnostic.ts';

/** One line per problem, `path:line:column  field  message (expected ..., got ...)`, then the hint indented. */
export function formatText(diagnostics: readonly Diagnostic[]): string {
	return diagnostics.map(formatTextLine).join('\n');
}

/** The text form of one diagnostic. */
export function formatTextLine(d: Diagnostic): string {
	return `${d.file}:${d.line}:${d.column}  ${d.severity}  ${d.field ? `${d.field}  ` : ''}${describeProblem(d)}`;
}

/** Longest `got` a text report shows, so one bad value cannot flood it. */
const MAX_SHOWN_VALUE = 80;
/**
 * Most items of an `expected: one of …` list a text report shows: as many as a schema error lists
 * (validate/schema-errors.ts names the place of a longer list instead), so a steward sees every
 * frequency code or field type, and only lists built elsewhere (a catalogue's many ids) are cut.
 */
const MAX_SHOWN_CHOICES = 30;

/** `got` shortened for reading. */
function shownValue(got: string): string {
	return got.length > MAX_SHOWN_VALUE ? `${got.slice(0, MAX_SHOWN_VALUE - 3)}…` : got;
}

/** `expected` with a long list of choices shortened for reading. */
function shownExpectation(expected: string): string {
	const choices = /^one of (.*)$/s.exec(expected)?.[1]?.split(', ');
	return choices && choices.length > MAX_SHOWN_CHOICES ? `one of ${choices.slice(0, MAX_SHOWN_CHOICES).join(', ')}, …` : expected;
}

/** The message with what was expected and found, and the hint on its own indented line. */
function describeProblem(d: Diagnostic): string {
	const detail = [d.expected && `expected ${shownExpectation(d.expected)}`, d.got && `got ${shownValue(d.got)}`].filter(Boolean).join(', ');
	const head = `${d.message}${detail ? ` (${detail})` : ''}`;
	return d.hint ? `${head}\n    hint: ${d.hint}` : head;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A closing line such as `2 errors and 1 warning in 3 files`, with the drafts (not published) when there are any. */
export function formatSummary(diagnostics: readonly Diagnostic[], fileCount: number): string {
	const errors = diagnostics.filter((d) => d.severity === 'error').length;
	const warnings = diagnostics.length - errors;
	const drafts = diagnostics.filter((d) => d.code === DRAFT_CODE).length;
	const draftNote = drafts > 0 ? ` (${plural(drafts, 'draft')}, not published)` : '';
	return `${plural(errors, 'error')} and ${plural(warnings, 'warning')}${draftNote} in ${plural(fileCount, 'file')} checked`;
}

/** How many warnings there are of each kind (code), most frequent first, with one message as an example. */
export function groupWarnings(diagnostics: readonly Diagnostic[]): Array<{ code: string; count: number; files: number; example: string }> {
	const groups = new Map<string, { count: number; files: Set<string>; example: string }>();
	for (const d of diagnostics) {
		if (d.severity !== 'warning') continue;
		const group = groups.get(d.code) ?? { count: 0, files: new Set<string>(), example: `${d.field ? `${d.field} ` : ''}${d.message}` };
		group.count++;
		group.files.add(d.file);
		groups.set(d.code, group);
	}
	return [...groups]
		.map(([code, g]) => ({ code, count: g.count, files: g.files.size, example: g.example }))
		.sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));
}

/** The warnings grouped by kind, one line each: `  5,050  text.missing-translation  in 565 files  (e.g. title.fr is missing…)`. */
export function formatWarningGroups(diagnostics: readonly Diagnostic[]): string {
	const groups = groupWarnings(diagnostics);
	if (groups.length === 0) return '';
	const width = Math.max(...groups.map((g) => g.count.toLocaleString('en').length));
	const codeWidth = Math.max(...groups.map((g) => g.code.length));
	const lines = groups.map(
		(g) => `  ${g.count.toLocaleString('en').padStart(width)}  ${g.code.padEnd(codeWidth)}  in ${plural(g.files, 'file')}  (e.g. ${g.example})`,
	);
	return `Warnings by kind:\n${lines.join('\n')}`;
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

/**
 * A machine-readable report for other tools. Values are raw: `got` is the text as written (not
 * quoted as the text report quotes it) and neither `got` nor `expected` is shortened.
 */
export function formatJson(diagnostics: readonly Diagnostic[], fileCount: number): string {
	const errors = diagnostics.filter((d) => d.severity === 'error').length;
	const drafts = diagnostics.filter((d) => d.code === DRAFT_CODE).length;
	const raw = diagnostics.map((d) => (d.got === undefined ? d : { ...d, got: unquoted(d.got) }));
	return JSON.stringify(
		{ files: fileCount, errors, warnings: diagnostics.length - errors, drafts, warningsByKind: groupWarnings(diagnostics), diagnostics: raw },
		null,
		2,
	);
}

/** The text inside a `got` written as a JSON string (`"OGL"` → `OGL`); any other `got` as it is. */
function unquoted(got: string): string {
	if (!/^".*"$/s.test(got)) return got;
	try {
		const value: unknown = JSON.parse(got);
		return typeof value === 'string' ? value : got;
	} catch {
		return got;
	}
}

/** `text` as the data of a GitHub Actions workflow command (`::warning::<data>`): %, CR and LF escaped. */
export function escapeData(text: string): string {
	return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(text: string): string {
	return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
