import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvDictionary, generateCsv } from '../../scripts/bench/generate-csv.ts';
import { checkDataFile } from '../../src/lib/data-files/check-data-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'odc-bench-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the benchmark’s CSV', () => {
	it('has the size asked for, the same bytes for the same seed, and quoted commas, quotes and line breaks', async () => {
		const a = await generateCsv(join(dir, 'a.csv'), { bytes: 300_000, seed: 7 });
		const b = await generateCsv(join(dir, 'b.csv'), { bytes: 300_000, seed: 7 });
		expect(a.bytes).toBeGreaterThanOrEqual(300_000);
		expect(a.bytes).toBeLessThan(301_000);
		expect(statSync(join(dir, 'a.csv')).size).toBe(a.bytes);
		expect(readFileSync(join(dir, 'a.csv'))).toEqual(readFileSync(join(dir, 'b.csv')));
		expect(b.rows).toBe(a.rows);
		const text = readFileSync(join(dir, 'a.csv'), 'utf8');
		expect(text).toContain('"storm; ""partial"" count"');
		expect(text).toContain('"two-line note\nsecond line"');
	});

	it('previews with as many rows as were written, and matches its dictionary', async () => {
		const generated = await generateCsv(join(dir, 'c.csv'), { bytes: 500_000 });
		const result = await checkDataFile(dir, { file: 'c.csv', dictionary: { schema: csvDictionary(), sourcePath: 'generated' } }, 'error');
		expect(result.diagnostics).toEqual([]);
		expect(result.preview).toMatchObject({ ok: true, profile: { rowCount: generated.rows, columnCount: 8 } });
	});
});
