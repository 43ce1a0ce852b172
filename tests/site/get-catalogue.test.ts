/**
 * `npm run build` loads and validates the catalogue once and hands it to the Astro build of the
 * same process (scripts/build.ts): the pages use that catalogue instead of loading it again, and
 * only the one loaded from the same folder for the same as-of date.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Catalogue } from '../../src/lib/model/catalogue.ts';
import { REPO_ROOT } from '../browser/support/build.ts';

afterEach(() => {
	vi.unstubAllEnvs();
	vi.resetModules();
	delete (globalThis as Record<symbol, unknown>)[Symbol.for('open-data-catalogue.validated-catalogue')];
});

/** A fresh copy of the module, as the pages' bundle holds its own. */
async function freshModule() {
	vi.resetModules();
	return import('../../src/lib/site/get-catalogue.ts');
}

describe('getCatalogue', () => {
	it('gives the pages the catalogue the build command handed over, without loading it again', async () => {
		vi.stubEnv('CATALOGUE_DIR', REPO_ROOT);
		vi.stubEnv('AS_OF', '2026-11-23');
		const handed = { marker: 'validated by scripts/build.ts' } as unknown as Catalogue;
		(await freshModule()).handOverCatalogue(`${REPO_ROOT}/`, '2026-11-23', handed);
		// Another copy of the module, as Astro's bundle of the pages has.
		expect(await (await freshModule()).getCatalogue()).toBe(handed);
	});

	it('loads the catalogue itself when what was handed over is for another date or folder', async () => {
		vi.stubEnv('CATALOGUE_DIR', `${REPO_ROOT}/tests/fixtures/minimal`);
		vi.stubEnv('AS_OF', '2026-11-23');
		const handed = { marker: 'another date' } as unknown as Catalogue;
		(await freshModule()).handOverCatalogue(`${REPO_ROOT}/tests/fixtures/minimal`, '2026-11-24', handed);
		const catalogue = await (await freshModule()).getCatalogue();
		expect(catalogue).not.toBe(handed);
		expect(catalogue.datasets.map((dataset) => dataset.identifier)).toEqual(['traffic-volumes']);
	});
});
