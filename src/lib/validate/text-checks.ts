import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { formatPath, locate } from '../load/locate.ts';
import type { SourceFile } from '../load/discover.ts';
import type { ParsedYaml } from '../load/parse-yaml.ts';
import type { CatalogueRecord } from '../records.ts';
import { markdownProblems } from './markdown-rules.ts';
import type { SourceKind } from './schemas.ts';
import { matchPattern, textFields } from './text-fields.ts';

/** How strict the translation check is for one file. */
export interface TextCheckOptions {
	/** The one language the file's metadata is written in (`metadata_language`, the dataset's or its publisher's). */
	metadataLanguage?: string;
	/** What a missing translation is (`missing_translations` in catalogue.yaml); default warning. */
	missing?: 'warning' | 'error';
}

/**
 * Checks the per-language texts of one parsed file (schema-valid or not, so these problems are
 * reported in the same run as the others): a catalogue language left out is a
 * warning (pages fall back with a marker; an error when the catalogue says so, and nothing when the
 * record declares it is written in one language and has it), a language the site does not have is a warning, and
 * Markdown with raw HTML or a non-web link is an error.
 */
export function checkTexts(parsed: ParsedYaml, kind: SourceKind, languages: readonly string[], options: TextCheckOptions = {}): Diagnostic[] {
	const { metadataLanguage, missing = 'warning' } = options;
	const out: Diagnostic[] = [];
	const fields = textFields(kind);
	for (const pattern of fields.localized) {
		for (const [path, value] of matchPattern(parsed.data, pattern)) {
			if (!isPlainObject(value)) continue;
			const texts = value;
			const present = Object.keys(texts);
			// A record declared to be written in one language is complete when that language is there.
			const excused = missing === 'warning' && metadataLanguage !== undefined && present.includes(metadataLanguage);
			for (const lang of languages) {
				if (present.includes(lang) || excused) continue;
				out.push({
					severity: missing,
					code: 'text.missing-translation',
					file: parsed.file,
					...locate(parsed, path),
					field: formatPath([...path, lang]),
					message: 'is missing: the translation is not given',
					hint: `add ${lang}: with the text in that language; until then pages show ${present.join(', ')} with a marker`,
				});
			}
			for (const lang of present) {
				// A record declared to be in another language is shown in it, with a marker.
				if (languages.includes(lang) || lang === metadataLanguage) continue;
				out.push({
					severity: 'warning',
					code: 'text.unused-language',
					file: parsed.file,
					...locate(parsed, [...path, lang], { key: true }),
					field: formatPath([...path, lang]),
					message: 'is in a language the catalogue does not publish, so it is never shown',
					expected: `one of ${languages.join(', ')}`,
					got: lang,
				});
			}
		}
	}
	for (const pattern of fields.markdown) {
		for (const [path, value] of matchPattern(parsed.data, pattern)) {
			if (!isPlainObject(value)) continue;
			for (const [lang, text] of Object.entries(value)) {
				if (typeof text !== 'string') continue;
				const problems = markdownProblems(text);
				if (problems.length === 0) continue;
				out.push({
					severity: 'error',
					code: 'text.unsafe-markdown',
					file: parsed.file,
					...locate(parsed, [...path, lang]),
					field: formatPath([...path, lang]),
					message: 'contains content that is not allowed in Markdown',
					expected: 'plain Markdown with https, http or mailto links',
					got: problems.join('; '),
					hint: 'write emphasis as *text*, links as [text](https://...), and lists with "- "; HTML tags are not allowed',
				});
			}
		}
	}
	return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * How strictly each file's translations are checked: the catalogue's `missing_translations`, and the
 * one language a dataset (or else its publisher) says its metadata is written in.
 */
export function textCheckOptions(
	catalogue: CatalogueRecord | undefined,
	files: ReadonlyArray<[SourceFile, ParsedYaml]>,
): (source: SourceFile, parsed: ParsedYaml) => TextCheckOptions {
	const missing = catalogue?.missing_translations ?? 'warning';
	const languageOf = (data: unknown) => {
		const value = (data as { metadata_language?: unknown } | null)?.metadata_language;
		return typeof value === 'string' ? value : undefined;
	};
	const publisherLanguage = new Map(files.filter(([source]) => source.kind === 'publisher').map(([source, parsed]) => [source.stem, languageOf(parsed.data)]));
	return (source, parsed) => ({
		missing,
		metadataLanguage: languageOf(parsed.data) ?? (source.kind === 'dataset' ? publisherLanguage.get(source.folder ?? '') : undefined),
	});
}
