/**
 * The build's SHACL check of the DCAT-AP export, dataset by dataset (part-checks.ts): with the parts
 * kept from the last build, a changed dataset's part is made again but that dataset alone is
 * checked; what is reported is what checking every dataset afresh reports; a violation is caught
 * whatever was kept.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { datasetFileKeys } from '../../src/lib/build/dataset-file-keys.ts';
import type { DcatApOptions } from '../../src/lib/export/dcat-ap/catalogue.ts';
import { openDcatParts } from '../../src/lib/export/dcat-ap/part-cache.ts';
import { readShapesGraph } from '../../src/lib/export/dcat-ap/shapes.ts';
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

	it('checks every dataset again when the shapes change', async () => {
		const cache = folder();
		await checked(example, cache);
		const other = await checked(example, cache, 'another digest');
		expect(other.stats.keptParts).toBe(0);
		expect(other.stats.checkedDatasets).toBe(example.datasets.length);
	});
});
