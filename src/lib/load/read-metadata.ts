/**
 * Reads one metadata file for loadCatalogue: decoded, parsed, within the structure limits and
 * checked for unsafe characters — or, when the cache (file-cache.ts) knows its text as sound, its
 * kept data with none of that work, since a sound file has none of those problems to report.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { append } from '../append.ts';
import { unsafeCharacters } from '../validate/unsafe-characters.ts';
import type { FileCache } from './file-cache.ts';
import { parsedFromKnownData, parseYaml, readsFast, type ParsedYaml } from './parse-yaml.ts';
import { readSourceText } from './read-source.ts';
import { checkStructure } from './structure-limits.ts';

/** A metadata file read and parsed. */
export interface ReadMetadata {
	parsed: ParsedYaml;
	/** True when the file is known sound (from the cache): it need not be validated against its schema. */
	known: boolean;
	/** The file's key in the cache (file-cache.ts), `''` without one. */
	key: string;
	/** Keeps the file as sound in the cache, once it is also found valid against its schema; absent when it had a problem. */
	remember?: () => void;
}

/** Reads the file at `path` (of `kind`) under `root`; its problems go to `diagnostics`; `undefined` when it cannot be used. */
export function readMetadataFile(root: string, path: string, kind: string, diagnostics: Diagnostic[], files: FileCache): ReadMetadata | undefined {
	const decoded = readSourceText(root, path);
	append(diagnostics, decoded.diagnostics);
	const text = decoded.text;
	if (text === undefined) return undefined;
	const key = files.key(kind, text);
	const known = files.soundData(key);
	if (known !== undefined) return { parsed: parsedFromKnownData(path, text, known), known: true, key };
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
	const sound = yamlProblems.length === 0 && unsafe.length === 0 && readsFast(text);
	return { parsed, known: false, key, ...(sound ? { remember: () => files.rememberSound(key, parsed.data) } : {}) };
}
