/**
 * Writes the importer's YAML files so a re-import can update them and never undo a steward's work:
 * each file starts with a comment that holds the SHA-256 of what the importer wrote. A file whose
 * body still has that hash is the importer's to update; a file edited since (or not written by the
 * importer) is kept as it is, unless `force`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';

/** What happened to one file. */
export type WriteOutcome = 'created' | 'updated' | 'unchanged' | 'kept';

const HASH_LINE = /^# import-sha256: ([0-9a-f]{64})$/m;

/**
 * The YAML text of a record: block style, long lines left whole, keys in the order given. A value
 * the record holds twice (a title reused as the description) is written out twice, never as an
 * anchor and an alias (`&a1`, `*a1`), which stewards do not expect and which the loader reads
 * with its slower parser and never keeps in its cache (load/parse-yaml.ts).
 */
export function toYaml(record: unknown): string {
	return stringify(record, { lineWidth: 0, minContentWidth: 0, singleQuote: false, aliasDuplicateObjects: false });
}

/** The file's text: the header (what it is, where it came from, the hash) and the YAML body. */
export function importedFileText(body: string, origin: string, schema: string): string {
	const hash = sha256(body);
	return `# yaml-language-server: $schema=${schema}\n# Imported by npm run import from ${origin.replace(/[\r\n]+/g, ' ')}.\n# A re-import updates this file until someone edits it; after that it is left alone (unless --force).\n# import-sha256: ${hash}\n${body}`;
}

/** Writes `text` at `path` under `root` unless a steward has changed the file there. */
export function writeImported(root: string, path: string, text: string, force: boolean): WriteOutcome {
	const target = join(root, path);
	if (!existsSync(target)) {
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, text);
		return 'created';
	}
	const current = readFileSync(target, 'utf8');
	if (current === text) return 'unchanged';
	if (!force && !writtenByImporter(current)) return 'kept';
	writeFileSync(target, text);
	return 'updated';
}

/** Whether a file is exactly as the importer wrote it: its body still has the hash its header gives. */
export function writtenByImporter(text: string): boolean {
	const match = HASH_LINE.exec(text);
	if (!match) return false;
	const body = text.slice(match.index + match[0].length + 1);
	return sha256(body) === match[1];
}

function sha256(text: string): string {
	return createHash('sha256').update(text).digest('hex');
}
