/**
 * The DCAT-AP export's parts kept whole from one build to the next
 * (src/lib/export/dcat-ap/part-cache.ts): after any kind of input changed, the files must be the
 * ones made without the cache, byte for byte, and only the parts whose inputs changed made again.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { datasetFileKeys } from '../../src/lib/build/dataset-file-keys.ts';
import { partDatasets, type DcatApOptions } from '../../src/lib/export/dcat-ap/catalogue.ts';
import { openDcatParts } from '../../src/lib/export/dcat-ap/part-cache.ts';
import { readShapesGraph } from '../../src/lib/export/dcat-ap/shapes.ts';
import type { Catalogue } from '../../src/lib/model/catalogue.ts';
import { readLinkReport } from '../../src/lib/links/link-report.ts';
import { catalogueQuality } from '../../src/lib/quality/catalogue-quality.ts';
import { REPO_ROOT } from '../browser/support/build.ts';
import { emptyExportStats, exportAndValidate } from '../../src/lib/site/dcat-export.ts';
import { loadFixture } from './support.ts';

const SIZE = 3;
const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function folder(): string {
	const dir = mkdtempSync(join(tmpdir(), 'odc-dcat-parts-'));
	made.push(dir);
	return dir;
}

let example: Catalogue;
beforeAll(async () => {
	example = await loadFixture('.');
});

const address = { siteUrl: 'https://open-data-catalogue.github.io', base: '/' };
const withQuality = (catalogue: Catalogue, location = address): DcatApOptions => ({
	...location,
	quality: catalogueQuality(catalogue, readLinkReport(REPO_ROOT)),
});

interface Exported {
	jsonld: string;
	turtle: string;
	parts: number;
	/** Parts taken whole from the cache. */
	kept: number;
}

/** The export of `catalogue` in parts of {@link SIZE}: without a cache, or with the one in `cache` as code `version`. */
async function exported(catalogue: Catalogue, options: DcatApOptions, cache?: string, version = 'v1'): Promise<Exported> {
	const stats = emptyExportStats();
	const parts =
		cache === undefined
			? undefined
			: openDcatParts('/catalogue', catalogue, options, datasetFileKeys(catalogue, options, version).jsonLd, readShapesGraph().digest, version, cache);
	const files = await exportAndValidate(catalogue, options, SIZE, stats, parts);
	return { jsonld: await files.jsonld.text(), turtle: await files.turtle.text(), parts: stats.parts, kept: stats.keptParts };
}

/** Exports `catalogue` with the cache and without it: the files must be the same; returns how many parts were kept. */
async function keptAfterChange(catalogue: Catalogue, cache: string, options = withQuality(catalogue), version = 'v1'): Promise<number> {
	const cold = await exported(catalogue, options);
	const warm = await exported(catalogue, options, cache, version);
	expect(warm.jsonld).toBe(cold.jsonld);
	expect(warm.turtle).toBe(cold.turtle);
	return warm.kept;
}

const entries = (cache: string) => readdirSync(join(cache, 'dcat-parts'), { recursive: true }).filter((name) => String(name).endsWith('.part'));

describe('kept DCAT-AP parts', () => {
	it('are all taken when nothing changed, and give the files made without them', async () => {
		const cache = folder();
		const parts = Math.ceil(example.datasets.length / SIZE);
		expect(await keptAfterChange(example, cache)).toBe(0);
		expect(entries(cache)).toHaveLength(parts);
		expect(await keptAfterChange(example, cache)).toBe(parts);
	});

	it('are made again for the part of a dataset that changed, and for nothing else', async () => {
		const cache = folder();
		const parts = Math.ceil(example.datasets.length / SIZE);
		await keptAfterChange(example, cache);
		const changed = structuredClone(example);
		changed.datasets[SIZE + 1]!.title = { ...changed.datasets[SIZE + 1]!.title, en: 'A title changed since' };
		expect(await keptAfterChange(changed, cache)).toBe(parts - 1);
		// One generation: the changed part's old entry is gone.
		expect(entries(cache)).toHaveLength(parts);
	});

	it('are made again after a part that now publishes a node a later part published', async () => {
		const cache = folder();
		await keptAfterChange(example, cache);
		// A theme the first part did not use but a later one does: the later part no longer publishes its concept.
		const slices = [...partDatasets(example, SIZE)];
		const early = new Set(slices[0]!.flatMap((dataset) => dataset.themes ?? []));
		const later = slices.slice(1).flatMap((datasets) => datasets.flatMap((dataset) => dataset.themes ?? []));
		const theme = later.find((code) => !early.has(code));
		expect(theme, 'a theme first used after the first part').toBeDefined();
		const changed = structuredClone(example);
		changed.datasets[0]!.themes = [...(changed.datasets[0]!.themes ?? []), theme!];
		expect(await keptAfterChange(changed, cache)).toBe(0);
	});

	it('are made again when the catalogue’s last modified date moves with a dataset of another part', async () => {
		const cache = folder();
		await keptAfterChange(example, cache);
		const changed = structuredClone(example);
		changed.datasets.at(-1)!.modified = '2026-11-30';
		expect(await keptAfterChange(changed, cache)).toBe(0);
	});

	it('are all made again when a publisher, the settings, the languages, the site address or the code changed', async () => {
		const changes: Array<[string, (catalogue: Catalogue) => void]> = [
			['a publisher', (catalogue) => (catalogue.publishers[0]!.name = { ...catalogue.publishers[0]!.name, en: 'A ministry renamed' })],
			['the settings', (catalogue) => (catalogue.config.title = { ...catalogue.config.title, en: 'Another catalogue' })],
			['the languages', (catalogue) => (catalogue.languages = catalogue.languages.slice(0, 1))],
		];
		for (const [what, change] of changes) {
			const cache = folder();
			await keptAfterChange(example, cache);
			const changed = structuredClone(example);
			change(changed);
			expect(await keptAfterChange(changed, cache), what).toBe(0);
		}
		const cache = folder();
		await keptAfterChange(example, cache);
		expect(await keptAfterChange(example, cache, withQuality(example, { siteUrl: 'https://example.org', base: '/data/' })), 'the site address').toBe(0);
		expect(await keptAfterChange(example, cache, withQuality(example), 'v2'), 'the code').toBe(0);
		expect(await keptAfterChange(example, cache, { ...address }), 'no quality').toBe(0);
	});

	it('are made again after a dataset was removed, shifting the parts', async () => {
		const cache = folder();
		await keptAfterChange(example, cache);
		const changed = structuredClone(example);
		const [removed] = changed.datasets.splice(1, 1);
		changed.datasetById.delete(removed!.identifier);
		expect(await keptAfterChange(changed, cache)).toBe(0);
	});

	it('are made again when a kept file is damaged or is not one this code wrote', async () => {
		const cache = folder();
		await keptAfterChange(example, cache);
		const dir = join(cache, 'dcat-parts', readdirSync(join(cache, 'dcat-parts'))[0]!);
		const [first, second, third] = readdirSync(dir);
		writeFileSync(join(dir, first!), `${'0'.repeat(64)}\n{}\n`);
		writeFileSync(join(dir, second!), 'not an entry');
		rmSync(join(dir, third!));
		writeFileSync(join(dir, third!), '');
		expect(await keptAfterChange(example, cache)).toBe(Math.ceil(example.datasets.length / SIZE) - 3);
	});
});
