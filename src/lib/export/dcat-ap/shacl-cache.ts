/**
 * SHACL results kept from one run to the next. A part of the export is validated again only when
 * what it is validated from changed: the key is the SHA-256 of the part's JSON-LD document (the
 * graph's whole input), its blank node prefix, the shapes' text, the versions of the validator and
 * of the RDF library, and the text of the code between them (rdf.ts, shacl.ts). The results are
 * kept before they are located (ShaclResult), so a renamed file or a new site address is reported
 * as it is now.
 *
 * Entries live in `<cacheDir>/shacl/`, and in memory for the rest of the process, so the same part
 * validated twice in one process is validated once. What is read back is checked field by field;
 * anything else is recomputed and rewritten. The build's export uses these entries; `npm run
 * validate` keeps its results per dataset instead (validate/dcat-dataset-results.ts).
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import n3Package from 'n3/package.json' with { type: 'json' };
import shaclPackage from 'rdf-validate-shacl/package.json' with { type: 'json' };
import { cacheDir } from '../../build/cache-dir.ts';
import { readCacheEntry, writeCacheEntry } from '../../build/cache-file.ts';
import type { JsonLdDocument } from './catalogue.ts';
import { GRAPH_CODE, toShaclGraph } from './rdf.ts';
import { SHACL_CODE, shaclResults, type ShaclResult } from './shacl.ts';
import type { ShapesGraph } from './shapes.ts';
import { isResult } from './shacl-result.ts';

export { isResult };

/** Bumped when the entries' format changes. */
const FORMAT = 'odc-shacl-results/1';
/** A part's results are a few hundred bytes per finding; anything this large is not an entry we wrote. */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

/** Everything but the document and the shapes that decides the results (also a part of validate/dcat-dataset-results.ts's keys). */
export const ENGINE = [FORMAT, `rdf-validate-shacl ${shaclPackage.version}`, `n3 ${n3Package.version}`, GRAPH_CODE, SHACL_CODE].join('\n');

/** A part's results and what it took to have them. */
export interface CachedResults {
	results: ShaclResult[];
	/** Triples of the validated graph. */
	triples: number;
	/** Where the results came from: validated now, this process's memory or the cache folder. */
	source: 'validated' | 'memory' | 'disk';
	/** Seconds spent building the graph and validating it (0 when the results were kept). */
	graphSeconds: number;
	shaclSeconds: number;
}

interface Entry {
	format: string;
	key: string;
	triples: number;
	results: ShaclResult[];
}

const MEMORY = Symbol.for('open-data-catalogue.shacl-results');

/** The results kept in this process, by key: shared by every copy of this module (Astro bundles its own). */
function memory(): Map<string, Entry> {
	const holder = globalThis as typeof globalThis & { [MEMORY]?: Map<string, Entry> };
	holder[MEMORY] ??= new Map();
	return holder[MEMORY];
}

/** The SHA-256 that names the results of validating `document` (blank nodes labelled with `blankPrefix`) against `shapes`. */
export function shaclKey(document: JsonLdDocument, blankPrefix: string, shapes: ShapesGraph): string {
	return createHash('sha256')
		.update(ENGINE)
		.update('\n')
		.update(shapes.digest)
		.update('\n')
		.update(blankPrefix)
		.update('\n')
		.update(JSON.stringify(document))
		.digest('hex');
}

/**
 * The SHACL results of `document`'s graph against `shapes`: kept ones when the key matches,
 * otherwise validated now and kept. `folder` is where entries are kept (default: cacheDir()/shacl).
 */
export async function cachedShaclResults(
	document: JsonLdDocument,
	blankPrefix: string,
	shapes: ShapesGraph,
	folder = join(cacheDir(), 'shacl'),
): Promise<CachedResults> {
	const key = shaclKey(document, blankPrefix, shapes);
	const remembered = memory().get(key);
	if (remembered) return { results: remembered.results, triples: remembered.triples, source: 'memory', graphSeconds: 0, shaclSeconds: 0 };
	const file = join(folder, `${key}.json`);
	const stored = parseEntry(readCacheEntry(file, MAX_ENTRY_BYTES), key);
	if (stored) {
		memory().set(key, stored);
		return { results: stored.results, triples: stored.triples, source: 'disk', graphSeconds: 0, shaclSeconds: 0 };
	}
	const started = performance.now();
	const graph = toShaclGraph(document, blankPrefix);
	const built = performance.now();
	const entry: Entry = { format: FORMAT, key, triples: graph.size, results: await shaclResults(graph, shapes.store) };
	memory().set(key, entry);
	writeCacheEntry(file, JSON.stringify(entry));
	const graphSeconds = (built - started) / 1000;
	return { results: entry.results, triples: entry.triples, source: 'validated', graphSeconds, shaclSeconds: (performance.now() - built) / 1000 };
}

/** The entry in `text` when it is one this module wrote for `key`; `undefined` for anything else. */
export function parseEntry(text: string | undefined, key: string): Entry | undefined {
	if (text === undefined) return undefined;
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return undefined;
	}
	if (!isRecord(value) || value.format !== FORMAT || value.key !== key || !Array.isArray(value.results)) return undefined;
	if (!Number.isSafeInteger(value.triples) || (value.triples as number) < 0 || !value.results.every(isResult)) return undefined;
	return value as unknown as Entry;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Forgets the results kept in this process's memory (tests; the cache folder is left as it is). */
export function forgetRememberedResults(): void {
	memory().clear();
}
