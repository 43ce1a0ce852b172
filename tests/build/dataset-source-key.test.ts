/**
 * The key the load gave each dataset's file (src/lib/model/dataset-source-key.ts), which the
 * editor records' keys take, and the copy of it the export worker is given.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { fileKey } from '../../src/lib/load/file-cache.ts';
import { sourceKey, sourceKeys, takeSourceKeys } from '../../src/lib/model/dataset-source-key.ts';
import { REPO_ROOT } from '../browser/support/build.ts';

const cacheFolder = mkdtempSync(join(tmpdir(), 'odc-source-keys-'));
afterAll(() => rmSync(cacheFolder, { recursive: true, force: true }));

describe('sourceKey', () => {
	it('is the load cache’s key of the text each dataset was loaded from, and unknown without the cache', async () => {
		const { catalogue } = await loadCatalogue(REPO_ROOT, { cacheFolder });
		expect(catalogue!.datasets.length).toBeGreaterThan(1);
		for (const dataset of catalogue!.datasets)
			expect(sourceKey(dataset), dataset.sourcePath).toBe(fileKey('dataset', readFileSync(join(REPO_ROOT, dataset.sourcePath), 'utf8')));
		const uncached = await loadCatalogue(REPO_ROOT, { cache: false });
		expect(uncached.catalogue!.datasets.map(sourceKey).every((key) => key === undefined)).toBe(true);
	});

	it('is given to a copy of the datasets as known in the process that sent them, and only whole', async () => {
		const { catalogue } = await loadCatalogue(REPO_ROOT, { cacheFolder });
		const { datasets } = catalogue!;
		const sent = sourceKeys(datasets);
		expect(sent.every((key) => typeof key === 'string')).toBe(true);
		const copies = structuredClone(datasets);
		expect(copies.map(sourceKey).every((key) => key === undefined)).toBe(true);
		takeSourceKeys(copies, sent);
		expect(copies.map(sourceKey)).toEqual(sent);
		const others = structuredClone(datasets);
		takeSourceKeys(others, sent.slice(1));
		expect(others.map(sourceKey).every((key) => key === undefined)).toBe(true);
	});
});
