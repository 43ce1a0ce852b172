/**
 * The caches of `npm run validate` (load/file-cache.ts, validate/file-text-checks.ts,
 * validate/dcat-dataset-results.ts): a run
 * that reuses kept results reports exactly what a run without them reports, after every kind of
 * change, and a damaged cache is recomputed, never trusted.
 */
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../scripts/bench/generate-catalogue.ts';
import { validateCatalogue } from '../../src/lib/validate/validate-catalogue.ts';

const work = mkdtempSync(join(tmpdir(), 'odc-validate-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A generated catalogue with problems of several kinds: schema errors, YAML errors, DCAT-AP warnings. */
function catalogueWithProblems(name: string): { root: string; datasets: string[] } {
	const root = join(work, name);
	generateCatalogue(root, { datasets: 60, seed: 5, scheduleRows: 40 });
	const datasets = readdirSync(join(root, 'datasets'), { recursive: true })
		.map(String)
		.filter((file) => file.endsWith('.yaml'))
		.sort()
		.map((file) => `datasets/${file}`);
	const edit = (file: string, change: (text: string) => string) => writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));
	// Every 7th dataset loses its keywords (a DCAT-AP warning), one its themes (a schema error),
	// one gets a duplicate key (a YAML error) and one an unknown field.
	datasets.filter((_, index) => index % 7 === 0).forEach((file) => edit(file, (text) => text.replace(/^keywords:\n(?: {2}.*\n)*/m, '')));
	edit(datasets[3]!, (text) => text.replace(/^themes:\n(?: {2}.*\n)*/m, ''));
	edit(datasets[4]!, (text) => `${text}publisher: x\n`);
	edit(datasets[5]!, (text) => `${text}titel: typo\n`);
	return { root, datasets };
}

/** What validate reports for `root`: with the cache in `cacheFolder`, or without any. */
async function report(root: string, cacheFolder?: string) {
	const { diagnostics, fileCount } = await validateCatalogue(root, { asOf: '2026-06-01', cache: cacheFolder !== undefined, cacheFolder });
	return JSON.stringify({ diagnostics, fileCount });
}

describe('the validate caches', () => {
	it('report what a run without them reports: cold, warm, and after a file is changed, deleted or renamed', async () => {
		const { root, datasets } = catalogueWithProblems('changes');
		const cache = join(work, 'cache-changes');
		const uncached = await report(root);
		expect(uncached).toContain('dcat-ap.recommended');
		expect(uncached).toContain('schema.required');
		expect(await report(root, cache)).toBe(uncached);
		expect(await report(root, cache)).toBe(uncached);
		expect(readdirSync(join(cache, 'load'))).toHaveLength(1);
		expect(readdirSync(join(cache, 'dcat-datasets'))).toHaveLength(1);

		// A dataset that had no keywords gets one; a sound dataset gets an error.
		const changed = readFileSync(join(root, datasets[0]!), 'utf8').replace(/^themes:/m, 'keywords:\n  en: [roads]\nthemes:');
		writeFileSync(join(root, datasets[0]!), changed);
		writeFileSync(join(root, datasets[1]!), readFileSync(join(root, datasets[1]!), 'utf8').replace(/^issued: .*$/m, 'issued: 2020-02-30'));
		const afterChange = await report(root);
		expect(afterChange).not.toBe(uncached);
		expect(await report(root, cache)).toBe(afterChange);

		rmSync(join(root, datasets[2]!));
		const afterDelete = await report(root);
		expect(await report(root, cache)).toBe(afterDelete);

		renameSync(join(root, datasets[6]!), join(root, datasets[6]!.replace(/\.yaml$/, '-renamed.yaml')));
		const afterRename = await report(root);
		expect(afterRename).not.toBe(afterDelete);
		expect(await report(root, cache)).toBe(afterRename);

		// A publisher's change reaches every dataset's SHACL results through what they share.
		const publisher = readdirSync(join(root, 'publishers')).sort()[0]!;
		writeFileSync(join(root, 'publishers', publisher), readFileSync(join(root, 'publishers', publisher), 'utf8').replace(/^homepage: .*\n/m, ''));
		const afterPublisher = await report(root);
		expect(await report(root, cache)).toBe(afterPublisher);

		// A clean file gets a placeholder: the kept "nothing found" of the text checks must not hide it.
		const placeholder = readFileSync(join(root, datasets[8]!), 'utf8').replace(/^( {2}en: ).*$/m, '$1To be written');
		writeFileSync(join(root, datasets[8]!), placeholder);
		const afterPlaceholder = await report(root);
		expect(afterPlaceholder).toContain('placeholder.text');
		expect(await report(root, cache)).toBe(afterPlaceholder);

		// A dataset without its French title is complete while its publisher says its metadata is in
		// English; once the publisher no longer says so, the unchanged dataset lacks a translation.
		const [folder] = datasets[9]!.split('/').slice(1);
		const publisherFile = join(root, 'publishers', `${folder}.yaml`);
		const publisherText = readFileSync(publisherFile, 'utf8');
		writeFileSync(join(root, datasets[9]!), readFileSync(join(root, datasets[9]!), 'utf8').replace(/^( {2}fr: .*\n)/m, ''));
		writeFileSync(publisherFile, `${publisherText}metadata_language: en\n`);
		const excused = await report(root);
		expect(await report(root, cache)).toBe(excused);
		writeFileSync(publisherFile, publisherText);
		const unexcused = await report(root);
		expect(unexcused).not.toBe(excused);
		expect(unexcused).toContain('text.missing-translation');
		expect(await report(root, cache)).toBe(unexcused);
	});

	it('recompute what a damaged cache holds rather than trust it', async () => {
		const { root } = catalogueWithProblems('damaged');
		const cache = join(work, 'cache-damaged');
		const uncached = await report(root);
		await report(root, cache);
		const [loadFile] = readdirSync(join(cache, 'load'));
		const [dcatFile] = readdirSync(join(cache, 'dcat-datasets'));
		const loadPath = join(cache, 'load', loadFile!);
		const dcatPath = join(cache, 'dcat-datasets', dcatFile!);

		// Entries of the right layout but the wrong shape: each is ignored, and the file rewritten.
		const load = JSON.parse(readFileSync(loadPath, 'utf8'));
		for (const key of Object.keys(load.entries)) load.entries[key] = { data: { title: 'kept' }, extra: true };
		writeFileSync(loadPath, JSON.stringify(load));
		const dcat = JSON.parse(readFileSync(dcatPath, 'utf8'));
		for (const key of Object.keys(dcat.entries)) dcat.entries[key] = [{ severity: 'fatal', focusNode: 1 }];
		writeFileSync(dcatPath, JSON.stringify(dcat));
		expect(await report(root, cache)).toBe(uncached);
		expect(await report(root, cache)).toBe(uncached);

		// Files that are not JSON, or not ours.
		writeFileSync(loadPath, '{"format": "odc-generation/2", "version": ');
		writeFileSync(dcatPath, JSON.stringify({ format: 'odc-generation/2', version: 'another', entries: {} }));
		expect(await report(root, cache)).toBe(uncached);
		expect(JSON.parse(readFileSync(loadPath, 'utf8')).format).toBe('odc-generation/2');
	});
});
