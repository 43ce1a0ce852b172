/**
 * Writes, beside each language's search index, the first page of the search page's listing before
 * any query (src/lib/search/first-page.ts): the first pages of the index, in its order, which is
 * the order Pagefind lists every page in for no search term, with what their fragments give.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { trimmedExcerpt } from '../components/search/results-view.ts';
import { FIRST_PAGE_VERSION, firstPageFileName, pagefindExcerpt, type FirstPage } from '../lib/search/first-page.ts';
import { RESULTS_PER_PAGE } from '../lib/search/state.ts';
import { indexParts, readBundleEntry, readLanguageIndex, readPagefindFile, type IndexPart } from './pagefind-bundle.ts';

/** What a fragment holds that a result shows. */
interface Fragment {
	url: string;
	content: string;
	meta?: Record<string, string>;
}

/** The first page of the index in the bundles `parts` (one, or a language's shards in order: pagefind-bundle.ts's `indexParts`). */
export async function firstPage(parts: readonly IndexPart[]): Promise<FirstPage> {
	const first: { dir: string; id: string }[] = [];
	for (const { dir, hash } of parts) {
		if (first.length >= RESULTS_PER_PAGE) break;
		const { pages } = await readLanguageIndex(dir, hash);
		first.push(...pages.slice(0, RESULTS_PER_PAGE - first.length).map((id) => ({ dir, id })));
	}
	const results = await Promise.all(
		first.map(async ({ dir, id }) => {
			const fragment = JSON.parse((await readPagefindFile(join(dir, 'fragment', `${id}.pf_fragment`))).toString('utf8')) as Fragment;
			// As pagefind.js gives a result's data: its text without zero-width spaces, its excerpt from the first word.
			const content = fragment.content.replace(/\u200B/g, '');
			const meta = fragment.meta ?? {};
			return { id, url: fragment.url, shown: trimmedExcerpt({ url: fragment.url, excerpt: pagefindExcerpt(fragment.content), content, meta }), meta };
		}),
	);
	return { version: FIRST_PAGE_VERSION, results };
}

/**
 * Writes `first-page.<lang>.json` for every language of the bundle at `bundleDir`; returns the
 * files' names. A language whose index this code cannot read (another Pagefind version) gets no
 * file: its search page then fetches the fragments, as before.
 */
export async function writeFirstPages(bundleDir: string): Promise<string[]> {
	const entry = await readBundleEntry(bundleDir);
	const written: string[] = [];
	for (const [lang, { hash }] of Object.entries(entry.languages ?? {})) {
		const page = await indexParts(bundleDir, entry, lang, hash)
			.then(({ parts }) => firstPage(parts))
			.catch(() => undefined);
		if (!page) continue;
		const file = firstPageFileName(lang);
		await writeFile(join(bundleDir, file), JSON.stringify(page));
		written.push(file);
	}
	return written;
}
