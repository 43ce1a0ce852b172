/**
 * The SHACL thread of `npm run validate` (shacl-thread.ts) gives each document the results
 * validateDocument gives on the main thread, refuses shapes other than those its caller keyed its
 * results with, and fails what still waits once closed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../scripts/bench/generate-catalogue.ts';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { toDcatAp } from '../../src/lib/export/dcat-ap/catalogue.ts';
import { validateDocument } from '../../src/lib/export/dcat-ap/dataset-shacl.ts';
import { PROJECT_SHAPES, readShapesGraph } from '../../src/lib/export/dcat-ap/shapes.ts';
import { startShaclThread } from '../../src/lib/validate/shacl-thread.ts';

const work = mkdtempSync(join(tmpdir(), 'odc-shacl-thread-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A rule every dataset breaks: more than one keyword. */
const AT_MOST_ONE_KEYWORD = `@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix dcat: <http://www.w3.org/ns/dcat#> .
<https://example.org/shapes#Dataset> a sh:NodeShape ; sh:targetClass dcat:Dataset ; sh:property [ sh:path dcat:keyword ; sh:maxCount 1 ] .
`;

async function exportOf(datasets: number) {
	const root = join(work, `catalogue-${datasets}`);
	generateCatalogue(root, { datasets, seed: 5 });
	const { catalogue } = await loadCatalogue(root, { asOf: '2026-06-01', cache: false });
	return toDcatAp(catalogue!, { siteUrl: catalogue!.config.site.url, base: catalogue!.config.site.base });
}

describe('the SHACL thread', () => {
	it('gives each document the results it has on the main thread', async () => {
		const extra = join(work, 'one-keyword.ttl');
		writeFileSync(extra, AT_MOST_ONE_KEYWORD);
		const shapes = readShapesGraph([PROJECT_SHAPES, extra]);
		const thread = startShaclThread([PROJECT_SHAPES, extra], shapes.digest);
		try {
			const documents = [await exportOf(6), await exportOf(9)];
			const onThread = await Promise.all(documents.map((document) => thread.check(document)));
			for (const [index, document] of documents.entries()) {
				const here = await validateDocument(document, shapes);
				expect(here.length).toBeGreaterThanOrEqual(6);
				expect(onThread[index]).toEqual(here);
			}
		} finally {
			await thread.close();
		}
	}, 60_000);

	it('ends, failing every check, when the shapes it reads are not those of the digest given', async () => {
		const thread = startShaclThread([PROJECT_SHAPES], 'not the digest of these shapes');
		await expect(thread.check(await exportOf(2))).rejects.toThrow('The shapes changed while they were being read.');
		await expect(thread.check(await exportOf(2))).rejects.toThrow('The shapes changed while they were being read.');
		await thread.close();
	}, 60_000);

	it('fails what still waits for an answer once closed', async () => {
		const thread = startShaclThread([PROJECT_SHAPES], readShapesGraph([PROJECT_SHAPES]).digest);
		const waiting = expect(thread.check(await exportOf(3))).rejects.toThrow('The SHACL thread was closed.');
		await thread.close();
		await waiting;
	}, 60_000);
});
