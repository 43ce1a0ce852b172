/**
 * The site built without the whole history: from a shallow clone (what CI checkouts make by
 * default) and from a folder outside git. Both build; pages and the build log say what is missing.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../browser/support/build.ts';
import { makeFixtureRepo, shallowClone, type FixtureRepo } from '../history/fixture-repo.ts';

const run = promisify(execFile);

/** Validates and builds `catalogueDir`, returning the output folder and what the build printed. */
async function build(catalogueDir: string): Promise<{ dir: string; log: string }> {
	const dir = mkdtempSync(join(tmpdir(), 'odc-build-'));
	const env = { ...process.env, CATALOGUE_DIR: catalogueDir, OUT_DIR: dir, SITE_URL: 'https://example.org', BASE_PATH: '/', ASTRO_TELEMETRY_DISABLED: '1' };
	const { stdout, stderr } = await run(process.execPath, ['scripts/build.ts', '--as-of', '2025-12-31'], { cwd: REPO_ROOT, env, maxBuffer: 64 * 1024 * 1024 });
	return { dir, log: stdout + stderr };
}

const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

let repo: FixtureRepo;
let shallow: FixtureRepo;
let noGit: string;
const built: string[] = [];

beforeAll(() => {
	repo = makeFixtureRepo();
	shallow = shallowClone(repo);
	noGit = mkdtempSync(join(tmpdir(), 'odc-nogit-'));
	cpSync(repo.dir, noGit, { recursive: true, filter: (source) => !source.split(/[\\/]/).includes('.git') });
});
afterAll(() => {
	repo?.remove();
	shallow?.remove();
	rmSync(noGit, { recursive: true, force: true });
	for (const dir of built) rmSync(dir, { recursive: true, force: true });
});

describe('a site built from a shallow clone', () => {
	it('builds, says from when the history starts, and shows no invented events', async () => {
		const { dir, log } = await build(shallow.dir);
		built.push(dir);
		expect(log).toContain('History: shallow clone; changes before 2025-06-30 are missing.');
		const changes = read(dir, 'en/changes/index.html');
		expect(changes).toContain('data-history-notice="shallow"');
		expect(changes).toContain('The history starts on June 30, 2025');
		expect(changes).toContain('No event is recorded yet.');
		expect(read(dir, 'fr/datasets/traffic/index.html')).toContain('L’historique commence le 30 juin 2025');
		const scorecard = JSON.parse(read(dir, 'scorecard.json'));
		expect(scorecard.history).toEqual({ state: 'shallow', since: '2025-06-30T12:00:00Z' });
		expect(scorecard.quarters).toEqual(['2025-Q2', '2025-Q3', '2025-Q4']);
		expect(scorecard.indicators[0]).toMatchObject({ measure: 'open_share', value: 0.5 });
	}, 240_000);
});

describe('a site built outside git', () => {
	it('builds with no history, says so, and gives the scorecard without a trend', async () => {
		const { dir, log } = await build(noGit);
		built.push(dir);
		expect(log).toContain('History: the catalogue is not in a git repository; no history of changes is published.');
		expect(read(dir, 'en/changes/index.html')).toContain('data-history-notice="no-git"');
		const dataset = read(dir, 'en/datasets/traffic/index.html');
		expect(dataset).toContain('No history of changes is shown: the site was built from files outside a git repository.');
		expect(dataset).not.toContain('class="change-history"');
		expect(read(dir, 'en/scorecard/index.html')).toContain('No trend: the catalogue’s history is not available.');
		const scorecard = JSON.parse(read(dir, 'scorecard.json'));
		expect(scorecard.quarters).toEqual([]);
		expect(scorecard.indicators.map((i: { measure: string; value: number | null }) => [i.measure, i.value])).toContainEqual(['request_median_days', 181]);
		expect(read(dir, 'scorecard.csv').split('\r\n')[1]).toBe('1,open_share,overall,current,2025-12-31,0.5,1,2,0.8');
	}, 240_000);
});
