/**
 * The build's SHACL check of the DCAT-AP export, dataset by dataset (part-checks.ts): with the parts
 * kept from the last build, a changed dataset's part is made again but that dataset alone is
 * checked; what is reported is what checking every dataset afresh reports; a violation is caught
 * whatever was kept.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { datasetFileKeys } from '../../src/lib/build/dataset-file-keys.ts';
import { catalogueIris, dcatApPartMaker, partDatasets, type DcatApOptions } from '../../src/lib/export/dcat-ap/catalogue.ts';
import { datasetGroupResults } from '../../src/lib/export/dcat-ap/dataset-shacl.ts';
import type { JsonLdNode } from '../../src/lib/export/dcat-ap/values.ts';
import { partDocument, sharedValidationDocument } from '../../src/lib/export/dcat-ap/validation-documents.ts';
import { generateCatalogue } from '../../scripts/bench/generate-catalogue.ts';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { openDcatParts } from '../../src/lib/export/dcat-ap/part-cache.ts';
import { toShaclGraph } from '../../src/lib/export/dcat-ap/rdf.ts';
import { PROJECT_SHAPES, readShapesGraph } from '../../src/lib/export/dcat-ap/shapes.ts';
import { readLinkReport } from '../../src/lib/links/link-report.ts';
import type { Catalogue } from '../../src/lib/model/catalogue.ts';
import { catalogueQuality } from '../../src/lib/quality/catalogue-quality.ts';
import { emptyExportStats, exportAndValidate, type ExportStats } from '../../src/lib/site/dcat-export.ts';
import { REPO_ROOT } from '../browser/support/build.ts';
import { loadFixture } from './support.ts';

const SIZE = 3;
const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
	vi.restoreAllMocks();
});
function folder(): string {
	const dir = mkdtempSync(join(tmpdir(), 'odc-part-checks-'));
	made.push(dir);
	return dir;
}

/** The example catalogue, with findings: a dataset without keywords in three parts is a warning (a recommended property left out). */
let example: Catalogue;
beforeAll(async () => {
	example = await loadFixture('.');
	for (const index of [0, SIZE + 1, example.datasets.length - 1]) delete example.datasets[index]!.keywords;
});

const options = (catalogue: Catalogue): DcatApOptions => ({
	siteUrl: 'https://open-data-catalogue.github.io',
	base: '/',
	quality: catalogueQuality(catalogue, readLinkReport(REPO_ROOT)),
});

interface Checked {
	stats: ExportStats;
	/** The warnings printed, sorted: what the build reports. */
	warnings: string[];
	error?: string;
}

/** Exports `catalogue` in parts of {@link SIZE}, with the kept parts and results in `cache` (none: nothing kept). */
async function checked(catalogue: Catalogue, cache?: string, shapesDigest = readShapesGraph().digest): Promise<Checked> {
	const stats = emptyExportStats();
	const with_ = options(catalogue);
	const kept =
		cache === undefined ? undefined : openDcatParts('/catalogue', catalogue, with_, datasetFileKeys(catalogue, with_, 'v1').jsonLd, shapesDigest, 'v1', cache);
	const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
	let error: string | undefined;
	try {
		await exportAndValidate(catalogue, with_, SIZE, stats, kept);
	} catch (thrown) {
		error = (thrown as Error).message;
	}
	const warnings = warn.mock.calls.map((call) => String(call[0])).sort();
	warn.mockRestore();
	return { stats, warnings, error };
}

/** `catalogue` with dataset `index`'s English title changed to `title`. */
function retitled(catalogue: Catalogue, index: number, title: string): Catalogue {
	const changed = structuredClone(catalogue);
	changed.datasets[index]!.title = { ...changed.datasets[index]!.title, en: title };
	return changed;
}

describe('the build’s SHACL check, dataset by dataset', () => {
	it('checks every dataset once when nothing is kept, and reports what checking afresh reports', async () => {
		const fresh = await checked(example);
		expect(fresh.stats.checkedDatasets).toBe(example.datasets.length);
		// Findings in three parts: the comparisons below would prove nothing without them.
		expect(fresh.warnings.filter((warning) => warning.includes('keyword')).length).toBeGreaterThanOrEqual(3);
		const cache = folder();
		const first = await checked(example, cache);
		expect(first.stats.checkedDatasets).toBe(example.datasets.length);
		expect(first.warnings).toEqual(fresh.warnings);
		const again = await checked(example, cache);
		expect(again.stats.keptParts).toBe(again.stats.parts);
		expect(again.stats.checkedDatasets).toBe(0);
		expect(again.warnings).toEqual(fresh.warnings);
	});

	it('checks only the changed dataset when its part is made again, in one part and then in another', async () => {
		const cache = folder();
		await checked(example, cache);
		const once = retitled(example, SIZE + 1, 'A title changed since');
		const afterOne = await checked(once, cache);
		expect(afterOne.stats.keptParts).toBe(afterOne.stats.parts - 1);
		expect(afterOne.stats.checkedDatasets).toBe(1);
		expect(afterOne.warnings).toEqual((await checked(once)).warnings);
		// The datasets of the parts kept whole kept their results too.
		const twice = retitled(once, 0, 'Another title changed since');
		const afterTwo = await checked(twice, cache);
		expect(afterTwo.stats.checkedDatasets).toBe(1);
		expect(afterTwo.warnings).toEqual((await checked(twice)).warnings);
	});

	it('catches a violation in a changed dataset while the others are kept, and again while its part is kept', async () => {
		const cache = folder();
		await checked(example, cache);
		const broken = structuredClone(example);
		const index = example.datasets.findIndex((dataset) => dataset.distributions?.[0]?.download_url !== undefined);
		expect(index).toBeGreaterThanOrEqual(0);
		const distribution = broken.datasets[index]!.distributions![0]!;
		delete distribution.download_url;
		delete distribution.access_url;
		delete distribution.siteFile;
		const expected = (await checked(broken)).error;
		expect(expected).toMatch(/breaks \d+ SHACL rule\(s\):[\s\S]*has no access URL/);
		const after = await checked(broken, cache);
		expect(after.stats.checkedDatasets).toBe(1);
		expect(after.error).toBe(expected);
		const kept = await checked(broken, cache);
		expect(kept.stats.keptParts).toBe(kept.stats.parts);
		expect(kept.error).toBe(expected);
	});

	it('gives each dataset the same results from its part’s own document as from a document of stubs', async () => {
		const root = folder();
		generateCatalogue(root, { datasets: 12, seed: 5 });
		// Every kind of node fails (as in tests/validate/dcat-dataset-results.test.ts): a result of each kind to give.
		const extra = join(root, 'every-node-fails.ttl');
		writeFileSync(
			extra,
			`@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> . @prefix ex: <https://example.org/shapes#> .
ex:Catalog a sh:NodeShape ; sh:targetClass dcat:Catalog ; sh:property [ sh:path ex:missing ; sh:minCount 1 ] .
ex:Agent a sh:NodeShape ; sh:targetClass foaf:Agent ; sh:property [ sh:path ex:missing ; sh:minCount 1 ] .
ex:Theme a sh:NodeShape ; sh:targetObjectsOf dcat:theme ; sh:property [ sh:path ex:missing ; sh:minCount 1 ] .
ex:Language a sh:NodeShape ; sh:targetObjectsOf dct:language ; sh:property [ sh:path ex:missing ; sh:minCount 1 ] .
ex:Distribution a sh:NodeShape ; sh:targetClass dcat:Distribution ; sh:property [ sh:path ex:missing ; sh:minCount 1 ] .
ex:Dataset a sh:NodeShape ; sh:targetClass dcat:Dataset ; sh:property [ sh:path dcat:keyword ; sh:maxCount 2 ] .
ex:Links a sh:NodeShape ; sh:targetClass dcat:Catalog ; sh:property [ sh:path dcat:dataset ; sh:class ex:Nothing ] .
`,
		);
		const shapes = readShapesGraph([PROJECT_SHAPES, extra]);
		const { catalogue } = await loadCatalogue(root, { cache: false });
		const with_ = options(catalogue!);
		const shared = sharedValidationDocument(catalogue!, with_);
		const mapped = new Map<unknown, readonly JsonLdNode[]>();
		const maker = dcatApPartMaker(catalogue!, with_, (dataset, nodes) => mapped.set(dataset, nodes));
		let compared = 0;
		for (const datasets of partDatasets(catalogue!, 5)) {
			mapped.clear();
			const part = maker.make(datasets);
			const nodesOf = (dataset: unknown) => mapped.get(dataset)!;
			const prepared = partDocument(part.document, datasets, nodesOf, catalogueIris(catalogue!, with_).catalogue);
			const measure = { triples: 0, graphSeconds: 0 };
			const fromPart = await datasetGroupResults(datasets, catalogue!, with_, shapes, shared.types, nodesOf, measure, prepared);
			// One graph, the part's: every result had its owner (none was looked for dataset by dataset).
			expect(measure.triples).toBe(toShaclGraph(part.document, 'validate').size);
			const fromStubs = await datasetGroupResults(datasets, catalogue!, with_, shapes, shared.types, nodesOf);
			expect(fromPart).toEqual(fromStubs);
			// Each dataset has its own results (its node, its distributions, its concepts, the catalogue's link to it), no shared node's.
			expect(fromPart.every((results) => results.length >= 3)).toBe(true);
			const focus = fromPart.flat().map((result) => result.focusNode);
			expect(focus.some((node) => node.includes('/publishers/'))).toBe(false);
			expect(fromPart.flat().some((result) => result.path === 'http://www.w3.org/ns/dcat#dataset')).toBe(true);
			compared += datasets.length;
		}
		expect(compared).toBe(12);
	});

	it('checks every dataset again when the shapes change', async () => {
		const cache = folder();
		await checked(example, cache);
		const other = await checked(example, cache, 'another digest');
		expect(other.stats.keptParts).toBe(0);
		expect(other.stats.checkedDatasets).toBe(example.datasets.length);
	});
});
