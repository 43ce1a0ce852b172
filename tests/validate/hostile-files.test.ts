/**
 * Files a hostile pull request could bring: symbolic links (to files outside the repository, to the
 * git folder, to a device, to a folder), files that would exhaust memory, and floods of items, keys or
 * columns that used to crash validation. Each is generated in a temporary catalogue (links and huge
 * files are clearer made here than committed) and its report is pinned.
 */
import { closeSync, ftruncateSync, mkdirSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { DEFAULT_FILE_LIMITS } from '../../src/lib/csv/profile-file.ts';
import { checkDataFile } from '../../src/lib/data-files/check-data-file.ts';
import { formatText } from '../../src/lib/diagnostics/format.ts';
import { findLinks } from '../../src/lib/load/find-links.ts';
import { readAtMost, readRepoFile } from '../../src/lib/load/repo-files.ts';
import { sourceParser } from '../../src/lib/validate/dcat-checks.ts';
import { catalogueWith, cleanUp, minimalDataset } from './support.ts';

afterAll(cleanUp);

const AS_OF = '2026-11-23';

/** A dataset whose distribution downloads `file` from the site (`public/data/mto/<file>`). */
function datasetDownloading(file: string): string {
	return minimalDataset().replace('https://example.org/traffic.csv', `https://example.org/data/mto/${file}`);
}

async function report(dir: string) {
	const started = performance.now();
	const result = await loadCatalogue(dir, { asOf: AS_OF });
	return {
		...result,
		seconds: (performance.now() - started) / 1000,
		text: formatText(result.diagnostics),
		errors: result.diagnostics.filter((d) => d.severity === 'error'),
	};
}

describe('symbolic links are refused and never read', () => {
	it('refuses links to /etc/passwd, to .git/config and to a folder, naming each file', async () => {
		const dir = catalogueWith(undefined, {
			'datasets/mto/traffic-volumes.yaml': datasetDownloading('leak.csv'),
			'.git/config': '[remote "origin"]\n\turl = https://token@example.org/repo.git\n',
		});
		mkdirSync(join(dir, 'public/data/mto'), { recursive: true });
		symlinkSync('/etc/passwd', join(dir, 'public/data/mto/leak.csv'));
		symlinkSync('../../../.git/config', join(dir, 'public/data/mto/config.csv'));
		symlinkSync('/etc', join(dir, 'public/data/etc'));
		symlinkSync('/etc/passwd', join(dir, 'public/.hidden'));
		const { catalogue, text, errors } = await report(dir);
		expect(catalogue).toBeUndefined();
		expect(errors.map((e) => [e.file, e.code])).toEqual([
			['public/.hidden', 'file.symlink'],
			['public/data/etc', 'file.symlink'],
			['public/data/mto/config.csv', 'file.symlink'],
			['public/data/mto/leak.csv', 'file.symlink'],
		]);
		expect(text).not.toMatch(/root:|token@/);
		expect(text).toMatchSnapshot();
	});

	it('refuses linked metadata: a dataset file, a publisher’s dataset folder, the requests folder and a schedule', async () => {
		const dir = catalogueWith();
		const real = catalogueWith();
		symlinkSync(join(real, 'datasets/mto/traffic-volumes.yaml'), join(dir, 'datasets/mto/linked.yaml'));
		symlinkSync(join(real, 'datasets/mto'), join(dir, 'datasets/moh'));
		mkdirSync(join(dir, 'schedules'));
		symlinkSync('/etc/passwd', join(dir, 'schedules/mto.csv'));
		symlinkSync(join(real, 'publishers/mto.yaml'), join(dir, 'requests'));
		const { catalogue, text } = await report(dir);
		expect(catalogue).toBeUndefined();
		expect(text).not.toMatch(/root:/);
		expect(text).toMatchSnapshot();
	});

	it('refuses a dataset and a schedule linked to /dev/zero at once, without reading them', async () => {
		const dir = catalogueWith();
		symlinkSync('/dev/zero', join(dir, 'datasets/mto/zero.yaml'));
		mkdirSync(join(dir, 'schedules'));
		symlinkSync('/dev/zero', join(dir, 'schedules/mto.csv'));
		const { errors, seconds } = await report(dir);
		expect(errors.map((e) => [e.file, e.code])).toEqual([
			['datasets/mto/zero.yaml', 'file.symlink'],
			['schedules/mto.csv', 'file.symlink'],
		]);
		expect(seconds).toBeLessThan(10);
	}, 20_000);

	it('refuses a linked catalogue.yaml without also calling it missing', async () => {
		const dir = catalogueWith();
		const real = catalogueWith();
		rmSync(join(dir, 'catalogue.yaml'));
		symlinkSync(join(real, 'catalogue.yaml'), join(dir, 'catalogue.yaml'));
		const { errors, catalogue } = await report(dir);
		expect(catalogue).toBeUndefined();
		expect(errors.map((e) => [e.file, e.code])).toEqual([['catalogue.yaml', 'file.symlink']]);
	});

	it('does not follow a file that became a link after loading, to place a DCAT-AP finding', () => {
		const dir = catalogueWith();
		const real = catalogueWith();
		const parse = sourceParser(dir);
		expect(parse('datasets/mto/traffic-volumes.yaml')?.document.contents).toBeTruthy();
		rmSync(join(dir, 'publishers/mto.yaml'));
		symlinkSync(join(real, 'publishers/mto.yaml'), join(dir, 'publishers/mto.yaml'));
		expect(parse('publishers/mto.yaml')).toBeUndefined();
		symlinkSync('/etc/passwd', join(dir, 'datasets/mto/passwd.yaml'));
		expect(parse('datasets/mto/passwd.yaml')).toBeUndefined();
	});

	it('refuses a dataset file whose folder on the way is a link', () => {
		const dir = catalogueWith();
		symlinkSync(join(dir, 'datasets/mto'), join(dir, 'datasets/linked'));
		expect(readRepoFile(dir, 'datasets/linked/traffic-volumes.yaml', 1024).refusal).toMatchObject({
			code: 'file.symlink',
			message: 'is inside datasets/linked, which is a symbolic link',
		});
		expect(readRepoFile(dir, 'datasets/mto/traffic-volumes.yaml', 1024).bytes?.byteLength).toBeGreaterThan(0);
	});
});

describe('the walk through the catalogue’s folders is bounded', () => {
	it('stops at folders nested too deep and at too many entries, saying so', () => {
		const dir = catalogueWith(undefined, { 'public/data/a/b/c/d/file.csv': 'a\n1\n' });
		expect(findLinks(dir, { depth: 3, entries: 1000 })).toEqual([expect.objectContaining({ code: 'file.too-deep', file: 'public/data/a/b' })]);
		expect(findLinks(dir, { depth: 16, entries: 5 })).toEqual([expect.objectContaining({ code: 'file.too-many' })]);
		expect(findLinks(dir)).toEqual([]);
	});
});

describe('reading is bounded before and while a file is read', () => {
	it('reads at most the limit and one byte more from an endless file', () => {
		const fd = openSync('/dev/zero', 'r');
		try {
			expect(readAtMost(fd, 1000).byteLength).toBe(1000);
		} finally {
			closeSync(fd);
		}
	});

	it('refuses a file larger than the limit from its size, before reading it', () => {
		const dir = catalogueWith();
		const fd = openSync(join(dir, 'big.yaml'), 'w');
		ftruncateSync(fd, 500 * 1024 * 1024); // sparse: nothing is written to disk
		closeSync(fd);
		expect(readRepoFile(dir, 'big.yaml', 1024 * 1024).refusal).toMatchObject({ code: 'file.too-large', got: '500.0 MB' });
	});
});

describe('floods become located errors, not crashes', () => {
	it('refuses 240,000 themes without checking each against the schema', async () => {
		const dataset = `${minimalDataset().replace('themes: [TRAN]\n', '')}themes:\n${'- X\n'.repeat(240_000)}`;
		const { errors, text } = await report(catalogueWith(undefined, { 'datasets/mto/traffic-volumes.yaml': dataset }));
		expect(errors).toEqual([expect.objectContaining({ code: 'structure.items', field: 'themes' })]);
		expect(text).toMatchSnapshot();
	});

	it('lists at most 500 problems of a file, then counts the rest', async () => {
		const dataset = `${minimalDataset().replace('themes: [TRAN]\n', '')}themes:\n${'- X\n'.repeat(2_000)}`;
		const { errors } = await report(catalogueWith(undefined, { 'datasets/mto/traffic-volumes.yaml': dataset }));
		expect(errors).toHaveLength(501);
		expect(errors[500]).toMatchObject({
			code: 'file.too-many-problems',
			line: 523,
			message: expect.stringMatching(/^has 1,50[01] more problems from here on, not listed$/),
		});
	});

	it('reports 200,000 duplicate keys as one problem', async () => {
		const dataset = minimalDataset() + 'a: 1\n'.repeat(200_000);
		const { errors, text } = await report(catalogueWith(undefined, { 'datasets/mto/traffic-volumes.yaml': dataset }));
		expect(errors).toEqual([expect.objectContaining({ code: 'yaml.duplicate-key', line: 24 })]);
		expect(text).toMatchSnapshot();
	});

	it('refuses a mapping of 60,000 keys', async () => {
		const dataset = `${minimalDataset()}extra:\n${Array.from({ length: 60_000 }, (_, i) => `  k${i}: 1\n`).join('')}`;
		const { errors } = await report(catalogueWith(undefined, { 'datasets/mto/traffic-volumes.yaml': dataset }));
		expect(errors).toEqual([expect.objectContaining({ code: 'structure.keys', field: 'extra', got: '60,000 fields' })]);
	});

	it('refuses 100,000 nested brackets before parsing them', async () => {
		const dataset = `${minimalDataset()}extra: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
		const { errors } = await report(catalogueWith(undefined, { 'datasets/mto/traffic-volumes.yaml': dataset }));
		expect(errors).toEqual([expect.objectContaining({ code: 'yaml.too-deep', file: 'datasets/mto/traffic-volumes.yaml', got: '100,000' })]);
	});

	it('refuses data nested deeper than the limit, naming where', async () => {
		const dataset = `${minimalDataset()}extra: ${'['.repeat(40)}1${']'.repeat(40)}\n`;
		const { errors } = await report(catalogueWith(undefined, { 'datasets/mto/traffic-volumes.yaml': dataset }));
		expect(errors).toEqual([expect.objectContaining({ code: 'structure.depth', line: 23, field: `extra${'[0]'.repeat(31)}` })]);
	});

	it('refuses a schedule with 300,000 unknown columns before parsing its rows', async () => {
		const { errors, text } = await report(
			catalogueWith(undefined, { 'schedules/mto.csv': `dataset_id${',x'.repeat(300_000)}\nroad-counts${','.repeat(300_000)}\n` }),
		);
		expect(errors).toEqual([expect.objectContaining({ code: 'csv.too-many-columns', file: 'schedules/mto.csv', line: 1 })]);
		expect(text).toMatchSnapshot();
	});

	it('refuses a schedule of more than 50,000 rows, and lists at most 500 problems of one', async () => {
		const long = await report(catalogueWith(undefined, { 'schedules/mto.csv': `dataset_id,planned_release,status\n${'x,y,z\n'.repeat(60_000)}` }));
		expect(long.errors).toEqual([expect.objectContaining({ code: 'csv.too-many-rows', line: 50_002 })]);
		const broken = await report(catalogueWith(undefined, { 'schedules/mto.csv': `dataset_id,planned_release,status\n${'x,y,z\n'.repeat(1_000)}` }));
		expect(broken.errors).toHaveLength(501);
		expect(broken.errors.at(-1)).toMatchObject({ code: 'file.too-many-problems', message: 'has 1,500 more problems from here on, not listed' });
	}, 30_000);

	it('refuses a data file of a million columns, and honours a smaller cap set in catalogue.yaml', async () => {
		const wide = `${Array.from({ length: 1_000_000 }, (_, i) => `c${i}`).join(',')}\n${'1,'.repeat(999_999)}1\n`;
		const dir = catalogueWith(undefined, { 'datasets/mto/traffic-volumes.yaml': datasetDownloading('wide.csv'), 'public/data/mto/wide.csv': wide });
		const { errors, text, catalogue } = await report(dir);
		expect(catalogue).toBeUndefined();
		expect(errors).toEqual([expect.objectContaining({ code: 'data.too-many-columns', file: 'public/data/mto/wide.csv' })]);
		expect(text).toMatchSnapshot();

		const capped = catalogueWith(undefined, {
			'datasets/mto/traffic-volumes.yaml': datasetDownloading('five.csv'),
			'public/data/mto/five.csv': 'a,b,c,d,e\n1,2,3,4,5\n',
		});
		writeFileSync(join(capped, 'catalogue.yaml'), `${readFileSync(join(capped, 'catalogue.yaml'), 'utf8')}data_preview:\n  max_columns: 3\n`);
		expect((await report(capped)).errors).toEqual([expect.objectContaining({ code: 'data.too-many-columns', expected: 'at most 3 columns' })]);
	});

	it('refuses a single line longer than the row limit as too long, not as an unclosed quote', async () => {
		const dir = catalogueWith(undefined, { 'public/data/mto/line.csv': `a,b\n${'x'.repeat(2 * 1024 * 1024)}` });
		const { diagnostics } = await checkDataFile(dir, { file: 'public/data/mto/line.csv' }, 'error', { ...DEFAULT_FILE_LIMITS, rowBytes: 512 * 1024 });
		expect(formatText(diagnostics)).toMatchSnapshot();
	});

	it('refuses a 500 MB data file as too large, not as an unclosed quote', async () => {
		const dir = catalogueWith(undefined, { 'datasets/mto/traffic-volumes.yaml': datasetDownloading('huge.csv'), 'public/data/mto/huge.csv': 'a,b' });
		const fd = openSync(join(dir, 'public/data/mto/huge.csv'), 'r+');
		ftruncateSync(fd, 500 * 1024 * 1024);
		closeSync(fd);
		const { errors, text } = await report(dir);
		expect(errors).toEqual([expect.objectContaining({ code: 'data.too-large', file: 'public/data/mto/huge.csv' })]);
		expect(text).toMatchSnapshot();
	});
});
