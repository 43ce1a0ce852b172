import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateCatalogue, type GeneratedCatalogue } from '../../scripts/bench/generate-catalogue.ts';
import { loadCatalogue } from '../../src/lib/catalogue.ts';

describe('generateCatalogue', () => {
	let dir: string;
	let generated: GeneratedCatalogue;

	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'odc-generate-test-'));
		generated = generateCatalogue(dir, { datasets: 50, seed: 42 });
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('writes catalogue.yaml, at least 5 publishers and one file per dataset', () => {
		const datasetFiles = generated.files.filter((f) => f.startsWith('datasets/'));
		const publisherFiles = generated.files.filter((f) => f.startsWith('publishers/'));
		expect(generated.files).toContain('catalogue.yaml');
		expect(publisherFiles.length).toBeGreaterThanOrEqual(5);
		expect(datasetFiles).toHaveLength(50);
		expect(generated.accessLevels.open + generated.accessLevels.restricted + generated.accessLevels.under_review).toBe(50);
	});

	it('writes YAML that parses, with identifiers matching file and folder names', () => {
		for (const file of generated.files) {
			const record = parse(readFileSync(join(dir, file), 'utf8'));
			expect(record, file).toBeTypeOf('object');
			const [kind, folder, name] = file.split('/');
			if (kind === 'datasets') {
				expect(`${record.identifier}.yaml`).toBe(name);
				expect(record.publisher).toBe(folder);
			}
			if (kind === 'publishers') expect(`${record.id}.yaml`).toBe(folder);
		}
		expect(readdirSync(join(dir, 'datasets')).sort()).toEqual([...generated.publisherIds].sort());
	});

	it('is reproducible for the same seed', () => {
		const other = mkdtempSync(join(tmpdir(), 'odc-generate-test-'));
		try {
			const again = generateCatalogue(other, { datasets: 50, seed: 42 });
			expect(again.files).toEqual(generated.files);
			for (const file of generated.files.slice(0, 20)) {
				expect(readFileSync(join(other, file), 'utf8')).toBe(readFileSync(join(dir, file), 'utf8'));
			}
		} finally {
			rmSync(other, { recursive: true, force: true });
		}
	});

	it('passes validation with no errors', async () => {
		const result = await loadCatalogue(dir);
		const errors = result.diagnostics.filter((d) => d.severity === 'error');
		expect(errors).toEqual([]);
		expect(result.fileCount).toBe(generated.files.length);
		expect(result.catalogue?.datasets).toHaveLength(50);
	});
});

describe('generateCatalogue with release schedules', () => {
	let dir: string;
	let generated: GeneratedCatalogue;

	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'odc-generate-test-'));
		generated = generateCatalogue(dir, { datasets: 50, seed: 42, scheduleRows: 120 });
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('writes the rows asked for, in comma and semicolon files, without changing the dataset files', () => {
		const schedules = generated.files.filter((f) => f.endsWith('.csv'));
		expect(generated.scheduleRows).toBe(120);
		const texts = schedules.map((f) => readFileSync(join(dir, f), 'utf8'));
		expect(texts.some((text) => text.startsWith('\ufeffdataset_id;'))).toBe(true);
		expect(texts.some((text) => text.startsWith('dataset_id,'))).toBe(true);
		const plain = mkdtempSync(join(tmpdir(), 'odc-generate-test-'));
		try {
			generateCatalogue(plain, { datasets: 50, seed: 42 });
			for (const file of generated.files.filter((f) => f.startsWith('datasets/')))
				expect(readFileSync(join(dir, file), 'utf8')).toBe(readFileSync(join(plain, file), 'utf8'));
		} finally {
			rmSync(plain, { recursive: true, force: true });
		}
	});

	it('passes validation with no errors, every row read into the schedule', async () => {
		const result = await loadCatalogue(dir, { asOf: '2026-11-23' });
		expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		const releases = result.catalogue!.schedule.releases;
		expect(releases).toHaveLength(120);
		expect(new Set(releases.map((r) => r.state))).toEqual(new Set(['released', 'planned', 'in_progress', 'delayed', 'overdue', 'cancelled']));
	});
});
