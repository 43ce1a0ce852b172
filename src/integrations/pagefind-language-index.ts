/**
 * The steps of one language's search index in Pagefind's service (src/integrations/pagefind.ts
 * makes one index per language, each in a process of its own started after the previous one has
 * stopped), and the merge of their entry files into the one a single index of every language
 * would have written.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { shortenPageIds } from './pagefind-page-ids.ts';

/** A step of Pagefind's service, bounded in time (startSearchIndex's `step`). */
export type Step = <T>(name: string, work: Promise<T>) => Promise<T>;

/** The error naming a step and Pagefind's messages (startSearchIndex's `fail`). */
export type Fail = (step: string, errors: readonly string[]) => Error;

/** A language's line in `pagefind-entry.json`, as Pagefind writes it. */
export type EntryLanguages = Record<string, { hash: string; wasm?: string; page_count?: number }>;

const ENTRY = 'pagefind-entry.json';

/** Starts Pagefind's service (again, after a close) and creates an index in it. */
export async function newIndex(step: Step, fail: Fail): Promise<pagefind.PagefindIndex> {
	const { index, errors } = await step('starting Pagefind', pagefind.createIndex({}));
	if (!index || errors.length > 0) throw fail('starting Pagefind', errors.length > 0 ? errors : ['no index was created']);
	return index;
}

/**
 * Writes `index` into `outputPath`, its pages renamed with short ids (pagefind-page-ids.ts), and
 * returns the languages its entry file lists: the next language's write replaces that file, so
 * they are kept for {@link mergeEntry}.
 */
export async function writeIndex(index: pagefind.PagefindIndex, outputPath: string, step: Step, fail: Fail): Promise<EntryLanguages> {
	// Pagefind's service panics, and its promise never settles, when the folder can't be created.
	await mkdir(outputPath, { recursive: true });
	const written = await step(`writing ${outputPath}`, index.writeFiles({ outputPath }));
	if (written.errors.length > 0) throw fail(`writing ${outputPath}`, written.errors);
	const languages = (await readEntry(outputPath)).languages ?? {};
	for (const [lang, { hash }] of Object.entries(languages)) await shortenPageIds(outputPath, lang, hash);
	return languages;
}

/**
 * Rewrites the entry file that the last language's write left with every language written, in
 * the order they were written, its other fields as Pagefind wrote them: byte for byte the file
 * one index of every language gives (compact JSON, the same key order).
 */
export async function mergeEntry(outputPath: string, languages: EntryLanguages): Promise<void> {
	const entry = await readEntry(outputPath);
	await writeFile(join(outputPath, ENTRY), JSON.stringify({ ...entry, languages }));
}

async function readEntry(outputPath: string): Promise<{ languages?: EntryLanguages }> {
	return JSON.parse(await readFile(join(outputPath, ENTRY), 'utf8')) as { languages?: EntryLanguages };
}
