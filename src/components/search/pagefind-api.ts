/**
 * The part of Pagefind's browser API (`<base>pagefind/pagefind.js`, loaded at run time) that the
 * search element uses.
 */
import type { PagefindResultData } from './results-view.ts';

/** One of Pagefind's results: its page id and a way to load what is shown of it. */
export interface PagefindResult {
	id: string;
	data(): Promise<PagefindResultData>;
}

/** The part of Pagefind's browser API (`<base>pagefind/pagefind.js`) the element uses. */
export interface PagefindApi {
	options(options: { baseUrl?: string }): Promise<void>;
	init(): Promise<void>;
	/** Adds the index of another bundle (a shard: src/lib/search/search-shards.ts) to every search. */
	mergeIndex(indexPath: string, options: { baseUrl?: string }): Promise<void>;
	/** With an empty term, resolves once Pagefind has loaded its index metadata and is ready. */
	preload(term: string): Promise<void>;
	/** Sorting is the page's (src/lib/search/sort-table.ts): the index has no sort orders. */
	search(query: string | null, options: Record<string, never>): Promise<{ results: PagefindResult[] } | null>;
}
