import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanUp, emptyCatalogue, REPO, tempFolder } from './support.ts';

const run = promisify(execFile);
afterAll(cleanUp);

/** Runs `scripts/import.ts` as `npm run import` would. */
async function importCli(...args: string[]) {
	try {
		const { stdout, stderr } = await run(process.execPath, ['scripts/import.ts', ...args], { cwd: REPO });
		return { stdout, stderr, code: 0 };
	} catch (error) {
		const failed = error as { stdout: string; stderr: string; code: number };
		return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
	}
}

describe('npm run import', () => {
	it('refuses a command line it cannot run, saying why, with exit code 2', async () => {
		expect(await importCli('--from', 'socrata', 'x', '--out', '.')).toMatchObject({
			code: 2,
			stderr: expect.stringContaining('--from must be one of ckan, dcat, datajson, jkan (got "socrata")'),
		});
		expect(await importCli('--from', 'ckan', '--out', '.')).toMatchObject({ code: 2, stderr: expect.stringContaining('give one SOURCE') });
		expect(await importCli('--from', 'ckan', 'nowhere.json', '--out', '.')).toMatchObject({
			code: 2,
			stderr: expect.stringContaining('nowhere.json: no such file or folder'),
		});
	});

	it('prints the mapping report as text, or as JSON with --format json', async () => {
		const source = join(tempFolder(), 'p.jsonl');
		writeFileSync(
			source,
			`${JSON.stringify({ id: 'a', name: 'a', title: 'A', organization: { name: 'mto', title: 'Ministry' }, resources: [{ url: 'https://example.org/a.csv', format: 'CSV' }] })}\n`,
		);
		const out = emptyCatalogue();
		const text = await importCli('--from', 'ckan', source, '--out', out);
		expect(text.code).toBe(0);
		expect(text.stdout).toMatch(/records read: 1\n {2}datasets: 1 created, 0 updated, 0 unchanged, 0 kept .*; 1 of them drafts/);
		expect(text.stdout).toContain('Why records are drafts:');
		const json = await importCli('--from', 'ckan', source, '--out', out, '--format', 'json', '--summary');
		expect(JSON.parse(json.stdout)).toMatchObject({ system: 'ckan', read: 1, datasets: { unchanged: 1 } });
		expect(json.stderr).toMatch(/^records read: 1, datasets written: 0, drafted: 1, skipped: 0, bad input: 0, import seconds: [\d.]+\n$/);
	});
});
