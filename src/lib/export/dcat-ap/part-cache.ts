/**
 * The parts of the DCAT-AP export (site/dcat-export.ts) kept from one build to the next, whole:
 * each part's published JSON-LD text, its Turtle text, its SHACL results (before they are located)
 * and the `@id`s of its document's nodes. After one dataset changed, one part of five is mapped,
 * checked and written again; the others are read back without being mapped (mapping every part
 * again to find its key, and hashing its JSON-LD, was ~16 s of the export worker's profile at
 * 10,000 datasets).
 *
 * The key is therefore made of what a part is made from, not of what it makes:
 * - its datasets' keys (build/dataset-file-keys.ts: each dataset's model, its publisher's, the
 *   settings, the languages, the site's address and base path, its quality score and date), in order;
 * - what every part's shared nodes are made from: the settings, the languages, every publisher, the
 *   site's address, whether quality is published and its date, and the catalogue's first issued and
 *   last modified dates (the catalogue node's, over all datasets);
 * - the part's index (its blank node prefix, and whether it carries the Turtle prefixes);
 * - the `@id`s of every earlier part's nodes, chained (a part publishes only the nodes no earlier
 *   part did, so that is all it takes from them);
 * - the shapes' digest and the code's version (code-version.ts: all of src/lib, the interface
 *   strings of src/i18n that label the quality metrics, the schemas and the lockfile, which pins
 *   the validator and n3).
 *
 * Each part is one file, `<cacheDir>/dcat-parts/<catalogue>/<key>.part`: the SHA-256 of the rest
 * on the first line, then a line of JSON (the results, the ids, the two texts' lengths), then the
 * two texts. A file whose bytes or fields do not check out is not used. The folder holds the parts
 * of the last export only.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { cacheDir, catalogueCacheFolder } from '../../build/cache-dir.ts';
import { pruneCacheFolder, readCacheBytes, writeCacheEntry } from '../../build/cache-file.ts';
import type { Catalogue, Dataset } from '../../model/catalogue.ts';
import type { DcatApOptions } from './catalogue.ts';
import { openKeptDatasetResults, type KeptDatasetResults } from './kept-dataset-results.ts';
import type { ShaclResult } from './shacl.ts';
import { isResult } from './shacl-result.ts';

/** Bumped when an entry's layout, what its key covers or what its results hold changes. */
const FORMAT = 'odc-dcat-part/2';
/** Far above a part's two texts (2,000 datasets: ~45 MB); a larger file is not one we wrote. */
const MAX_ENTRY_BYTES = 1024 * 1024 * 1024;
const ENTRY_NAME = /^[0-9a-f]{64}\.part$/;
const DIGEST_LINE = 65;

/** A part as published and checked. */
export interface KeptPart {
	/** The bytes the part adds to `catalog.jsonld` and to `catalog.ttl`. */
	jsonld: Uint8Array;
	turtle: Uint8Array;
	/** The `@id` of each node of the part's document (catalogue.ts, DcatApPart). */
	ids: string[];
	/**
	 * Its SHACL results, not located: the shared nodes' (first part only) and each of its datasets'
	 * (dataset-shacl.ts), and the triples validated to have them.
	 */
	results: ShaclResult[];
	triples: number;
}

/** The kept parts of one catalogue's export. */
export interface DcatParts {
	/** The key of part `index` listing `datasets`, after earlier parts whose ids chained to `earlier` ('' before the first). */
	key(index: number, datasets: readonly Dataset[], earlier: string): string;
	/** `earlier` followed by a part whose document's nodes are `ids`: what the next part's key takes. */
	chain(earlier: string, ids: readonly string[]): string;
	/** The kept part under `key`, checked, or undefined. */
	get(key: string): KeptPart | undefined;
	/** Keeps `part` under `key`. */
	set(key: string, part: KeptPart): void;
	/** Deletes the entries neither read nor kept by this export. */
	prune(): void;
	/** Each dataset's kept SHACL results, for the shared nodes' `sharedTypes` (validation-documents.ts). */
	datasetResults(sharedTypes: ReadonlyMap<string, unknown>): KeptDatasetResults;
}

interface Meta {
	format: string;
	key: string;
	triples: number;
	results: ShaclResult[];
	ids: string[];
	jsonld: number;
	turtle: number;
}

/** What the parts of `catalogue` are made from in the shared nodes (catalogue.ts, sharedNodes), as text. */
function sharedInputs(catalogue: Catalogue, options: DcatApOptions): string {
	const { config, languages, defaultLanguage, publishers, datasets } = catalogue;
	const modified = datasets.reduce((latest, dataset) => (dataset.modified > latest ? dataset.modified : latest), '');
	const issued = datasets.reduce((earliest, dataset) => (earliest === '' || dataset.issued < earliest ? dataset.issued : earliest), '');
	const { siteUrl, base, quality } = options;
	return JSON.stringify({
		siteUrl,
		base: base ?? null,
		config,
		languages,
		defaultLanguage,
		publishers,
		quality: quality ? quality.asOf : null,
		modified,
		issued,
	});
}

/**
 * The kept parts of the catalogue in `scope`, keyed with each dataset's key from `datasetKey` and
 * the shapes' `shapesDigest`; undefined when the code's `version` is unknown (nothing is kept).
 */
export function openDcatParts(
	scope: string,
	catalogue: Catalogue,
	options: DcatApOptions,
	datasetKey: (dataset: Dataset) => string,
	shapesDigest: string,
	version: string | undefined,
	folder = cacheDir(),
): DcatParts | undefined {
	if (version === undefined) return undefined;
	const dir = catalogueCacheFolder('dcat-parts', scope, folder);
	const shared = createHash('sha256').update(`${FORMAT}\n${version}\n${shapesDigest}\n`).update(sharedInputs(catalogue, options)).digest('hex');
	const used = new Set<string>();
	return {
		key(index, datasets, earlier) {
			const hash = createHash('sha256').update(`${shared}\n${index}\n${earlier}\n${datasets.length}\n`);
			for (const dataset of datasets) hash.update(`${datasetKey(dataset)}\n`);
			return hash.digest('hex');
		},
		chain: (earlier, ids) => createHash('sha256').update(`${earlier}\n`).update(JSON.stringify(ids)).digest('hex'),
		get(key) {
			const part = parseEntry(readCacheBytes(join(dir, `${key}.part`), MAX_ENTRY_BYTES), key);
			if (part) used.add(`${key}.part`);
			return part;
		},
		set(key, part) {
			const meta: Meta = {
				format: FORMAT,
				key,
				triples: part.triples,
				results: part.results,
				ids: part.ids,
				jsonld: part.jsonld.byteLength,
				turtle: part.turtle.byteLength,
			};
			// The body is hashed and written in its pieces: at 10,000 datasets a part is ~22 MB, and copying
			// it whole twice took ~2 s of the export worker's CPU and 44 MB of its memory a part.
			const head = Buffer.from(`${JSON.stringify(meta)}\n`, 'utf8');
			const digest = createHash('sha256').update(head).update(part.jsonld).update(part.turtle).digest('hex');
			if (writeCacheEntry(join(dir, `${key}.part`), [Buffer.from(`${digest}\n`, 'latin1'), head, part.jsonld, part.turtle])) used.add(`${key}.part`);
		},
		prune: () => pruneCacheFolder(dir, used, ENTRY_NAME),
		datasetResults: (sharedTypes) => openKeptDatasetResults(scope, datasetKey, shapesDigest, sharedTypes, version, folder),
	};
}

/** The part in `bytes` when they are an entry this module wrote for `key`; undefined for anything else. */
export function parseEntry(bytes: Buffer | undefined, key: string): KeptPart | undefined {
	if (!bytes || bytes.length < DIGEST_LINE || bytes[DIGEST_LINE - 1] !== 10) return undefined;
	const body = bytes.subarray(DIGEST_LINE);
	if (bytes.toString('latin1', 0, DIGEST_LINE - 1) !== createHash('sha256').update(body).digest('hex')) return undefined;
	const newline = body.indexOf(10);
	if (newline < 0) return undefined;
	let meta: unknown;
	try {
		meta = JSON.parse(body.toString('utf8', 0, newline));
	} catch {
		return undefined;
	}
	if (!isMeta(meta) || meta.format !== FORMAT || meta.key !== key) return undefined;
	const start = newline + 1;
	if (body.length !== start + meta.jsonld + meta.turtle) return undefined;
	return {
		jsonld: body.subarray(start, start + meta.jsonld),
		turtle: body.subarray(start + meta.jsonld),
		ids: meta.ids,
		results: meta.results,
		triples: meta.triples,
	};
}

function isMeta(value: unknown): value is Meta {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
	const meta = value as Record<string, unknown>;
	const count = (field: unknown) => Number.isSafeInteger(field) && (field as number) >= 0;
	return (
		typeof meta.format === 'string' &&
		typeof meta.key === 'string' &&
		count(meta.triples) &&
		count(meta.jsonld) &&
		count(meta.turtle) &&
		Array.isArray(meta.ids) &&
		meta.ids.every((id) => typeof id === 'string') &&
		Array.isArray(meta.results) &&
		meta.results.every(isResult)
	);
}
