import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogueWith, cleanUp } from './support.ts';

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
		expect(stdout).toMatch(/^0 errors and 0 warnings in 3 files checked in [\d.]+ s$/m);
	});

	it('exits 1 and prints every error with its location', async () => {
		const { stdout, code } = await validate(catalogueWith('unknown-field'));
		expect(code).toBe(1);
		expect(stdout).toContain('datasets/mto/unknown.yaml:2:1  error  titel  is not a known field\n    hint: did you mean "title"?');
		expect(stdout).toContain('4 errors and 0 warnings in 4 files checked');
	});

	it('groups warnings by kind, prints only errors with --quiet and fails past --max-warnings', async () => {
		const root = catalogueWith('missing-translation');
		const full = await validate(root);
		expect(full.code).toBe(0);
		expect(full.stdout).toMatch(/^Warnings by kind:\n {2}\d+ {2}text\.missing-translation {2}in 1 file {2}\(e\.g\. /m);
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
		expect(stdout).toContain('::error file=datasets/mto/dangling.yaml,line=8,col=12,title=publisher::refers to a publisher that does not exist (expected the id of a file in publishers/, got "mtx")%0A    hint: did you mean "mto"?');
	});

	it('prints a machine-readable report with --format json', async () => {
		const { stdout, code } = await validate(catalogueWith('missing-translation'), '--format', 'json');
		expect(code).toBe(0);
		const report = JSON.parse(stdout);
		expect(report).toMatchObject({ files: 4, errors: 0, warnings: 2 });
		expect(report.diagnostics[0]).toEqual({
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
		const root = catalogueWith(undefined, { 'schedules/mto.csv': 'dataset_id,title_en,title_fr,planned_release,status\nferries,Ferries,Traversiers,2026-Q3,planned\n' });
		const late = await validate(root, '--as-of', '2026-11-23');
		expect(late.code).toBe(0);
		expect(late.stdout).toContain('schedules/mto.csv:2:29  warning  row 2:planned_release  is overdue: due by 2026-09-30, not released as of 2026-11-23');
		expect((await validate(root, '--as-of', '2026-09-30')).stdout).toMatch(/^0 errors and 0 warnings in 4 files checked/m);
		const wrong = await validate(root, '--as-of', '23/11/2026');
		expect(wrong.code).toBe(2);
	});

	it('refuses an unknown format', async () => {
		const { code } = await validate(catalogueWith(), '--format', 'xml');
		expect(code).toBe(2);
	});
});
