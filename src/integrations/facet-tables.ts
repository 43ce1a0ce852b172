/**
 * Writes a facet table (src/lib/search/facet-table.ts) beside each language's search index. It is
 * made from the search records the build gave Pagefind, checked against the pages and filter
 * values Pagefind itself stored (src/lib/search/records-facet-table.ts), so that the table and the
 * index can never disagree; when they would, or when no records are given, it is made from the
 * filter values in Pagefind's fragments, one file per page (slower: 4.8 s at 10,000 datasets).
 * Beside it goes the sort table (src/lib/search/sort-table.ts), made from the records' sort keys
 * when the index holds as many pages as there are records (Pagefind numbers pages in the order
 * they come), titles in the collation of the index's language; without records, the search page keeps relevance order and says so in the console.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildFacetTable, facetTableFileName, type FacetTable, type IndexedPage } from '../lib/search/facet-table.ts';
import { facetIndex } from '../lib/search/narrow.ts';
import { facetTableFromRecords, type LanguageIndex } from '../lib/search/records-facet-table.ts';
import type { SearchRecord } from '../lib/search/search-record.ts';
import { buildSortTable, sortTableFileName } from '../lib/search/sort-table.ts';
import { indexParts, readBundleEntry, readFragmentFilters, readIndexOfParts, type IndexPart } from './pagefind-bundle.ts';

/** What {@link writeFacetTables} wrote for one language. */
export interface WrittenFacetTable {
	file: string;
	/** `records` when made from the records; otherwise why the fragments were read. */
	madeFrom: 'records' | { fragments: string };
	/** The sort table's file, when one was written. */
	sortFile?: string;
}

/** What the facet and sort tables are made from: each record's filter values and sort keys. */
type TableRecord = Pick<SearchRecord, 'filters'> & Partial<Pick<SearchRecord, 'sort'>>;

/** The ids of the fragments of `lang` in the bundle, from their file names (`en_012a929.pf_fragment`), sorted. */
async function fragmentIds(bundleDir: string, lang: string): Promise<string[]> {
	const names = await readdir(join(bundleDir, 'fragment')).catch(() => [] as string[]);
	return names
		.filter((name) => name.endsWith('.pf_fragment') && name.slice(0, name.indexOf('_')) === lang)
		.map((name) => name.replace(/\.pf_fragment$/, ''))
		.sort();
}

async function tableOf(
	parts: readonly IndexPart[],
	lang: string,
	index: LanguageIndex | Error | undefined,
	records: readonly TableRecord[] | undefined,
): Promise<[FacetTable, WrittenFacetTable['madeFrom']]> {
	let why = 'no records were given';
	if (records) {
		try {
			if (index instanceof Error) throw index;
			const fromRecords = facetTableFromRecords(records, index!);
			if ('table' in fromRecords) return [fromRecords.table, 'records'];
			why = fromRecords.mismatch;
		} catch (error) {
			// A meta or filter file of another shape (another Pagefind version): the fragments still say it all.
			why = (error as Error).message;
		}
	}
	const pages: IndexedPage[] = [];
	for (const { dir } of parts) pages.push(...(await readFragmentFilters(dir, await fragmentIds(dir, lang))));
	return [buildFacetTable(pages), { fragments: why }];
}

/**
 * Writes `facets.<index hash>.json` for every language of the Pagefind bundle in `bundleDir` (for
 * a language in shards, over every shard, named by the hash of them all), from `records` (by
 * language, in the order they were added to the index) where they match the index, and returns
 * what was written by language.
 */
export async function writeFacetTables(bundleDir: string, records?: ReadonlyMap<string, readonly TableRecord[]>): Promise<Record<string, WrittenFacetTable>> {
	const entry = await readBundleEntry(bundleDir);
	const written: Record<string, WrittenFacetTable> = {};
	for (const [lang, { hash }] of Object.entries(entry.languages ?? {})) {
		const forLanguage = records?.get(lang) ?? (records ? [] : undefined);
		const { parts, tableHash } = await indexParts(bundleDir, entry, lang, hash);
		// A meta or filter file of another shape (another Pagefind version): the fragments still say it all.
		const index = forLanguage ? await readIndexOfParts(parts).catch((error: unknown) => error as Error) : undefined;
		const [table, madeFrom] = await tableOf(parts, lang, index, forLanguage);
		const file = facetTableFileName(tableHash);
		await writeFile(join(bundleDir, file), JSON.stringify(table));
		written[lang] = { file, madeFrom };
		const keys = forLanguage?.map((record) => record.sort);
		if (!index || index instanceof Error || !keys?.every((key) => key !== undefined)) continue;
		const sorts = buildSortTable(facetIndex(table).positionById, index.pages, keys, lang);
		if (!sorts) continue;
		written[lang].sortFile = sortTableFileName(tableHash);
		await writeFile(join(bundleDir, written[lang].sortFile), JSON.stringify(sorts));
	}
	return written;
}
