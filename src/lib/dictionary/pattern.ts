/**
 * Data-dictionary patterns (`constraints.pattern`), run with RE2's linear-time engine (re2js, pure
 * JavaScript) rather than the browser's backtracking one: a dictionary comes from a ministry's folder,
 * and with backtracking `(a+)+` against 41 characters runs for minutes. RE2 answers in time
 * proportional to the text, and refuses what it cannot run that way (backreferences, lookaround),
 * which Table Schema patterns (XML Schema regular expressions) do not have anyway.
 */
import { RE2JS } from 're2js';

/** Longer patterns are refused: a pattern describes a code or an identifier. */
export const MAX_PATTERN_LENGTH = 1000;

/** Longer cells are reported instead of matched: a pattern describes a short value. */
export const MAX_PATTERN_CELL_LENGTH = 10_000;

/** A compiled pattern that matches a whole value, or why the pattern was refused. */
export type CompiledPattern = { ok: true; matches(value: string): boolean } | { ok: false; reason: 'invalid' | 'unsupported' | 'too-long'; detail: string };

/** Compiles a Table Schema pattern (matching the whole value). */
export function compilePattern(pattern: string): CompiledPattern {
	if (pattern.length > MAX_PATTERN_LENGTH) return { ok: false, reason: 'too-long', detail: `${pattern.length} characters` };
	try {
		const compiled = RE2JS.compile(pattern);
		return { ok: true, matches: (value) => compiled.matches(value) };
	} catch (error) {
		const detail = (error as Error).message.replace(/^error parsing regexp: /, '');
		return { ok: false, reason: /unsupported|invalid escape sequence: `\\\d/.test(detail) ? 'unsupported' : 'invalid', detail };
	}
}
