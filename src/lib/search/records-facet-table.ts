/**
 * The facet table of one language (facet-table.ts) made from the search records the build handed
 * Pagefind (search-record.ts), rather than from the 20,000 fragments Pagefind wrote: Pagefind
 * numbers pages in the order they were added, so the n-th record is the n-th page of its index,
 * whose id the index's meta file gives. Nothing is taken on trust: the table is made only when the
 * index holds as many pages and, for every filter, exactly the pages per value that the records
 * say (Pagefind normalises values, e.g. runs of spaces; a page without words is left out);
 * otherwise the caller reads the fragments, as before.
 */
import { buildFacetTable, type FacetTable, type IndexedPage } from './facet-table.ts';
import type { SearchRecord } from './search-record.ts';

/** One language's index as Pagefind's meta file and filter files give it (src/integrations/pagefind-bundle.ts). */
export interface LanguageIndex {
	/** The pages' ids (fragment names), in index order: a page's number is its position here. */
	pages: string[];
	/** For each filter, each value's page numbers, as Pagefind stored them. */
	filters: Map<string, Map<string, number[]>>;
}

/** The table, or why the records and the index disagree. */
export type RecordsFacetTable = { table: FacetTable } | { mismatch: string };

/** Each value's page numbers, once each, ascending. */
function pagesByValue(records: readonly Pick<SearchRecord, 'filters'>[], filter: string): Map<string, number[]> {
	const byValue = new Map<string, number[]>();
	records.forEach((record, page) => {
		for (const value of new Set((record.filters as Record<string, readonly string[] | undefined>)[filter] ?? [])) {
			const pages = byValue.get(value);
			if (pages) pages.push(page);
			else byValue.set(value, [page]);
		}
	});
	return byValue;
}

const sameNumbers = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((n, i) => n === b[i]);

/**
 * The facet table of `records`, given in the order they were added to the index `index`, if the
 * index holds them as they are; otherwise the first difference found.
 */
export function facetTableFromRecords(records: readonly Pick<SearchRecord, 'filters'>[], index: LanguageIndex): RecordsFacetTable {
	if (index.pages.length !== records.length) return { mismatch: `the index has ${index.pages.length} pages for ${records.length} records` };
	if (new Set(index.pages).size !== index.pages.length) return { mismatch: 'two pages of the index share an id' };
	const names = new Set([...index.filters.keys(), ...records.flatMap((record) => Object.keys(record.filters))]);
	for (const name of names) {
		const expected = pagesByValue(records, name);
		const stored = index.filters.get(name) ?? new Map<string, number[]>();
		if (stored.size !== expected.size) return { mismatch: `filter ${name} has ${stored.size} values in the index, ${expected.size} in the records` };
		for (const [value, pages] of stored) {
			const wanted = expected.get(value);
			// A value repeated on a page is stored once per repetition; the table counts it once.
			if (
				!wanted ||
				!sameNumbers(
					[...new Set(pages)].sort((a, b) => a - b),
					wanted,
				)
			)
				return { mismatch: `filter ${name}, value "${value}": other pages in the index` };
		}
	}
	const pages: IndexedPage[] = records.map((record, page) => ({ id: index.pages[page]!, filters: record.filters }));
	// The order the table has always had: by id, as the fragments' file names sort.
	pages.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return { table: buildFacetTable(pages) };
}
