/**
 * The first page of the search page's listing before any query (every dataset, in the index's
 * order), as a file of its own beside the index: `first-page.<lang>.json`. Before, the page fetched
 * the ten results' fragments from Pagefind (10 KB in 10 requests at 10,000 datasets) before it was
 * ready; the build now writes what they show (0.7 KB gzipped), and the element shows it with the
 * same code as results it loads (src/components/search/first-page.ts). Each result names its page
 * id, which names the index (src/integrations/pagefind-page-ids.ts): a file from another build, or
 * one that does not list the index's first pages, is not used, and the fragments are fetched.
 */
/** The file's format version; the element ignores another one. */
export const FIRST_PAGE_VERSION = 1;

/** One result of the first page: what Pagefind's `data()` gives for it with no search term. */
export interface FirstPageResult {
	/** Pagefind's page id. */
	id: string;
	/** The page's address as indexed, without the site's base path (Pagefind adds it: {@link pagefindUrl}). */
	url: string;
	/** The excerpt as the result shows it: Pagefind's for no search term, trimmed as results-view.ts's `trimmedExcerpt` does. */
	shown: string;
	/** Pagefind's meta fields of the page. */
	meta: Record<string, string>;
}

/** The file. */
export interface FirstPage {
	version: typeof FIRST_PAGE_VERSION;
	results: FirstPageResult[];
}

/** The file name for the index of `lang`. */
export function firstPageFileName(lang: string): string {
	return `first-page.${lang}.json`;
}

/** How many words Pagefind's excerpts have (its `excerptLength` option, which the element leaves as it is). */
export const PAGEFIND_EXCERPT_WORDS = 30;

/**
 * Pagefind's excerpt of a page's indexed text for no search term (pagefind.js 1.x, `build_excerpt`
 * from the first word): its first {@link PAGEFIND_EXCERPT_WORDS} words, `<` and `>` escaped.
 */
export function pagefindExcerpt(content: string): string {
	const raw = content.replace(/</g, '&lt;').replace(/>/g, '&gt;');
	const zeroWidth = raw.includes('\u200B');
	const words = zeroWidth ? raw.split('\u200B') : raw.split(/[^\S\uFEFF]+/g);
	return words
		.slice(0, PAGEFIND_EXCERPT_WORDS)
		.join(zeroWidth ? '' : ' ')
		.trim();
}

/** A page's address as Pagefind's `data()` gives it: under `baseUrl`, slashes not doubled (pagefind.js, `fullUrl`). */
export function pagefindUrl(baseUrl: string, url: string): string {
	if (/^(https?:)?\/\//.test(url)) return url;
	return `${baseUrl}/${url}`.replace(/\/+/g, '/').replace(/^(https?:\/)/, '$1/');
}
