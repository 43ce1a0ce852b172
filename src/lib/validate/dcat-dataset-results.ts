/**
 * The SHACL results of the DCAT-AP export for `npm run validate`, kept per dataset from one run to
 * the next: after one dataset file changes, only that dataset is mapped to DCAT-AP and checked; the
 * others, unchanged, are not even mapped. The documents checked are those of validation-documents.ts
 * (the shared nodes, and groups of datasets), so a node's results are what checking the whole
 * export would give.
 *
 * A dataset's key is the SHA-256 of the engine's versions (ENGINE), the shapes, what its mapping
 * reads besides its record (the site's address, catalogue.yaml, the catalogue's languages, the
 * types of the shared nodes it may point to) and its record as the model holds it; the cache file
 * names the code version (code-version.ts), which covers the code that turns a document into
 * results (rdf.ts, shacl.ts) and the lockfile. The shared nodes' key is the SHA-256 of their
 * document. Results are kept per catalogue folder, one generation (generation-cache.ts), and read
 * back only when every one of them is sound (shacl-result.ts isResult).
 *
 * When every result is kept, neither the SHACL engine nor the RDF library is loaded, nor the shapes
 * parsed (LazyShapes): they are imported when a dataset must be checked again.
 */
import { createHash } from 'node:crypto';
import { codeVersion } from '../build/code-version.ts';
import { generationFile, openGenerationCache, type GenerationCache } from '../build/generation-cache.ts';
import n3Package from 'n3/package.json' with { type: 'json' };
import shaclPackage from 'rdf-validate-shacl/package.json' with { type: 'json' };
import type { DcatApOptions, JsonLdDocument } from '../export/dcat-ap/catalogue.ts';
import type { ShaclResult } from '../export/dcat-ap/shacl.ts';
import { isResultList } from '../export/dcat-ap/shacl-result.ts';
import type { ShapesGraph } from '../export/dcat-ap/shapes.ts';
import { PROJECT_SHAPES, shapesDigest, shapeTexts } from '../export/dcat-ap/shapes-digest.ts';
import { sharedValidationDocument } from '../export/dcat-ap/validation-documents.ts';
import { canonicalResults, datasetGroupResults, resultsOnce, validateDocument } from '../export/dcat-ap/dataset-shacl.ts';
import type { Catalogue, Dataset } from '../model/catalogue.ts';
import { keyText } from '../site/page-cache-key.ts';
import { startShaclThread } from './shacl-thread.ts';

/** Datasets checked in one graph when their results are not kept: big enough for few validators, small enough for little memory. */
const DATASETS_PER_GROUP = 500;

/**
 * Groups mapped and not yet checked, at most: the thread has the next while this one maps another,
 * and no more documents wait (each is a group's whole graph as JSON-LD).
 */
const GROUPS_IN_FLIGHT = 2;

/** What decides the results besides the documents, the shapes and the code (which the cache file's version covers). */
const ENGINE = ['odc-dataset-shacl/1', `rdf-validate-shacl ${shaclPackage.version}`, `n3 ${n3Package.version}`].join('\n');

/** Shapes whose graph is parsed only when a dataset must be checked: their digest is enough to find kept results. */
export interface LazyShapes {
	/** The Turtle files the shapes are read from. */
	paths: readonly string[];
	/** The SHA-256 of the shapes' text (shapes-digest.ts). */
	digest: string;
	/** The parsed shapes (loads the RDF library on first call). */
	graph(): Promise<ShapesGraph>;
}

/** The shapes in the Turtle files `paths` (default: the project's), read now, parsed when first needed. */
export function lazyShapes(paths: readonly string[] = [PROJECT_SHAPES]): LazyShapes {
	let graph: Promise<ShapesGraph> | undefined;
	return {
		paths,
		digest: shapesDigest(shapeTexts(paths)),
		graph: () => (graph ??= import('../export/dcat-ap/shapes.ts').then(({ readShapesGraph }) => readShapesGraph(paths))),
	};
}

/** Where the results are kept: the cache folder, or nowhere (`--no-cache`). */
export interface ResultsCacheOptions {
	/** Default: yes. */
	cache?: boolean;
	/** Default: cacheDir(). */
	cacheFolder?: string;
	/**
	 * The load cache's key of each dataset's file (the SHA-256 of its kind and text), by path
	 * (LoadResult.datasetKeys): a dataset with one is keyed by it and what the model adds to its
	 * record (its path and its distributions' files and previews) rather than by its whole record
	 * serialized (~0.2 s at 10,000 datasets). Default: none.
	 */
	datasetKeys?: ReadonlyMap<string, string>;
	/** Datasets checked in one graph (default: DATASETS_PER_GROUP, 500): smaller in tests, to check several groups of a small catalogue. */
	groupSize?: number;
}

/**
 * The SHACL results of `catalogue`'s export (read from `root`), the shared nodes' first, then each
 * dataset's in catalogue order; a node several documents hold (a concept) is reported once.
 */
export async function datasetShaclResults(
	root: string,
	catalogue: Catalogue,
	options: DcatApOptions,
	shapes: ShapesGraph | LazyShapes,
	{ cache = true, cacheFolder, datasetKeys, groupSize = DATASETS_PER_GROUP }: ResultsCacheOptions = {},
): Promise<ShaclResult[]> {
	const graphOf = () => ('store' in shapes ? Promise.resolve(shapes) : shapes.graph());
	const version = cache ? codeVersion() : undefined;
	const kept: GenerationCache<ShaclResult[]> = openGenerationCache(generationFile('dcat-datasets', root, cacheFolder), version, isResultList);
	const shared = sharedValidationDocument(catalogue, options);
	const sharedKey = sha256(ENGINE, shapes.digest, 'shared', JSON.stringify(shared.document));
	let sharedResults = kept.get(sharedKey);
	if (sharedResults === undefined) {
		sharedResults = canonicalResults(await validateDocument(shared.document, await graphOf()));
		kept.set(sharedKey, sharedResults);
	}

	const wide = sha256(
		ENGINE,
		shapes.digest,
		keyText({ options, config: catalogue.config, languages: catalogue.languages, defaultLanguage: catalogue.defaultLanguage, types: shared.types }),
	);
	const keys = catalogue.datasets.map((dataset) => datasetKey(wide, dataset, datasetKeys?.get(dataset.sourcePath)));
	const perDataset = keys.map((key) => kept.get(key));
	const missing = catalogue.datasets.flatMap((dataset, index) => (perDataset[index] === undefined ? [{ dataset, index }] : []));
	// More than a group to check: their graphs are checked on a thread of their own while the next
	// groups are mapped here. One group (a dataset changed) is checked here, without the thread's start.
	const thread = 'paths' in shapes && missing.length > groupSize ? startShaclThread(shapes.paths, shapes.digest) : undefined;
	// A check the thread could not make (it ended, or failed on a document) is made here, where any error is the run's.
	const check = thread && ((document: JsonLdDocument) => thread.check(document).catch(async () => validateDocument(document, await graphOf())));
	try {
		const checking: Promise<void>[] = [];
		for (let start = 0; start < missing.length; start += groupSize) {
			const group = missing.slice(start, start + groupSize);
			const checked = datasetGroupResults(
				group.map((entry) => entry.dataset),
				catalogue,
				options,
				check ?? (await graphOf()),
				shared.types,
			).then((results) =>
				group.forEach(({ index }, position) => {
					perDataset[index] = results[position]!;
					kept.set(keys[index]!, results[position]!);
				}),
			);
			checked.catch(() => {});
			checking.push(checked);
			if (checking.length >= GROUPS_IN_FLIGHT) await checking.shift();
		}
		await Promise.all(checking);
	} finally {
		await thread?.close();
	}
	kept.save();

	return resultsOnce([sharedResults, ...(perDataset as ShaclResult[][])]);
}

/**
 * A dataset's key: with its file's load key, that key, its path and what buildCatalogue adds to each
 * distribution (the model is the record its text gives, plus these); else its whole model.
 */
function datasetKey(wide: string, dataset: Dataset, fileKey: string | undefined): string {
	if (fileKey === undefined) return sha256(wide, 'model', keyText(dataset));
	const added = dataset.distributions?.map((distribution) => [distribution.dictionary, distribution.siteFile, distribution.preview]);
	return sha256(wide, 'file', fileKey, dataset.sourcePath, keyText(added));
}

function sha256(...parts: string[]): string {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(part).update('\u0000');
	return hash.digest('hex');
}
