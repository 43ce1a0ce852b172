/**
 * Conformance with the official DCAT-AP 3.0.1 SHACL shapes (SEMICeu/DCAT-AP, releases/3.0.1),
 * read from the shared standards folder beside the repository; they are reference material and are
 * not shipped with the project. Two sets are published:
 *
 * - `shacl/`: the generated shapes, `dcat-ap-SHACL.ttl` (cardinalities, node kinds, datatypes)
 *   with `ranges.ttl` (classes of the values), run together;
 * - `html-shacl/`: the set the specification's HTML links to, run file by file: `shapes.ttl`
 *   (mandatory properties and cardinalities), `range.ttl`, `mdr-vocabularies.shape.ttl` (values
 *   from the EU tables: each must be `skos:inScheme` its table in the data graph),
 *   `shapes_recommended.ttl` (recommended properties, all `sh:Warning`) and `deprecateduris.ttl`
 *   (warnings for DCAT-AP 1.x and 2.x terms). Its other two files, `imports.ttl` and
 *   `mdr_imports.ttl`, hold no shapes: they list, as `owl:imports` of network addresses, the
 *   ontologies and EU tables a validator such as the EU's ITB loads beside the data. The export
 *   carries what those tables would add — each concept it uses, with its `skos:inScheme` — so it
 *   passes offline; a test below checks that the two files still hold no shapes.
 *
 * Every file must give zero violations; warnings (recommended properties the catalogue does not
 * have, publishers that are not EU corporate bodies) are allowed, as DCAT-AP intends.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataFactory, type Store } from 'n3';
import { expect, it } from 'vitest';
import { toDcatAp } from '../../src/lib/export/dcat-ap/catalogue.ts';
import { EMPTY_REPORT } from '../../src/lib/links/link-report.ts';
import { computeQuality } from '../../src/lib/quality/catalogue-quality.ts';
import { expand } from '../../src/lib/export/dcat-ap/context.ts';
import { toGraph } from '../../src/lib/export/dcat-ap/rdf.ts';
import { validateWithShacl, type ShaclFinding } from '../../src/lib/export/dcat-ap/shacl.ts';
import { readShapes } from '../../src/lib/export/dcat-ap/shapes.ts';
import { sourceMapOf } from '../../src/lib/export/dcat-ap/source-map.ts';
import { describeWithShared, sharedPath } from '../support/shared-folder.ts';
import { loadFixture } from './support.ts';

const RELEASE = sharedPath('standards/dcat-ap-3.0.1');
const options = { siteUrl: 'https://open-data-catalogue.github.io', base: '/' };

/** The official files at `paths` (relative to the release folder); fails, rather than skips, when one is missing. */
function officialShapes(...paths: string[]): Store {
	const files = paths.map((path) => resolve(RELEASE, path));
	const missing = files.filter((file) => !existsSync(file));
	if (missing.length > 0)
		throw new Error(`The official DCAT-AP 3.0.1 shapes are missing: ${missing.join(', ')}. Put a copy of SEMICeu/DCAT-AP releases/3.0.1/ in ${RELEASE}.`);
	return readShapes(files);
}

/**
 * `deprecateduris.ttl` declares `owl:imports` of the ADMS SKOS code lists (on the network), which
 * rdf-validate-shacl would add to the shapes graph. They serve a warning on `adms:status`, which
 * the export never writes, and values are looked up in the data graph, not the shapes graph: the
 * import cannot change a result, so the declaration is dropped rather than fetched.
 */
function withoutImports(shapes: Store): Store {
	for (const quad of shapes.getQuads(null, DataFactory.namedNode(expand('owl:imports')), null, null)) shapes.delete(quad);
	return shapes;
}

async function exampleFindings(shapes: Store, edit?: (graph: Store) => void): Promise<ShaclFinding[]> {
	const catalogue = await loadFixture('.');
	// With the quality measurements (DQV), as the site publishes the export.
	const graph = toGraph(toDcatAp(catalogue, { ...options, quality: computeQuality(catalogue, EMPTY_REPORT) }));
	edit?.(graph);
	return validateWithShacl(graph, shapes, sourceMapOf(catalogue, options));
}

function violations(findings: readonly ShaclFinding[]): string[] {
	return findings.filter((finding) => finding.severity === 'error').map((finding) => finding.message);
}

describeWithShared('the example catalogue conforms to the official DCAT-AP 3.0.1 shapes', () => {
	it('has no violation of shacl/dcat-ap-SHACL.ttl with shacl/ranges.ttl', async () => {
		expect(violations(await exampleFindings(officialShapes('shacl/dcat-ap-SHACL.ttl', 'shacl/ranges.ttl')))).toEqual([]);
	});

	it.each(['html-shacl/shapes.ttl', 'html-shacl/range.ttl', 'html-shacl/mdr-vocabularies.shape.ttl', 'html-shacl/shapes_recommended.ttl'])(
		'has no violation of %s',
		async (file) => {
			expect(violations(await exampleFindings(officialShapes(file)))).toEqual([]);
		},
	);

	it('has no violation of html-shacl/deprecateduris.ttl', async () => {
		expect(violations(await exampleFindings(withoutImports(officialShapes('html-shacl/deprecateduris.ttl'))))).toEqual([]);
	});

	it('has no violation of the whole html-shacl set run together', async () => {
		const files = ['shapes.ttl', 'range.ttl', 'mdr-vocabularies.shape.ttl', 'shapes_recommended.ttl', 'deprecateduris.ttl'].map((file) => `html-shacl/${file}`);
		const findings = await exampleFindings(withoutImports(officialShapes(...files)));
		expect(violations(findings)).toEqual([]);
		expect(findings.length).toBeGreaterThan(0);
	});

	it('would fail the vocabulary shapes if a concept did not say which EU table it is in', async () => {
		const frequency = DataFactory.namedNode('http://publications.europa.eu/resource/authority/frequency/ANNUAL');
		const findings = await exampleFindings(officialShapes('html-shacl/mdr-vocabularies.shape.ttl'), (graph) => {
			for (const quad of graph.getQuads(frequency, DataFactory.namedNode(expand('skos:inScheme')), null, null)) graph.delete(quad);
		});
		expect(violations(findings)).toContain(
			'datasets/mto/traffic-volumes.yaml: the dataset: update frequency "http://publications.europa.eu/resource/authority/frequency/ANNUAL": Value does not have shape <http://data.europa.eu/r5r#FrequencyRestriction> (DCAT-AP: dct:accrualPeriodicity)',
		);
	});

	it('skips only html-shacl files that hold no shapes (imports of network ontologies and EU tables)', () => {
		for (const file of ['html-shacl/imports.ttl', 'html-shacl/mdr_imports.ttl']) {
			const quads = officialShapes(file).getQuads(null, null, null, null);
			expect(
				quads.filter((quad) => quad.predicate.value.startsWith('http://www.w3.org/ns/shacl#')),
				file,
			).toEqual([]);
			expect(
				quads.some((quad) => quad.predicate.value === expand('owl:imports')),
				file,
			).toBe(true);
		}
	});
});
