/**
 * Reads one metadata file for loadCatalogue: decoded, parsed, within the structure limits and
 * checked for unsafe characters — or, when the cache (file-cache.ts) knows its text as sound, its
 * kept data with none of that work, since a sound file has none of those problems to report. A file
 * whose `lstat` is unchanged since then (stat-signature.ts) is not even read, unless a problem found
 * later must be located in it.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { append } from '../append.ts';
import { unsafeCharacters } from '../validate/unsafe-characters.ts';
import type { FileCache } from './file-cache.ts';
import { detachStrings } from './detach-strings.ts';
import { parsedFromKnownData, parseYaml, readsFast, type ParsedYaml } from './parse-yaml.ts';
import { NO_POSITIONS, withPositions, type KnownPositions, type PositionCache } from './position-cache.ts';
import { readCheckedSourceText, readSourceText } from './read-source.ts';
import { checkRepoFile, refusalDiagnostic } from './repo-files.ts';
import { statSignature } from './stat-signature.ts';
import { checkStructure } from './structure-limits.ts';

/** A metadata file read and parsed. */
export interface ReadMetadata {
	parsed: ParsedYaml;
	/** True when the file is known sound (from the cache): it need not be validated against its schema. */
	known: boolean;
	/** The file's key in the cache (file-cache.ts), `''` without one. */
	key: string;
	/** True when the file was not opened: its `lstat` is unchanged since a run that found it sound (stat-signature.ts). */
	unread?: boolean;
	/** Keeps the file as sound in the cache, once it is also found valid against its schema; absent when it had a problem. */
	remember?: () => void;
}

/**
 * Reads the file at `path` (of `kind`) under `root`; its problems go to `diagnostics`; `undefined`
 * when it cannot be used. Problems found in it later are placed from `positions` when an earlier run
 * placed them in the same text (position-cache.ts).
 */
export function readMetadataFile(
	root: string,
	path: string,
	kind: string,
	diagnostics: Diagnostic[],
	files: FileCache,
	positions: PositionCache = NO_POSITIONS,
): ReadMetadata | undefined {
	const checked = checkRepoFile(root, path);
	if (checked.refusal) {
		diagnostics.push(refusalDiagnostic(path, checked.refusal));
		return undefined;
	}
	const signature = statSignature(checked.stats);
	const unchanged = signature === undefined ? undefined : files.unchangedKey(kind, path, signature);
	const kept = unchanged === undefined ? undefined : files.soundData(unchanged);
	if (unchanged !== undefined && kept !== undefined) {
		const parsed = unreadKnownFile(root, path, kept, (text) => files.key(kind, text) === unchanged, positions.of(unchanged));
		return { parsed, known: true, key: unchanged, unread: true };
	}

	const decoded = readCheckedSourceText(root, path);
	append(diagnostics, decoded.diagnostics);
	const text = decoded.text;
	if (text === undefined) return undefined;
	const key = files.key(kind, text);
	// A byte-order mark is warned about on every read: such a file must be read every time.
	const rememberSignature =
		signature === undefined || decoded.diagnostics.length > 0 ? () => undefined : () => files.rememberSignature(kind, path, signature, key);
	const known = files.soundData(key);
	if (known !== undefined) {
		rememberSignature();
		return { parsed: withPositions(parsedFromKnownData(path, text, known), positions.of(key)), known: true, key };
	}
	const { parsed, diagnostics: yamlProblems } = parseYaml(path, text);
	append(diagnostics, yamlProblems);
	if (!parsed) return undefined;
	const shapeProblems = checkStructure(parsed);
	if (shapeProblems.length > 0) {
		append(diagnostics, shapeProblems);
		return undefined;
	}
	const unsafe = unsafeCharacters(parsed);
	append(diagnostics, unsafe);
	// The data outlives the text it was cut from (detach-strings.ts says why).
	parsed.data = detachStrings(parsed.data);
	const sound = yamlProblems.length === 0 && unsafe.length === 0 && readsFast(text);
	const remember = () => {
		files.rememberSound(key, parsed.data);
		rememberSignature();
	};
	return { parsed: withPositions(parsed, positions.of(key)), known: false, key, ...(sound ? { remember } : {}) };
}

/**
 * The parsed file at `path`, known sound with `data`, not read: its text is read only when a problem
 * found later must be located in it. Should the file have changed in between (it was unchanged a
 * moment ago), the problem is placed at its start rather than at a position of another text, and
 * the file's kept positions are neither used further nor added to.
 */
function unreadKnownFile(root: string, path: string, data: unknown, isKeptText: (text: string) => boolean, positions: KnownPositions | undefined): ParsedYaml {
	const parsed: ParsedYaml = parsedFromKnownData(
		path,
		() => {
			const { text } = readSourceText(root, path);
			if (text !== undefined && isKeptText(text)) return text;
			delete parsed.positions;
			return '';
		},
		data,
	);
	return withPositions(parsed, positions);
}
