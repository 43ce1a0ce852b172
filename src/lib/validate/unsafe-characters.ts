/**
 * Characters no text of a catalogue may hold, whatever the field: control characters (C0 other than
 * tab and line breaks, DEL, C1), which are invisible and which XML (the Atom feeds, the sitemap, the
 * DCAT-AP RDF/XML) cannot hold at all; lone UTF-16 surrogates (a YAML escape such as "\uD800" on its
 * own), which are not characters; the non-characters U+FFFE and U+FFFF; and the bidirectional
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069), which make a text read in another order than
 * it is stored and so can disguise a name or an address. Keys are checked as well as values.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnosticAt } from '../diagnostics/located.ts';
import type { DataPath } from '../load/locate.ts';
import type { ParsedYaml } from '../load/parse-yaml.ts';

const UNSAFE =
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');

/**
 * `text` without the characters above: for text that arrives from elsewhere (an importer's source
 * catalogue), where they are noise to drop, not a steward's typing to point out.
 */
export function withoutUnsafeCharacters(text: string): string {
	return text.replace(UNSAFE_ALL, '');
}

/** What is wrong with a text, or undefined when it holds none of the characters above. */
export function unsafeCharacter(text: string): Pick<Diagnostic, 'message' | 'got' | 'hint'> | undefined {
	const match = UNSAFE.exec(text);
	if (!match) return undefined;
	const code = match[0].charCodeAt(0);
	const got = `U+${code.toString(16).toUpperCase().padStart(4, '0')} at character ${match.index + 1}`;
	if (code >= 0xd800 && code <= 0xdfff)
		return {
			message: 'contains half of a character (a lone surrogate)',
			got,
			hint: 'retype the character; an escape such as "\\uD83D" on its own is not a character',
		};
	if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069))
		return {
			message: 'contains an invisible bidirectional control character',
			got,
			hint: 'remove it: it makes the text display in another order than it is written, which can disguise it',
		};
	return {
		message: 'contains an invisible control character',
		got,
		hint: 'remove it (retype the text, or paste it as plain text): feeds and other XML files cannot hold it; only tabs and line breaks are allowed',
	};
}

/** Every string and key of a parsed file that holds an unsafe character, located (one problem per value). */
export function unsafeCharacters(parsed: ParsedYaml): Diagnostic[] {
	const found: Diagnostic[] = [];
	const report = (path: DataPath, problem: Pick<Diagnostic, 'message' | 'got' | 'hint'>, key: boolean) =>
		found.push(diagnosticAt(parsed, 'error', path, { code: 'text.unsafe-character', ...problem }, key));
	const stack: Array<{ value: unknown; path: DataPath }> = [{ value: parsed.data, path: [] }];
	while (stack.length > 0) {
		const { value, path } = stack.pop()!;
		if (typeof value === 'string') {
			const problem = unsafeCharacter(value);
			if (problem) report(path, problem, false);
		} else if (Array.isArray(value)) {
			value.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
		} else if (value !== null && typeof value === 'object') {
			for (const [key, item] of Object.entries(value)) {
				const problem = unsafeCharacter(key);
				if (problem) report([...path, key], { ...problem, message: `has a name that ${problem.message}` }, true);
				stack.push({ value: item, path: [...path, key] });
			}
		}
	}
	return found;
}
