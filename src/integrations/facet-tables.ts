/**
 * Writes a facet table (src/lib/search/facet-table.ts) beside each language's search index. It is
 * made from the search records the build gave Pagefind, checked against the pages and filter
 * values Pagefind itself stored (src/lib/search/records-facet-table.ts), so that the table and the
 * index can never disagree; when they would, or when no records are given, it is made from the
 * filter values in Pagefind's fragments, one file per page (slower: 4.8 s at 10,000 datasets).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildFacetTable, facetTableFileName, type FacetTable, type PagefindEntry } from '../lib/search/facet-table.ts';
import { facetTableFromRecords } from '../lib/search/records-facet-table.ts';
import type { SearchRecord } from '../lib/search/search-record.ts';
import { readFragmentFilters, readLanguageIndex } from './pagefind-bundle.ts';

/** What {@link writeFacetTables} wrote for one language. */
export interface WrittenFacetTable {
	file: string;
	/** `records` when made from the records; otherwise why the fragments were read. */
	madeFrom: 'records' | { fragments: string };
}

/** The ids of the fragments of `lang` in the bundle, from their file names (`en_012a929.pf_fragment`), sorted. */
async function fragmentIds(bundleDir: string, lang: string): Promise<string[]> {
	const names = await readdir(join(bundleDir, 'fragment')).catch(() => [] as string[]);
	return names
		.filter((name) => name.endsWith('.pf_fragment') && name.slice(0, name.indexOf('_')) === lang)
		.map((name) => name.replace(/\.pf_fragment$/, ''))
		.sort();
}

async function tableOf(
	bundleDir: string,
	lang: string,
	hash: string,
	records: readonly Pick<SearchRecord, 'filters'>[] | undefined,
): Promise<[FacetTable, WrittenFacetTable['madeFrom']]> {
	let why = 'no records were given';
	if (records) {
		try {
			const fromRecords = facetTableFromRecords(records, await readLanguageIndex(bundleDir, hash));
			if ('table' in fromRecords) return [fromRecords.table, 'records'];
			why = fromRecords.mismatch;
		} catch (error) {
			// A meta or filter file of another shape (another Pagefind version): the fragments still say it all.
			why = (error as Error).message;
		}
	}
	return [buildFacetTable(await readFragmentFilters(bundleDir, await fragmentIds(bundleDir, lang))), { fragments: why }];
}

/**
 * Writes `facets.<index hash>.json` for every language of the Pagefind bundle in `bundleDir`, from
 * `records` (by language, in the order they were added to the index) where they match the index,
 * and returns what was written by language.
 */
export async function writeFacetTables(
	bundleDir: string,
	records?: ReadonlyMap<string, readonly Pick<SearchRecord, 'filters'>[]>,
): Promise<Record<string, WrittenFacetTable>> {
	const entry = JSON.parse(await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
	const written: Record<string, WrittenFacetTable> = {};
	for (const [lang, { hash }] of Object.entries(entry.languages ?? {})) {
		const [table, madeFrom] = await tableOf(bundleDir, lang, hash, records?.get(lang) ?? (records ? [] : undefined));
		const file = facetTableFileName(hash);
		await writeFile(join(bundleDir, file), JSON.stringify(table));
		written[lang] = { file, madeFrom };
	}
	return written;
}
