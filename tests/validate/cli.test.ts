import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../browser/support/build.ts';
import { catalogueWith, cleanUp, minimalDataset } from './support.ts';

const run = promisify(execFile);
afterAll(cleanUp);

/** Runs `scripts/validate.ts` as `npm run validate` would and returns its output and exit code. */
async function validate(root: string, ...args: string[]) {
	try {
		const { stdout } = await run(process.execPath, ['scripts/validate.ts', '--root', root, ...args]);
		return { stdout, code: 0 };
	} catch (error) {
		const failed = error as { stdout: string; code: number };
		return { stdout: failed.stdout, code: failed.code };
	}
}

describe('npm run validate', () => {
	it('passes a valid catalogue with exit code 0', async () => {
		const { stdout, code } = await validate(catalogueWith());
		expect(code).toBe(0);
		expect(stdout).toMatch(/^0 errors and 1 warning in 3 files checked in [\d.]+ s$/m);
	});

	it('reports the DCAT-AP export’s problems on the file and field they come from, unless --no-dcat', async () => {
		const root = catalogueWith();
		const { stdout } = await validate(root, '--format', 'json');
		expect(JSON.parse(stdout).diagnostics).toEqual([
			{
				severity: 'warning',
				code: 'dcat-ap.recommended',
				file: 'datasets/mto/traffic-volumes.yaml',
				line: 1,
				column: 1,
				field: 'keywords',
				message: 'in the DCAT-AP export: the dataset has no keyword (DCAT-AP: dcat:keyword 1..n)',
				hint: 'add keywords: DCAT-AP recommends it, and portals that harvest the catalogue (data.europa.eu and others) use it to find and describe the data',
			},
		]);
		expect((await validate(root, '--no-dcat')).stdout).toMatch(/^0 errors and 0 warnings in 3 files checked/m);
	});

	it('checks the DCAT-AP export of the sound files when other files have errors, in the same run', async () => {
		const root = catalogueWith(undefined, { 'datasets/mto/broken.yaml': 'identifier: broken\n' });
		const { stdout, code } = await validate(root);
		expect(code).toBe(1);
		expect(stdout).toContain('datasets/mto/broken.yaml:1:1  error  title  is required');
		expect(stdout).toContain('datasets/mto/traffic-volumes.yaml:1:1  warning  keywords  in the DCAT-AP export: the dataset has no keyword');
	});

	it('exits 1 and prints every error with its location', async () => {
		const { stdout, code } = await validate(catalogueWith('unknown-field'));
		expect(code).toBe(1);
		expect(stdout).toContain('datasets/mto/unknown.yaml:2:1  error  titel  is not a known field\n    hint: did you mean "title"?');
		expect(stdout).toContain('4 errors and 1 warning in 4 files checked');
	});

	it('groups warnings by kind, prints only errors with --quiet and fails past --max-warnings', async () => {
		const root = catalogueWith('missing-translation');
		const full = await validate(root);
		expect(full.code).toBe(0);
		expect(full.stdout).toMatch(/^Warnings by kind:\n(?: {2}.*\n)* {2}\d+ {2}text\.missing-translation {2}in 1 file {2}\(e\.g\. /m);
		expect(full.stdout).toContain('  warning  ');
		const quiet = await validate(root, '--quiet');
		expect(quiet.stdout).not.toContain('  warning  ');
		expect(quiet.stdout).toContain('Warnings by kind:');
		expect((await validate(root, '--max-warnings', '100')).code).toBe(0);
		expect((await validate(root, '--max-warnings', '0')).code).toBe(1);
		expect((await validate(root, '--max-warnings', 'many')).code).toBe(2);
	});

	it('prints GitHub annotations with --format github', async () => {
		const { stdout, code } = await validate(catalogueWith('dangling-references'), '--format', 'github');
		expect(code).toBe(1);
		expect(stdout).toContain(
			'::error file=datasets/mto/dangling.yaml,line=8,col=12,title=publisher::refers to a publisher that does not exist (expected the id of a file in publishers/, got "mtx")%0A    hint: did you mean "mto"?',
		);
	});

	it('prints a machine-readable report with --format json', async () => {
		const { stdout, code } = await validate(catalogueWith('missing-translation'), '--format', 'json');
		expect(code).toBe(0);
		const report = JSON.parse(stdout);
		expect(report).toMatchObject({ files: 4, errors: 0, warnings: 4 });
		expect(report.diagnostics.find((d: { code: string }) => d.code === 'text.missing-translation')).toEqual({
			severity: 'warning',
			code: 'text.missing-translation',
			file: 'datasets/mto/english-only.yaml',
			line: 3,
			column: 3,
			field: 'title.fr',
			message: 'is missing: the translation is not given',
			hint: 'add fr: with the text in that language; until then pages show en with a marker',
		});
	});

	it('judges release schedules on the --as-of date, and refuses one that does not exist', async () => {
		const root = catalogueWith(undefined, {
			'schedules/mto.csv': 'dataset_id,title_en,title_fr,planned_release,status\nferries,Ferries,Traversiers,2026-Q3,planned\n',
		});
		const late = await validate(root, '--as-of', '2026-11-23');
		expect(late.code).toBe(0);
		expect(late.stdout).toContain('schedules/mto.csv:2:29  warning  row 2:planned_release  is overdue: due by 2026-09-30, not released as of 2026-11-23');
		expect((await validate(root, '--as-of', '2026-09-30', '--no-dcat')).stdout).toMatch(/^0 errors and 0 warnings in 4 files checked/m);
		const wrong = await validate(root, '--as-of', '23/11/2026');
		expect(wrong.code).toBe(2);
	});

	it('writes pure JSON with raw values through npm: npm run validate -- --format json > out.json', async () => {
		const dataset = minimalDataset()
			.replace('licence: ogl', 'licence: OGL')
			.replace('update_frequency: ANNUAL', `update_frequency: "${'A'.repeat(120)}"`);
		const root = catalogueWith(undefined, { 'datasets/mto/traffic-volumes.yaml': dataset });
		const out = join(root, 'out.json');
		const command = `npm run validate -- --format json --root "${root}" > "${out}"`;
		await expect(run('sh', ['-c', command], { cwd: REPO_ROOT })).rejects.toMatchObject({ code: 1 });
		const report = JSON.parse(readFileSync(out, 'utf8'));
		expect(report).toMatchObject({ errors: 2 });
		const byField = Object.fromEntries(report.diagnostics.map((d: { field: string }) => [d.field, d]));
		expect(byField.licence).toMatchObject({ got: 'OGL', hint: 'did you mean "ogl"? (one of ogl)' });
		expect(byField.update_frequency.got).toBe('A'.repeat(120));
		expect(byField.update_frequency.expected).toMatch(/^one of ([A-Z_0-9]+, ){8,}[A-Z_0-9]+$/);
		expect(byField.update_frequency.expected).not.toContain('…');
	});

	it('shortens long values in the text report, and shows a schema’s list of choices whole', async () => {
		const dataset = minimalDataset().replace('update_frequency: ANNUAL', `update_frequency: "${'A'.repeat(120)}"`);
		const { stdout } = await validate(catalogueWith(undefined, { 'datasets/mto/traffic-volumes.yaml': dataset }));
		expect(stdout).toMatch(/update_frequency {2}is not one of the allowed values \(expected one of (\w+, ){17}UNKNOWN, got "A{76}…\)/);
	});

	it('refuses an unknown format', async () => {
		const { code } = await validate(catalogueWith(), '--format', 'xml');
		expect(code).toBe(2);
	});
});
