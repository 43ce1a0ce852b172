/**
 * Conformance with the official DCAT-AP 3.0.1 SHACL shapes (SEMICeu/DCAT-AP, releases/3.0.1/shacl),
 * read from the shared standards folder beside the repository; they are reference material and are
 * not shipped with the project.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toDcatAp } from '../../src/lib/export/dcat-ap/catalogue.ts';
import { toGraph } from '../../src/lib/export/dcat-ap/rdf.ts';
import { validateWithShacl } from '../../src/lib/export/dcat-ap/shacl.ts';
import { readShapes } from '../../src/lib/export/dcat-ap/shapes.ts';
import { sourceMapOf } from '../../src/lib/export/dcat-ap/source-map.ts';
import { REPO_ROOT } from '../browser/support/build.ts';
import { loadFixture } from './support.ts';

const SHAPES_DIR = resolve(REPO_ROOT, '../shared/standards/dcat-ap-3.0.1/shacl');
const SHAPES = ['dcat-ap-SHACL.ttl', 'ranges.ttl'].map((file) => resolve(SHAPES_DIR, file));

describe('the example catalogue conforms to the official DCAT-AP 3.0.1 shapes', () => {
	it('has no violation of dcat-ap-SHACL.ttl and ranges.ttl', async () => {
		const missing = SHAPES.filter((path) => !existsSync(path));
		if (missing.length > 0) throw new Error(`The official DCAT-AP 3.0.1 shapes are missing: ${missing.join(', ')}. Put a copy of SEMICeu/DCAT-AP releases/3.0.1/shacl/ in ${SHAPES_DIR}.`);
		const catalogue = await loadFixture('.');
		const options = { siteUrl: 'https://open-data-catalogue.github.io', base: '/' };
		const findings = await validateWithShacl(toGraph(toDcatAp(catalogue, options)), readShapes(SHAPES), sourceMapOf(catalogue, options));
		expect(findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
	});
});
