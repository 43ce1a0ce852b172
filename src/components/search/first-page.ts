/**
 * The first page of the listing before any query, from the file the build writes beside the index
 * (src/lib/search/first-page.ts), so that the search page need not fetch those results' fragments
 * before it is ready. Used only when it lists, in order, the first pages of the index the page
 * searches: otherwise Pagefind's fragments are fetched as for any other result.
 */
import { FIRST_PAGE_VERSION, firstPageFileName, pagefindUrl, type FirstPage } from '../../lib/search/first-page.ts';
import type { RankedResults } from './ranked-results.ts';

/** The file for `lang` in the bundle at `<base>pagefind/`, or undefined when it cannot be had or is of another version. Never rejects. */
export async function fetchFirstPage(base: string, lang: string): Promise<FirstPage | undefined> {
	try {
		const response = await fetch(`${base}pagefind/${firstPageFileName(lang)}`);
		if (!response.ok) return undefined;
		const page = (await response.json()) as FirstPage;
		return page.version === FIRST_PAGE_VERSION && Array.isArray(page.results) ? page : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Gives the first results of `everyPage` (Pagefind's list for no search term) the data the file
 * holds for them, as Pagefind's `data()` would give it on a site at `baseUrl`, when the file lists
 * exactly those pages in that order. Returns whether it did.
 */
export function useFirstPage(everyPage: RankedResults, page: FirstPage | undefined, baseUrl: string): boolean {
	const results = page?.results ?? [];
	if (results.length === 0 || results.some((result, position) => result?.id !== everyPage.ids[position])) return false;
	for (const result of results) {
		const data = { url: pagefindUrl(baseUrl, result.url), excerpt: result.shown, shown: result.shown, meta: result.meta };
		everyPage.byId.get(result.id)!.data = () => Promise.resolve(data);
	}
	return true;
}
