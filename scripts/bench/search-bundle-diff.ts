/**
 * `node --experimental-strip-types scripts/bench/search-bundle-diff.ts BUNDLE_A BUNDLE_B`: whether
 * two Pagefind bundles (`<site>/pagefind`) hold the same search index, whatever the order their
 * pages were added in. Pagefind numbers pages in that order, and the numbers run through its meta,
 * word and filter files (so their bytes and names differ), as do the build's page ids
 * (src/integrations/pagefind-page-ids.ts); here every page number and id is replaced by the page's
 * address (its fragment's `url`, the same for the same page), then compared: the
 * fragments byte for byte, each language's words with each page's positions and weights, each
 * filter value's pages, each sort's order (pages with the same value in the fragment's metadata
 * field of that name count as equal), the metadata fields and the facet tables. A sort order is
 * Pagefind's or the sort table's (`sorts.<hash>.json`, src/lib/search/sort-table.ts), whichever
 * the bundle has: a bundle sorted by Pagefind and one sorted by the table compare as the same when
 * they sort alike. Prints the differences and exits 1, or says the indexes are the same.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeCbor, type CborValue } from '../../src/lib/search/cbor.ts';

type Tree = CborValue[];

const SIGNATURE_LENGTH = 'pagefind_dcd'.length;

function read(path: string): Buffer {
	return gunzipSync(readFileSync(path)).subarray(SIGNATURE_LENGTH);
}

const cbor = (path: string) => decodeCbor(read(path)) as Tree;

/** The JSON file at `path`, or undefined when there is none. */
function readJson<T>(path: string): T | undefined {
	try {
		return JSON.parse(readFileSync(path, 'utf8')) as T;
	} catch {
		return undefined;
	}
}

/** One language's index with page numbers replaced by page ids, as comparable JSON text by part. */
function languageIndex(bundle: string, hash: string): Record<string, string> {
	const [, pages, chunks, filters, sorts, metaFields] = cbor(join(bundle, `pagefind.${hash}.pf_meta`)) as [string, Tree[], Tree[], Tree[], Tree[], CborValue];
	const texts = new Map(pages.map((page) => [page[0] as string, read(join(bundle, 'fragment', `${page[0] as string}.pf_fragment`)).toString('utf8')]));
	const urlOf = new Map([...texts].map(([id, text]) => [id, (JSON.parse(text) as { url: string }).url]));
	// Pages by address from here on.
	const ids = pages.map((page) => urlOf.get(page[0] as string)!);
	const fragments = new Map([...texts].map(([id, text]) => [urlOf.get(id)!, text]));
	const metaOf = (id: string) => (JSON.parse(fragments.get(id)!) as { meta?: Record<string, string> }).meta ?? {};
	// Page numbers are stored as the difference from the previous page's.
	const byPageId = (list: Tree[]) => {
		let page = 0;
		const entries = list.map(([delta, ...locations]): [string, CborValue] => {
			page += delta as number;
			return [ids[page]!, locations];
		});
		return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
	};
	const words: Record<string, unknown> = {};
	for (const chunk of chunks) {
		const [entries] = cbor(join(bundle, 'index', `${chunk[2] as string}.pf_index`)) as [Tree[]];
		for (const [word, wordPages, variants, ...rest] of entries) {
			words[word as string] = {
				pages: byPageId(wordPages as Tree[]),
				// The same word with other diacritics, each with its own pages, in the order first met.
				variants: ((variants ?? []) as Tree[])
					.map(([variant, variantPages, ...more]) => [variant as string, byPageId(variantPages as Tree[]), more] as const)
					.sort(([a], [b]) => (a < b ? -1 : 1)),
				rest,
			};
		}
	}
	const filterValues: Record<string, Record<string, string[]>> = {};
	for (const [name, file] of filters) {
		const [, values] = cbor(join(bundle, 'filter', `${file as string}.pf_filter`)) as [string, Tree[]];
		filterValues[name as string] = Object.fromEntries(values.map(([value, numbers]) => [value, (numbers as number[]).map((n) => ids[n]!).sort()]));
	}
	// Consecutive pages with the same value form one group, its ids sorted: ties may come in any order.
	const grouped = (name: string, order: string[]) => {
		const groups: string[][] = [];
		let last: string | undefined;
		for (const id of order) {
			const value = metaOf(id)[name] ?? id;
			if (groups.length === 0 || value !== last) groups.push([]);
			groups.at(-1)!.push(id);
			last = value;
		}
		return groups.map((group) => group.sort());
	};
	const sortOrders = Object.fromEntries(
		sorts.map(([name, numbers]) => [
			name,
			grouped(
				name as string,
				(numbers as number[]).map((n) => ids[n]!),
			),
		]),
	);
	const sortTable = readJson<{ orders: Record<string, number[]> }>(join(bundle, `sorts.${hash}.json`));
	const facetTable = readJson<{ pages: string[]; facets: Record<string, { values: string[]; pages: number[][] }> }>(join(bundle, `facets.${hash}.json`));
	const facetPages = (facetTable?.pages ?? []).map((id) => urlOf.get(id) ?? id);
	// Each page's values by facet, pages by address: the table's own order follows the ids.
	const facetRows = facetTable && {
		...facetTable,
		pages: undefined,
		facets: Object.fromEntries(
			Object.entries(facetTable.facets).map(([facet, column]) => [
				facet,
				facetPages
					.map((url, row) => [url, (column.pages[row] ?? []).map((value) => column.values[value]).sort()] as const)
					.sort(([x], [y]) => (x < y ? -1 : 1)),
			]),
		),
	};
	for (const [name, positions] of Object.entries(sortTable?.orders ?? {})) {
		sortOrders[name] ??= grouped(
			name,
			positions.map((position) => facetPages[position]!),
		);
	}
	return {
		pages: JSON.stringify(pages.map((page) => [urlOf.get(page[0] as string), page.slice(1)]).sort()),
		fragments: JSON.stringify([...fragments].sort()),
		words: JSON.stringify(Object.entries(words).sort()),
		filters: JSON.stringify(filterValues),
		sorts: JSON.stringify(sortOrders),
		metaFields: JSON.stringify(metaFields),
		'facet tables': JSON.stringify(facetRows ?? 'none'),
	};
}

/** The differences between the indexes of two bundles, by language and part; empty when they are the same. */
export function compareBundles(a: string, b: string): string[] {
	const entry = (bundle: string) =>
		(JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; page_count: number }> }).languages;
	const [left, right] = [entry(a), entry(b)];
	const differences: string[] = [];
	const languages = [...new Set([...Object.keys(left), ...Object.keys(right)])].sort();
	for (const lang of languages) {
		if (!left[lang] || !right[lang]) {
			differences.push(`${lang}: only in ${left[lang] ? a : b}`);
			continue;
		}
		const [x, y] = [languageIndex(a, left[lang].hash), languageIndex(b, right[lang].hash)];
		for (const part of Object.keys(x)) if (x[part] !== y[part]) differences.push(`${lang}: ${part} differ`);
	}
	const files = (bundle: string) =>
		readdirSync(bundle).filter(
			(name) =>
				!/^(pagefind\..*\.pf_meta|(facets|sorts|first-page)\..*\.json|pagefind-entry\.json)$/.test(name) && !['fragment', 'index', 'filter'].includes(name),
		);
	for (const name of new Set([...files(a), ...files(b)])) {
		let same = false;
		try {
			same = readFileSync(join(a, name)).equals(readFileSync(join(b, name)));
		} catch {
			// missing on one side, or a folder: a difference
		}
		if (!same) differences.push(`${name} differs`);
	}
	return differences;
}

if (import.meta.main) {
	const [a, b] = process.argv.slice(2);
	if (!a || !b) {
		console.error('Usage: node --experimental-strip-types scripts/bench/search-bundle-diff.ts BUNDLE_A BUNDLE_B');
		process.exit(2);
	}
	const differences = compareBundles(a, b);
	if (differences.length === 0) console.log('The two bundles hold the same search index (page order aside).');
	else console.log(differences.join('\n'));
	process.exit(differences.length === 0 ? 0 : 1);
}
