/**
 * A JKAN site's records: `_datasets/*.md` and `_organizations/*.md`, each a Markdown file whose
 * YAML front matter holds the metadata. SOURCE is the site's folder (or its `_datasets/` folder).
 * A file whose front matter is missing or does not parse is reported and skipped.
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { listSourceFiles, readSourceText } from '../source-files.ts';
import type { ReadOptions, SourceProblem, SourceRecord } from '../types.ts';

/** A JKAN record: its front matter, the kind of file it is, and its name without `.md`. */
export interface JkanRaw {
	kind: 'dataset' | 'organization';
	stem: string;
	data: Record<string, unknown>;
}

const MAX_FRONT_MATTER = 1024 * 1024;
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Reads the organizations first (so datasets can name them), then the datasets. */
export async function* readJkan(source: string, problems: SourceProblem[], _options: ReadOptions): AsyncIterable<SourceRecord> {
	if (/^https?:\/\//i.test(source)) {
		problems.push({ file: source, message: 'is an address: a JKAN site is imported from its folder (a clone of its repository)' });
		return;
	}
	const site = basename(source) === '_datasets' ? join(source, '..') : source;
	const folders: Array<[JkanRaw['kind'], string]> = [
		['organization', join(site, '_organizations')],
		['dataset', join(site, '_datasets')],
	];
	if (!folders.some(([, dir]) => existsSync(dir))) {
		problems.push({ file: source, message: 'has no _datasets/ or _organizations/ folder: is it a JKAN site?' });
		return;
	}
	for (const [kind, dir] of folders) {
		if (!existsSync(dir)) continue;
		for (const file of listSourceFiles(dir, ['.md', '.markdown'], problems)) {
			const name = `${basename(dir)}/${file.name}`;
			const text = readSourceText({ ...file, name }, problems);
			if (text === undefined) continue;
			// Metadata is small: a front matter past this is not read (YAML aliases could make it explode).
			if (text.indexOf('\n---', 3) > MAX_FRONT_MATTER || (text.length > MAX_FRONT_MATTER && text.indexOf('\n---', 3) === -1)) {
				problems.push({ file: name, message: `has front matter longer than ${MAX_FRONT_MATTER / 1024} KB: not read` });
				continue;
			}
			const match = FRONT_MATTER.exec(text);
			if (!match) {
				problems.push({ file: name, message: 'has no YAML front matter (--- at the top and after the metadata)' });
				continue;
			}
			let data: unknown;
			try {
				data = load(match[1]!, { schema: CORE_SCHEMA, filename: name });
			} catch (error) {
				problems.push({ file: name, message: `has front matter that is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
				continue;
			}
			if (!data || typeof data !== 'object' || Array.isArray(data)) {
				problems.push({ file: name, message: 'has front matter that is not a mapping of fields' });
				continue;
			}
			yield {
				file: name,
				position: kind,
				raw: { kind, stem: basename(file.name).replace(/\.(md|markdown)$/, ''), data: data as Record<string, unknown> } satisfies JkanRaw,
			};
		}
	}
}
