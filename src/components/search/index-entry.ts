/**
 * The search bundle's entry file (`<base>pagefind/pagefind-entry.json`), fetched once per page past
 * any cache as Pagefind reads it: it names each language's index, whose facet and sort tables
 * load-facet-table.ts fetches, and the shards a language's index is cut into
 * (src/lib/search/search-shards.ts), which {@link mergeShards} adds to Pagefind's search.
 */
import { indexHashFor, shardFoldersFor, type PagefindEntry } from '../../lib/search/facet-table.ts';
import type { PagefindApi } from './pagefind-api.ts';

const entries = new Map<string, Promise<PagefindEntry>>();

/** The entry file of the bundle at `bundle` (`<base>pagefind/`), asked once per page. */
export function indexEntry(bundle: string): Promise<PagefindEntry> {
	let entry = entries.get(bundle);
	if (!entry) {
		entry = fetch(`${bundle}pagefind-entry.json?ts=${Date.now()}`).then(async (response) => {
			if (!response.ok) throw new Error(`${bundle}pagefind-entry.json: HTTP ${response.status}`);
			return (await response.json()) as PagefindEntry;
		});
		// A failed look-up is asked again next time.
		entry.catch(() => entries.delete(bundle));
		entries.set(bundle, entry);
	}
	return entry;
}

/** The hash of the index Pagefind searches for `lang` in the bundle at `bundle`, which names its facet and sort tables. */
export async function indexHash(bundle: string, lang: string): Promise<string> {
	const found = indexHashFor(await indexEntry(bundle), lang);
	if (!found) throw new Error(`${bundle}pagefind-entry.json lists no index`);
	return found;
}

/**
 * Merges into `pagefind`'s search, in order, the shards after the first of the index of `lang` in
 * the bundle at `<base>pagefind/`, each with the site's base for its results' addresses; nothing
 * when the index is one bundle. Returns how many were merged. Pagefind then searches every shard
 * and lists their results by score, shard order between equals, so the listing keeps the index's
 * order.
 */
export async function mergeShards(pagefind: PagefindApi, base: string, lang: string): Promise<number> {
	const bundle = `${base}pagefind/`;
	const folders = shardFoldersFor(await indexEntry(bundle), lang);
	// Called in order, without waiting between: Pagefind keeps its indexes in the order they were merged.
	await Promise.all(folders.map((folder) => pagefind.mergeIndex(bundle + folder, { baseUrl: base })));
	return folders.length;
}
