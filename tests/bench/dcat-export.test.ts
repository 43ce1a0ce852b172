import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureDcatExport } from '../../scripts/bench/dcat-export.ts';
import { generateCatalogue } from '../../scripts/bench/generate-catalogue.ts';

describe('the DCAT-AP export figures of the benchmark', () => {
	it('time each phase of a synthetic catalogue’s export, which passes SHACL', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'odc-bench-dcat-'));
		try {
			generateCatalogue(dir, { datasets: 40, seed: 3 });
			const cacheBefore = process.env.ODC_CACHE_DIR;
			const figures = await measureDcatExport(dir);
			expect(figures.violations).toBe(0);
			expect(figures.triples).toBeGreaterThan(40 * 20);
			expect(figures.jsonLdBytes).toBeGreaterThan(figures.triples * 20);
			expect(figures.turtleBytes).toBeGreaterThan(figures.triples * 20);
			const phases = [figures.exportSeconds, figures.rdfSeconds, figures.shaclSeconds, figures.turtleSeconds];
			expect(phases.every((seconds) => seconds > 0)).toBe(true);
			// The total is wall time around the phases (plus reading the shapes): at least their sum.
			expect(figures.totalSeconds).toBeGreaterThanOrEqual(phases.reduce((a, b) => a + b));
			expect(figures.parts).toBe(1);
			expect(figures.cpuSeconds).toBeGreaterThan(0);
			expect(figures.dataJsonSeconds).toBeGreaterThan(0);
			expect(figures.dataJsonBytes).toBeGreaterThan(40 * 500);
			// One title changed: its part (the only one) is made again, but that dataset alone is checked.
			expect(figures.changed.keptParts).toBe(0);
			expect(figures.changed.checkedDatasets).toBe(1);
			expect(figures.changed.cpuSeconds).toBeGreaterThan(0);
			expect(figures.datasetFiles.bytes).toBeGreaterThan(40 * 2000);
			expect(process.env.ODC_CACHE_DIR).toBe(cacheBefore);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 60_000);
});
