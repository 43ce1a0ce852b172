/**
 * The facet table: for every page of one language's search index, the values it can be filtered
 * by, keyed by Pagefind's page id. The build writes it beside the index (src/integrations/
 * facet-tables.ts) and the search element narrows and counts with it (narrow.ts).
 *
 * Why not Pagefind's own filter counts: its WebAssembly counts every loaded filter over every
 * result, which grows with both. At 10,000 datasets a one-word query matching 5,900 of them took
 * 630 ms with the filters loaded and 36 ms without; counting the same results here takes a few
 * milliseconds, and the table is smaller than the filter index it replaces in the browser.
 */
import { FACETS, type Facet } from './state.ts';

/** The table's format version; the element refuses another one rather than miscount. */
export const FACET_TABLE_VERSION = 1;

/** One facet's column. */
export interface FacetColumn {
	/** The facet's values, as readers see them in the index's language. */
	values: string[];
	/** For each page (in {@link FacetTable.pages} order), the indexes in `values` of its values. */
	pages: number[][];
}

/** The facet table of one language. */
export interface FacetTable {
	version: typeof FACET_TABLE_VERSION;
	/** Pagefind's page ids (`result.id`, the names of its fragment files), one per indexed page. */
	pages: string[];
	facets: Record<Facet, FacetColumn>;
}

/** A page as the index holds it: its id and its filter values by filter name. */
export interface IndexedPage {
	id: string;
	filters: Record<string, readonly string[] | undefined>;
}

/**
 * The table of `pages`. Facets are {@link FACETS}; a filter of another name is not a facet and is
 * left out. Values keep the order they are first met in; the element sorts them for display.
 */
export function buildFacetTable(pages: readonly IndexedPage[]): FacetTable {
	const facets = {} as Record<Facet, FacetColumn>;
	for (const facet of FACETS) {
		const positions = new Map<string, number>();
		const values: string[] = [];
		const column = pages.map((page) =>
			[...new Set(page.filters[facet] ?? [])].map((value) => {
				let position = positions.get(value);
				if (position === undefined) {
					position = values.push(value) - 1;
					positions.set(value, position);
				}
				return position;
			}),
		);
		facets[facet] = { values, pages: column };
	}
	return { version: FACET_TABLE_VERSION, pages: pages.map((page) => page.id), facets };
}

/**
 * The file name of the table for the index whose hash is `indexHash` (Pagefind's
 * `pagefind-entry.json` gives it per language, e.g. `en_5c38758cf1`): a new index gets a new name,
 * so a cached table never meets an index it was not made from.
 */
export function facetTableFileName(indexHash: string): string {
	return `facets.${indexHash}.json`;
}

/**
 * A language whose index is cut into shards (src/lib/search/search-shards.ts): the entry's
 * `languages` line is its first shard's; the others are bundles of their own, merged in the browser.
 */
export interface ShardedLanguage {
	/** The hash that names the language's facet and sort tables, which span every shard. */
	hash: string;
	/** The other shards' bundle folders, in order, relative to the primary bundle (`shards/en/1/`). */
	folders: string[];
}

/** What the element reads from Pagefind's `pagefind-entry.json`. */
export interface PagefindEntry {
	languages?: Record<string, { hash: string; page_count?: number }>;
	/** The languages cut into shards, written by the build beside Pagefind's own fields (absent when none is). */
	odc_shards?: Record<string, ShardedLanguage>;
}

/** The language key Pagefind itself chooses for a page in `lang`: the exact language, then its primary subtag, then the language with the most pages. */
function indexLanguageFor(entry: PagefindEntry, lang: string): string | undefined {
	const languages = entry.languages ?? {};
	const code = lang.toLowerCase();
	if (languages[code]) return code;
	const primary = code.split('-')[0] ?? '';
	if (languages[primary]) return primary;
	return Object.entries(languages).sort(([, a], [, b]) => (b.page_count ?? 0) - (a.page_count ?? 0))[0]?.[0];
}

/**
 * The bundle folders (relative to the primary bundle, in order) of the shards after the first of
 * the index Pagefind chooses for `lang`: none when it is not cut into shards. Only folders of the
 * shape the build writes are given, so an entry file cannot point the page elsewhere.
 */
export function shardFoldersFor(entry: PagefindEntry, lang: string): string[] {
	const chosen = indexLanguageFor(entry, lang);
	const folders = chosen === undefined ? undefined : entry.odc_shards?.[chosen]?.folders;
	return Array.isArray(folders) ? folders.filter((folder) => typeof folder === 'string' && /^shards\/[A-Za-z0-9%-]+\/[1-9][0-9]*\/$/.test(folder)) : [];
}

/**
 * The hash of the index Pagefind itself chooses for a page in `lang` (the exact language, then its
 * primary subtag, then the language with the most pages), which names its facet and sort tables:
 * for a language cut into shards, the hash of them all. Undefined when the entry has no index.
 */
export function indexHashFor(entry: PagefindEntry, lang: string): string | undefined {
	const chosen = indexLanguageFor(entry, lang);
	if (chosen === undefined) return undefined;
	return entry.odc_shards?.[chosen]?.hash ?? entry.languages?.[chosen]?.hash;
}
