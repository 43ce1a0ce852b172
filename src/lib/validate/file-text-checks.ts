/**
 * The checks of each metadata file's texts that depend on the catalogue (translations against its
 * languages, unsafe Markdown, placeholders against whether it is a demonstration), with what the
 * last run found clean kept: a file whose text, path and settings are those of a file in which both
 * checks found nothing is not walked again. Only "nothing found" is kept, so every problem is
 * reported as it is found now; after one file changes, that file alone is checked again.
 *
 * The key is the SHA-256 of the file's load key (file-cache.ts: its kind and text), its path and the
 * settings the checks read (the catalogue's languages, `missing_translations`, the file's metadata
 * language, whether the catalogue is a demonstration); the cache file names the code version.
 */
import { createHash } from 'node:crypto';
import { codeVersion } from '../build/code-version.ts';
import { generationFile, openGenerationCache } from '../build/generation-cache.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { SourceFile } from '../load/discover.ts';
import type { ParsedYaml } from '../load/parse-yaml.ts';
import { append } from '../append.ts';
import { asDraftGaps } from './drafts.ts';
import { checkPlaceholders } from './placeholders.ts';
import type { SourceKind } from './schemas.ts';
import { checkTexts, type TextCheckOptions } from './text-checks.ts';

/** One metadata file read for these checks. */
export interface TextCheckedFile {
	source: SourceFile & { kind: SourceKind };
	parsed: ParsedYaml;
	/** Its load key (file-cache.ts), or `''` when it has none (no cache): then nothing is kept for it. */
	key: string;
}

/** What the checks read besides the file. */
export interface TextCheckSettings {
	languages: readonly string[];
	/** The options of one file's translation check (text-checks.ts textCheckOptions). */
	options: (source: SourceFile, parsed: ParsedYaml) => TextCheckOptions;
	/** Whether example addresses are allowed (placeholders.ts isDemoCatalogue). */
	demo: boolean;
	/** Why a file is a draft, if it is: its placeholders are gaps then, not errors. */
	draft: (source: SourceFile, parsed: ParsedYaml) => unknown;
}

/** Where the clean files are kept: `cacheFolder` (default: cacheDir()), or nowhere when `cache` is false. */
export interface TextChecksCache {
	root: string;
	cache: boolean;
	cacheFolder?: string;
}

/** The problems the text and placeholder checks find in `files`, in file order. */
export function checkFileTexts(files: readonly TextCheckedFile[], settings: TextCheckSettings, { root, cache, cacheFolder }: TextChecksCache): Diagnostic[] {
	const version = cache ? codeVersion() : undefined;
	const clean = openGenerationCache(generationFile('text-checks', root, cacheFolder), version, isTrue);
	const shared = JSON.stringify([settings.languages, settings.demo]);
	const out: Diagnostic[] = [];
	for (const { source, parsed, key } of files) {
		const options = settings.options(source, parsed);
		const checkKey = key === '' ? undefined : sha256(key, source.path, shared, JSON.stringify([options.missing, options.metadataLanguage]));
		if (checkKey !== undefined && clean.get(checkKey)) continue;
		const texts = checkTexts(parsed, source.kind, settings.languages, options);
		// A draft is not published, so a placeholder left in it is one more gap, not an error.
		const placeholders = checkPlaceholders(parsed, { demo: settings.demo });
		append(out, texts);
		append(out, settings.draft(source, parsed) ? asDraftGaps(placeholders) : placeholders);
		if (checkKey !== undefined && texts.length === 0 && placeholders.length === 0) clean.set(checkKey, true);
	}
	clean.save();
	return out;
}

function sha256(...parts: string[]): string {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(part).update('\u0000');
	return hash.digest('hex');
}

function isTrue(value: unknown): value is true {
	return value === true;
}
