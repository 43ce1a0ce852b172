/**
 * A catalogue holding symbolic links is built with validation skipped, so that only the build's own
 * defence stands between the links and the published site: the build must fail, name every link,
 * and publish nothing from outside the repository.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../browser/support/build.ts';
import { catalogueWith, cleanUp, minimalDataset } from '../validate/support.ts';

const run = promisify(execFile);
const SECRET = `odc-secret-${process.pid}-${Date.now()}`;

let outside: string;
let site: string;
let result: { code: number; stdout: string; stderr: string };

/** Every file under `dir` (links included, not followed) whose bytes contain the secret. */
function filesHoldingSecret(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name))
		.filter((file) => readFileSync(file).includes(SECRET));
}

beforeAll(async () => {
	outside = mkdtempSync(join(tmpdir(), 'odc-outside-'));
	writeFileSync(join(outside, 'secret.csv'), `name,value\n${SECRET},1\n`);
	mkdirSync(join(outside, 'folder'));
	writeFileSync(join(outside, 'folder', 'inner.csv'), `name\n${SECRET}\n`);

	const catalogue = catalogueWith(undefined, {
		// The dataset's download address points at the linked file, so a page would preview it.
		'datasets/mto/traffic-volumes.yaml': minimalDataset().replace('https://example.org/traffic.csv', 'https://example.org/data/mto/leak.csv'),
		'public/data/mto/real.csv': 'name,value\nstation,1\n',
		// As actions/checkout leaves it: the job's token in the repository's .git/config.
		'.git/config': `[http]\n\textraheader = AUTHORIZATION: basic ${SECRET}\n`,
	});
	symlinkSync(join(outside, 'secret.csv'), join(catalogue, 'public/data/mto/leak.csv'));
	symlinkSync('../../../.git/config', join(catalogue, 'public/data/mto/config.txt'));
	symlinkSync(join(outside, 'folder'), join(catalogue, 'public/data/linked'));

	// A previous site in the output folder, which a failed build must leave as it was.
	site = mkdtempSync(join(tmpdir(), 'odc-symlink-site-'));
	mkdirSync(join(site, 'dist'));
	writeFileSync(join(site, 'dist', 'index.html'), 'previous site');

	const env = {
		...process.env,
		CATALOGUE_DIR: catalogue,
		OUT_DIR: join(site, 'dist'),
		SITE_URL: 'https://example.org',
		BASE_PATH: '/',
		ASTRO_TELEMETRY_DISABLED: '1',
	};
	try {
		const { stdout, stderr } = await run(process.execPath, ['scripts/build.ts', '--no-validate', '--as-of', '2026-11-23'], {
			cwd: REPO_ROOT,
			env,
			maxBuffer: 64 * 1024 * 1024,
		});
		result = { code: 0, stdout, stderr };
	} catch (error) {
		const { code, stdout = '', stderr = '' } = error as { code: number; stdout?: string; stderr?: string };
		result = { code, stdout, stderr };
	}
}, 240_000);

afterAll(() => {
	cleanUp();
	if (outside) rmSync(outside, { recursive: true, force: true });
	if (site) rmSync(site, { recursive: true, force: true });
});

describe('a catalogue with symbolic links, built without validation', () => {
	it('fails the build, naming every link', () => {
		expect(result.code, result.stdout).toBe(1);
		const output = result.stdout + result.stderr;
		expect(output).toContain('The build failed;');
		for (const link of ['public/data/mto/leak.csv', 'public/data/mto/config.txt', 'public/data/linked']) {
			expect(output).toContain(`${link}:1:1  error  is a symbolic link`);
		}
		expect(output).not.toContain('public/data/mto/real.csv:');
	});

	it('publishes nothing from outside the repository and leaves the previous site as it was', () => {
		expect(filesHoldingSecret(site)).toEqual([]);
		expect(readdirSync(site)).toEqual(['dist']);
		expect(readdirSync(join(site, 'dist'))).toEqual(['index.html']);
		expect(readFileSync(join(site, 'dist', 'index.html'), 'utf8')).toBe('previous site');
		expect(existsSync(join(outside, 'secret.csv'))).toBe(true);
	});
});
