/**
 * Writes a facet table (src/lib/search/facet-table.ts) beside each language's search index, from
 * the filter values Pagefind itself stored for each page, so that the table and the index can never
 * disagree about what a page is filtered by.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { buildFacetTable, facetTableFileName, type IndexedPage, type PagefindEntry } from '../lib/search/facet-table.ts';

const gunzipAsync = promisify(gunzip);

/** Pagefind's files start, once gunzipped, with this signature. */
const SIGNATURE = 'pagefind_dcd';

/** Fragments read at once: enough to keep zlib's threads busy, few enough to bound memory. */
const CONCURRENCY = 64;

/** Decodes one of Pagefind's gzipped files. Throws when it does not carry Pagefind's signature. */
async function readPagefindFile(path: string): Promise<Buffer> {
	const bytes = await gunzipAsync(await readFile(path));
	if (bytes.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new Error(`${path} is not a Pagefind file (no ${SIGNATURE} signature)`);
	return bytes.subarray(SIGNATURE.length);
}

/** The language key of a fragment or index file name (`en_012a929.pf_fragment` → `en`). */
function languageOf(name: string): string {
	return name.slice(0, name.indexOf('_'));
}

async function readPages(fragmentDir: string, names: string[]): Promise<IndexedPage[]> {
	const pages: IndexedPage[] = new Array(names.length);
	let next = 0;
	const worker = async () => {
		while (next < names.length) {
			const at = next++;
			const name = names[at]!;
			const fragment = JSON.parse((await readPagefindFile(join(fragmentDir, name))).toString('utf8')) as { filters?: IndexedPage['filters'] };
			pages[at] = { id: name.replace(/\.pf_fragment$/, ''), filters: fragment.filters ?? {} };
		}
	};
	await Promise.all(Array.from({ length: Math.min(CONCURRENCY, names.length) }, worker));
	return pages;
}

/**
 * Writes `facets.<index hash>.json` for every language of the Pagefind bundle in `bundleDir` and
 * returns the files' names by language.
 */
export async function writeFacetTables(bundleDir: string): Promise<Record<string, string>> {
	const entry = JSON.parse(await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
	const fragmentDir = join(bundleDir, 'fragment');
	const fragments = (await readdir(fragmentDir).catch(() => [] as string[])).filter((name) => name.endsWith('.pf_fragment')).sort();
	const written: Record<string, string> = {};
	for (const [lang, { hash }] of Object.entries(entry.languages ?? {})) {
		const pages = await readPages(
			fragmentDir,
			fragments.filter((name) => languageOf(name) === lang),
		);
		const file = facetTableFileName(hash);
		await writeFile(join(bundleDir, file), JSON.stringify(buildFacetTable(pages)));
		written[lang] = file;
	}
	return written;
}
