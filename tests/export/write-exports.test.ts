import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeExports } from '../../src/lib/build/write-exports.ts';
import { startExportJob } from '../../src/integrations/data-exports.ts';
import { readLinkReport } from '../../src/lib/links/link-report.ts';
import { parseYaml } from '../../src/lib/load/parse-yaml.ts';
import { catalogueQuality } from '../../src/lib/quality/catalogue-quality.ts';
import { rememberedPlainTexts } from '../../src/lib/export/dcat-ap/values.ts';
import { exportAndValidate } from '../../src/lib/site/dcat-export.ts';
import { REPO_ROOT } from '../browser/support/build.ts';
import { loadFixture } from './support.ts';

const MINIMAL = join(REPO_ROOT, 'tests/fixtures/minimal');
const location = { siteUrl: 'https://example.org/', base: '/catalogue/' };
const folders: string[] = [];

/** A fresh empty folder, removed after the test. */
function folder(): string {
	const dir = mkdtempSync(join(tmpdir(), 'odc-exports-'));
	folders.push(dir);
	return dir;
}

/** The pids of this process's children running the export worker's module (from /proc). */
function exportWorkerChildren(): number[] {
	return readdirSync('/proc')
		.filter((name) => /^\d+$/.test(name))
		.filter((pid) => {
			try {
				const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
				const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
				return ppid === process.pid && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('export-worker.ts');
			} catch {
				return false;
			}
		})
		.map(Number);
}

afterEach(() => {
	for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the export files written beside Astro', () => {
	it('are the DCAT-AP export, data.json, and each dataset JSON-LD document and editor record', async () => {
		const catalogue = await loadFixture(MINIMAL);
		const out = folder();
		const written = await writeExports(catalogue, location, MINIMAL, out);
		expect(written.files).toBe(5);
		expect(readdirSync(out, { recursive: true, encoding: 'utf8' }).sort()).toEqual([
			'catalog.jsonld',
			'catalog.ttl',
			'data.json',
			'datasets',
			'datasets/traffic-volumes.jsonld',
			'edit',
			'edit/datasets',
			'edit/datasets/traffic-volumes.json',
		]);
		// With the quality measurements, as the dataset pages show them.
		const again = await loadFixture(MINIMAL);
		const exported = await exportAndValidate(again, { ...location, quality: catalogueQuality(again, readLinkReport(MINIMAL)) });
		expect(readFileSync(join(out, 'catalog.ttl'), 'utf8')).toBe(await exported.turtle.text());
		const dataset = JSON.parse(readFileSync(join(out, 'datasets/traffic-volumes.jsonld'), 'utf8')) as { '@graph': Array<{ '@id': string }> };
		expect(dataset['@graph'].map((node) => node['@id'])).toContain('https://example.org/catalogue/en/datasets/traffic-volumes/#dataset');
		const path = 'datasets/mto/traffic-volumes.yaml';
		const record = parseYaml(path, readFileSync(join(MINIMAL, path), 'utf8')).parsed?.data;
		expect(JSON.parse(readFileSync(join(out, 'edit/datasets/traffic-volumes.json'), 'utf8'))).toEqual({ path, record });
		expect(JSON.parse(readFileSync(join(out, 'data.json'), 'utf8'))).toMatchObject({ '@id': 'https://example.org/catalogue/data.json' });
	});

	it('are checked before the output folder is ready, and written only once it is', async () => {
		const catalogue = await loadFixture(MINIMAL);
		const out = folder();
		let ready!: (dir: string) => void;
		let settled = false;
		const writing = writeExports(catalogue, location, MINIMAL, new Promise<string>((resolve) => (ready = resolve))).finally(() => (settled = true));
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(settled).toBe(false);
		expect(readdirSync(out)).toEqual([]);
		ready(out);
		await writing;
		expect(existsSync(join(out, 'datasets/traffic-volumes.jsonld'))).toBe(true);
	});

	it('are not written when the export breaks a SHACL rule and data.json its schema, and both are reported', async () => {
		const catalogue = await loadFixture(MINIMAL);
		delete catalogue.datasets[0]!.distributions![0]!.download_url;
		catalogue.datasets[0]!.contact_point.email = 'traffic%data@example.org';
		const out = folder();
		const failure = writeExports(catalogue, location, MINIMAL, out);
		await expect(failure).rejects.toThrow(/breaks 1 SHACL rule\(s\):\n {2}datasets\/mto\/traffic-volumes\.yaml: distribution 1 has no access URL/);
		await expect(failure).rejects.toThrow(
			/\ndata\.json breaks 1 rule\(s\) of the Project Open Data v1\.1 schema:\n {2}datasets\/mto\/traffic-volumes\.yaml: data\.json contactPoint/,
		);
		expect(readdirSync(out)).toEqual([]);
	});

	it('do not make the output folder again when it was removed (a build that failed)', async () => {
		const catalogue = await loadFixture(MINIMAL);
		const out = join(folder(), 'gone');
		await expect(writeExports(catalogue, location, MINIMAL, out)).rejects.toThrow(/ENOENT/);
		expect(existsSync(out)).toBe(false);
	});
});

describe('the export files under npm run build holding the cache', () => {
	const FILES = ['catalog.jsonld', 'catalog.ttl', 'data.json', 'datasets/traffic-volumes.jsonld', 'edit/datasets/traffic-volumes.json'];
	const saved = { incremental: process.env.ODC_INCREMENTAL, cache: process.env.ODC_CACHE_DIR };
	afterEach(() => {
		for (const [name, value] of [
			['ODC_INCREMENTAL', saved.incremental],
			['ODC_CACHE_DIR', saved.cache],
		] as const) {
			if (value === undefined) delete process.env[name];
			else process.env[name] = value;
		}
	});

	it('take each dataset file from the cache when its inputs did not change, and are the files made without it', async () => {
		const cold = folder();
		await writeExports(await loadFixture(MINIMAL), location, MINIMAL, cold);
		process.env.ODC_INCREMENTAL = '1';
		process.env.ODC_CACHE_DIR = folder();
		const first = folder();
		expect((await writeExports(await loadFixture(MINIMAL), location, MINIMAL, first)).keptFiles).toBe(0);
		const second = folder();
		expect((await writeExports(await loadFixture(MINIMAL), location, MINIMAL, second)).keptFiles).toBe(2);
		for (const out of [first, second])
			for (const file of FILES) expect(readFileSync(join(out, file), 'utf8'), file).toBe(readFileSync(join(cold, file), 'utf8'));
		// Another site address: the JSON-LD is made again, the editor record (the file's own text) is kept.
		const moved = folder();
		const elsewhere = { siteUrl: 'https://example.com/', base: '/' };
		expect((await writeExports(await loadFixture(MINIMAL), elsewhere, MINIMAL, moved)).keptFiles).toBe(1);
		delete process.env.ODC_INCREMENTAL;
		const movedCold = folder();
		await writeExports(await loadFixture(MINIMAL), elsewhere, MINIMAL, movedCold);
		for (const file of FILES) expect(readFileSync(join(moved, file), 'utf8'), file).toBe(readFileSync(join(movedCold, file), 'utf8'));
	});

	it('key each editor record by the text the build loaded: a kept one is linked unread, a file edited since is recorded as it is now', async () => {
		const root = folder();
		cpSync(MINIMAL, root, { recursive: true });
		const file = join(root, 'datasets/mto/traffic-volumes.yaml');
		const loaded = readFileSync(file, 'utf8');
		const edited = loaded.replace('Daily traffic counts.', 'Hourly traffic counts.');
		const record = (out: string) => JSON.parse(readFileSync(join(out, 'edit/datasets/traffic-volumes.json'), 'utf8')).record.description.en;
		process.env.ODC_INCREMENTAL = '1';
		process.env.ODC_CACHE_DIR = folder();

		// Edited after the load, before its record was made: the record is of the file as it is now.
		const catalogue = await loadFixture(root);
		writeFileSync(file, edited);
		const first = folder();
		await writeExports(catalogue, location, root, first);
		expect(record(first)).toBe('Hourly traffic counts.');
		// ...and not kept as the loaded text's: back to that text, its own record is made.
		writeFileSync(file, loaded);
		const back = folder();
		await writeExports(await loadFixture(root), location, root, back);
		expect(record(back)).toBe('Daily traffic counts.');
		// Kept, it is linked without the file being read: the record of the text loaded, whatever the file holds now.
		const keptCatalogue = await loadFixture(root);
		writeFileSync(file, edited);
		const kept = folder();
		expect((await writeExports(keptCatalogue, location, root, kept)).keptFiles).toBe(2);
		expect(record(kept)).toBe('Daily traffic counts.');
	});
});

describe('the per-dataset JSON-LD under npm run build holding the cache', () => {
	const saved = { incremental: process.env.ODC_INCREMENTAL, cache: process.env.ODC_CACHE_DIR };
	afterEach(() => {
		if (saved.incremental === undefined) delete process.env.ODC_INCREMENTAL;
		else process.env.ODC_INCREMENTAL = saved.incremental;
		if (saved.cache === undefined) delete process.env.ODC_CACHE_DIR;
		else process.env.ODC_CACHE_DIR = saved.cache;
	});

	it('is made from the export’s own mapping of each dataset, byte for byte the document made alone', async () => {
		const catalogue = await loadFixture('.');
		const alone = folder();
		await writeExports(catalogue, location, REPO_ROOT, alone);
		process.env.ODC_INCREMENTAL = '1';
		process.env.ODC_CACHE_DIR = folder();
		const out = folder();
		const written = await writeExports(await loadFixture('.'), location, REPO_ROOT, out);
		// Made (not kept): the cache was empty, the documents were made while the export was mapped.
		expect(written.keptFiles).toBe(0);
		const files = readdirSync(join(alone, 'datasets'));
		expect(files).toHaveLength(catalogue.datasets.length);
		for (const file of files) expect(readFileSync(join(out, 'datasets', file), 'utf8'), file).toBe(readFileSync(join(alone, 'datasets', file), 'utf8'));
	});

	it('maps each description once, so its plain text is not remembered for a second mapping', async () => {
		await writeExports(await loadFixture(MINIMAL), location, MINIMAL, folder());
		// Without the cache the dataset files map each dataset again: the texts are remembered for it.
		expect(rememberedPlainTexts()).toBeGreaterThan(0);
		process.env.ODC_INCREMENTAL = '1';
		process.env.ODC_CACHE_DIR = folder();
		await writeExports(await loadFixture(MINIMAL), location, MINIMAL, folder());
		expect(rememberedPlainTexts()).toBe(0);
	});
});

describe('the export worker', () => {
	it('writes the files from a copy of the catalogue once it is given the output folder', async () => {
		const out = folder();
		const job = startExportJob(loadFixture(MINIMAL), location, MINIMAL);
		const written = await job.finish(out);
		expect(written.files).toBe(5);
		const inProcess = folder();
		await writeExports(await loadFixture(MINIMAL), location, MINIMAL, inProcess);
		for (const file of ['catalog.jsonld', 'catalog.ttl', 'data.json', 'datasets/traffic-volumes.jsonld', 'edit/datasets/traffic-volumes.json'])
			expect(readFileSync(join(out, file), 'utf8'), file).toBe(readFileSync(join(inProcess, file), 'utf8'));
	});

	it('fails the job with every located message when a check fails', async () => {
		const catalogue = await loadFixture(MINIMAL);
		delete catalogue.datasets[0]!.distributions![0]!.download_url;
		const out = folder();
		const job = startExportJob(catalogue, location, MINIMAL);
		await expect(job.finish(out)).rejects.toThrow(/breaks 1 SHACL rule\(s\):\n {2}datasets\/mto\/traffic-volumes\.yaml: distribution 1 has no access URL/);
		expect(readdirSync(out)).toEqual([]);
	});

	it('stops when closed before it was given the output folder', async () => {
		const job = startExportJob(loadFixture(MINIMAL), location, MINIMAL);
		await job.close();
		await expect(job.finish(folder())).rejects.toThrow(/stopped/);
		await job.ended;
	});

	it('has ended once its files are written, and when it could not start', async () => {
		const job = startExportJob(loadFixture(MINIMAL), location, MINIMAL);
		let ended = false;
		void job.ended.then(() => (ended = true));
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(ended).toBe(false);
		await job.finish(folder());
		await job.ended;
		const failed = startExportJob(Promise.reject(new Error('no catalogue')), location, MINIMAL);
		await expect(failed.finish(folder())).rejects.toThrow('no catalogue');
		await failed.ended;
	});

	it.runIf(existsSync('/proc/self/stat'))('runs in a process of its own, gone (and its memory with it) once it has ended', async () => {
		const job = startExportJob(loadFixture(MINIMAL), location, MINIMAL);
		await expect.poll(() => exportWorkerChildren().length, { timeout: 30_000 }).toBe(1);
		await job.finish(folder());
		await job.ended;
		expect(exportWorkerChildren()).toEqual([]);
	});

	it('leaves no DCAT-AP file behind when a later check fails once the folder was ready', async () => {
		const catalogue = await loadFixture(MINIMAL);
		delete catalogue.datasets[0]!.distributions![0]!.download_url;
		const out = folder();
		await expect(writeExports(catalogue, location, MINIMAL, Promise.resolve(out))).rejects.toThrow(/breaks 1 SHACL rule/);
		expect(readdirSync(out)).toEqual([]);
	});
});
