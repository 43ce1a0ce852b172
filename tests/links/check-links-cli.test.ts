/**
 * `npm run check-links` end to end, on a copy of the minimal fixture catalogue whose links point to
 * the local test server, and the build never checking links itself.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLinkReport } from '../../src/lib/links/link-report.ts';
import { REPO_ROOT } from '../browser/support/build.ts';
import { startLinkServers, type LinkServers } from './link-server.ts';

const run = promisify(execFile);
let servers: LinkServers;
let dir: string;

beforeAll(async () => {
	servers = await startLinkServers();
	dir = mkdtempSync(join(tmpdir(), 'odc-check-links-'));
	cpSync(join(REPO_ROOT, 'tests/fixtures/minimal'), dir, { recursive: true });
	const file = join(dir, 'datasets/mto/traffic-volumes.yaml');
	const yaml = readFileSync(file, 'utf8')
		.replace('download_url: https://example.org/traffic.csv', `download_url: ${servers.http}/moved\n    data_dictionary: ${servers.http}/gone`)
		.replace('distributions:', `landing_page: ${servers.http}/not-found\ndocumentation:\n  - ${servers.http}/ok\ndistributions:`)
		.concat('  - title: { en: Archive, fr: Archives }\n    download_url: ftp://ftp.example.org/traffic/archive.zip\n    format: ZIP\n');
	writeFileSync(file, yaml);
});
afterAll(async () => {
	await servers.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('npm run check-links', () => {
	it('checks landing page, documentation, download and data dictionary links, writes link-report.json and lists the links that did not answer', async () => {
		const { stdout } = await run(process.execPath, ['scripts/check-links.ts', '--root', dir, '--timeout', '2', '--retries', '0'], { cwd: REPO_ROOT });
		const report = parseLinkReport(JSON.parse(readFileSync(join(dir, 'link-report.json'), 'utf8')));
		expect(Object.keys(report.links)).toEqual([
			'ftp://ftp.example.org/traffic/archive.zip',
			`${servers.http}/gone`,
			`${servers.http}/moved`,
			`${servers.http}/not-found`,
			`${servers.http}/ok`,
		]);
		expect(report.links[`${servers.http}/moved`]).toMatchObject({ outcome: 'ok', finalUrl: `${servers.http}/ok` });
		expect(report.links[`${servers.http}/gone`]).toMatchObject({ outcome: 'not-found', status: 410 });
		expect(report.links[`${servers.http}/not-found`]).toMatchObject({ outcome: 'not-found', status: 404 });
		expect(report.links['ftp://ftp.example.org/traffic/archive.zip']).toMatchObject({ outcome: 'not-checked', error: 'ftp', attempts: 0 });
		expect(stdout).toContain(`not-found 410: ${servers.http}/gone\n  in traffic-volumes (distribution 1, data_dictionary)`);
		expect(stdout).toContain(`not-found 404: ${servers.http}/not-found\n  in traffic-volumes (landing_page)`);
		expect(stdout).toContain('not checked (ftp): ftp://ftp.example.org/traffic/archive.zip\n  in traffic-volumes (distribution 2, download_url)');
		expect(stdout).toMatch(/2 of 5 links did not answer, 1 not checked \(ftp\); link-report\.json written/);
	});

	it('refuses a bad option', async () => {
		await expect(run(process.execPath, ['scripts/check-links.ts', '--root', dir, '--per-host', '0'], { cwd: REPO_ROOT })).rejects.toMatchObject({
			code: 2,
			stderr: expect.stringContaining('--per-host must be a whole number of at least 1 (got "0")'),
		});
	});
});

describe('the build', () => {
	it('never imports the link checker: it only reads the report', () => {
		const checker = /from '[^']*(links\/|\.\/)(check-links?|request|github-issues)\.ts'/;
		const files = (readdirSync(join(REPO_ROOT, 'src'), { recursive: true }) as string[]).filter((f) => /\.(ts|astro)$/.test(f));
		const importers = files.filter((f) => checker.test(readFileSync(join(REPO_ROOT, 'src', f), 'utf8'))).map((f) => relative('.', f));
		// Only the checker's own modules import each other.
		expect(importers.sort()).toEqual(['lib/links/check-link.ts', 'lib/links/check-links.ts']);
	});
});
