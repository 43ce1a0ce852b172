/** What new-dataset.ts and new-publisher.ts share: reading the catalogue's choices and asking. */
import { createInterface } from 'node:readline/promises';
import { parse } from 'yaml';
import { readSourceText } from '../../src/lib/load/read-source.ts';
import { listFolder } from '../../src/lib/load/repo-files.ts';
import { frequency } from '../../src/lib/vocabularies/index.ts';
import frequencies from '../../src/lib/vocabularies/frequencies.json' with { type: 'json' };
import type { CatalogueChoices } from '../../src/lib/scaffold/dataset.ts';

/** The languages, publishers, themes, licences and frequencies a new file can use. */
export function readChoices(root: string): CatalogueChoices & { publisherEmails: Record<string, string> } {
	// Read as the validator reads: regular files of the repository only, never through a link, within the size limit.
	const catalogueText = readSourceText(root, 'catalogue.yaml').text;
	if (catalogueText === undefined) throw new Error(`no readable catalogue.yaml in ${root}: run this in the catalogue folder or pass --root`);
	const catalogue = (parse(catalogueText) ?? {}) as { languages?: string[]; themes?: string[]; licences?: Array<{ id?: string }> };
	const publisherFiles = listFolder(root, 'publishers')
		.filter((entry) => entry.kind === 'file' && entry.name.endsWith('.yaml'))
		.map((entry) => entry.name);
	const publisherEmails: Record<string, string> = {};
	for (const f of publisherFiles) {
		try {
			const text = readSourceText(root, `publishers/${f}`).text;
			const email = text === undefined ? undefined : (parse(text) as { email?: unknown } | null)?.email;
			if (typeof email === 'string') publisherEmails[f.replace(/\.yaml$/, '')] = email;
		} catch {
			// A broken publisher file is the validator's business; it just gives no default email.
		}
	}
	return {
		languages: catalogue.languages ?? ['en', 'fr'],
		publishers: publisherFiles.map((f) => f.replace(/\.yaml$/, '')).sort(),
		themes: catalogue.themes ?? [],
		licences: (catalogue.licences ?? []).map((l) => l.id ?? '').filter(Boolean),
		frequencies: frequencies.entries.map((e) => e.code).filter((code) => frequency(code)),
		publisherEmails,
	};
}

/**
 * Fills in missing values: asks for each one when stdin is a terminal (offering the default),
 * otherwise takes the default, or fails naming the flags that are required.
 */
export async function fillIn(
	questions: Array<{ flag: string; prompt: string; value: string | undefined; fallback?: string }>,
): Promise<Record<string, string>> {
	const answers: Record<string, string> = {};
	const missing = questions.filter((q) => q.value === undefined || q.value === '');
	const interactive = Boolean(process.stdin.isTTY) && missing.length > 0;
	const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
	try {
		for (const q of questions) {
			if (q.value !== undefined && q.value !== '') {
				answers[q.flag] = q.value;
			} else if (rl) {
				const answer = (await rl.question(`${q.prompt}${q.fallback ? ` [${q.fallback}]` : ''}: `)).trim();
				answers[q.flag] = answer || q.fallback || '';
			} else if (q.fallback !== undefined) {
				answers[q.flag] = q.fallback;
			}
		}
	} finally {
		rl?.close();
	}
	const unanswered = questions.filter((q) => !answers[q.flag]).map((q) => `--${q.flag}`);
	if (unanswered.length > 0) throw new Error(`missing ${unanswered.join(', ')} (give them as flags, or run in a terminal to be asked)`);
	return answers;
}
