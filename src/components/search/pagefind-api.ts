/**
 * The part of Pagefind's browser API (`<base>pagefind/pagefind.js`, loaded at run time) that the
 * search element uses, and its warm-up.
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
	/** With an empty term, resolves once Pagefind has loaded its index metadata and is ready. */
	preload(term: string): Promise<void>;
	search(query: string | null, options: { sort?: object }): Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Runs Pagefind once, on no words, and loads one result, while the reader has not asked anything
 * yet: its WebAssembly and decompression code are compiled and its worker's fetches made ready
 * before they count. It costs one result's file (a few kilobytes) and no index chunk.
 */
export async function warmUp(pagefind: PagefindApi): Promise<void> {
	const search = await pagefind.search(null, {});
	await search?.results[0]?.data();
}
