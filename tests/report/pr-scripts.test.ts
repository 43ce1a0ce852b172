/**
 * The pull-request check's scripts on a fixture repository: a git repository holding the minimal
 * catalogue on `main`, and a branch that changes what a steward or a developer would.
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { changedPaths, changeKinds, isCataloguePath } from '../../src/lib/report/changed-paths.ts';
import { REPO_ROOT } from '../browser/support/build.ts';
import { minimal } from '../validate/support.ts';

const run = promisify(execFile);
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A repository with the minimal catalogue committed on main, checked out on a new branch `change`. */
function fixtureRepository(): string {
	const dir = mkdtempSync(join(tmpdir(), 'odc-pr-'));
	made.push(dir);
	cpSync(minimal, dir, { recursive: true });
	// Unlike the others in most of its text, so git sees its removal as a removal rather than a rename.
	const saltText = Array.from({ length: 40 }, (_, i) => `    Salt spread on route ${i} is logged by depot and by storm.`).join('\n');
	writeFileSync(
		join(dir, 'datasets/mto/road-salt.yaml'),
		readFileSync(join(minimal, 'datasets/mto/traffic-volumes.yaml'), 'utf8')
			.replace('identifier: traffic-volumes', 'identifier: road-salt')
			.replace('  en: Daily traffic counts.', `  en: |-\n${saltText}`),
	);
	const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
	git('init', '-q', '-b', 'main');
	git('-c', 'user.name=t', '-c', 'user.email=t@t.t', 'add', '.');
	git('-c', 'user.name=t', '-c', 'user.email=t@t.t', 'commit', '-q', '-m', 'catalogue');
	git('checkout', '-q', '-b', 'change');
	return dir;
}

function commit(dir: string): void {
	execFileSync('git', ['add', '-A'], { cwd: dir });
	execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t.t', 'commit', '-q', '-m', 'change'], { cwd: dir });
}

const script = (name: string) => join(REPO_ROOT, 'scripts', name);

describe('scripts/pr-changes.ts', () => {
	it('says a pull request that only touches catalogue files needs no developer tests', async () => {
		const dir = fixtureRepository();
		writeFileSync(
			join(dir, 'datasets/mto/traffic-volumes.yaml'),
			readFileSync(join(dir, 'datasets/mto/traffic-volumes.yaml'), 'utf8').replace('Daily traffic counts.', 'Daily counts.'),
		);
		mkdirSync(join(dir, 'schedules'));
		writeFileSync(join(dir, 'schedules/mto.csv'), 'dataset_id,title_en,title_fr,planned_release,status\nferries,Ferries,Traversiers,2027-Q1,planned\n');
		commit(dir);
		const { stdout } = await run(process.execPath, [script('pr-changes.ts'), '--base', 'main', '--root', dir]);
		expect(stdout).toBe('catalogue=true\ncode=false\n');
	});

	it('says a pull request that touches anything else needs them', async () => {
		const dir = fixtureRepository();
		mkdirSync(join(dir, 'src'));
		writeFileSync(join(dir, 'src/x.ts'), 'export {};\n');
		commit(dir);
		const { stdout } = await run(process.execPath, [script('pr-changes.ts'), '--base', 'main', '--root', dir]);
		expect(stdout).toBe('catalogue=false\ncode=true\n');
	});
});

describe('scripts/pr-summary.ts', () => {
	it('lists the datasets added, changed and removed with their problems', async () => {
		const dir = fixtureRepository();
		const path = join(dir, 'datasets/mto/traffic-volumes.yaml');
		writeFileSync(path, readFileSync(path, 'utf8').replace('modified: 2024-06-30', 'modified: 2019-06-30'));
		unlinkSync(join(dir, 'datasets/mto/road-salt.yaml'));
		writeFileSync(
			join(dir, 'datasets/mto/ferries.yaml'),
			readFileSync(path, 'utf8').replace('identifier: traffic-volumes', 'identifier: ferries').replace('Daily traffic counts.', 'To be written.'),
		);
		commit(dir);
		const { stdout } = await run(process.execPath, [script('pr-summary.ts'), '--base', 'main', '--root', dir]);
		expect(stdout).toContain('❌ Validation failed: 3 errors and 0 warnings in 4 files checked.');
		expect(stdout).toContain('| Added | <code>ferries</code> | <code>mto</code> | <code>datasets/mto/ferries&#46;yaml</code> | 2 errors |');
		expect(stdout).toContain('| Changed | <code>traffic-volumes</code> | <code>mto</code> | <code>datasets/mto/traffic-volumes&#46;yaml</code> | 1 error |');
		expect(stdout).toContain('| Removed | <code>road-salt</code> | <code>mto</code> | <code>datasets/mto/road-salt&#46;yaml</code> |  |');
		expect(stdout).toContain('(<code>description&#46;en</code>): still says &#34;To be written&#34;&#58; the text has not been written');

		// The check's way: validate once, writing the JSON report the summary then reads.
		const report = join(dir, '..', `${dir.split('/').pop()}-report.json`);
		made.push(report);
		await expect(run(process.execPath, [script('validate.ts'), '--format', 'github', '--root', dir, '--json-report', report])).rejects.toMatchObject({
			code: 1,
			stdout: expect.stringContaining('::error file=datasets/mto/ferries.yaml,line=6,col=7'),
		});
		const fromReport = await run(process.execPath, [script('pr-summary.ts'), '--base', 'main', '--root', dir, '--report', report]);
		expect(fromReport.stdout).toBe(stdout);
	});
});

describe('changeKinds', () => {
	it('tells catalogue files from the rest, renames counted on both sides', () => {
		expect(
			['catalogue.yaml', 'datasets/mto/x.yaml', 'publishers/mto.yaml', 'requests/r.yaml', 'schedules/mto.csv', 'public/data/mto/x.csv'].every(isCataloguePath),
		).toBe(true);
		expect(
			[
				'catalogue.yaml.bak',
				'public/favicon.svg',
				'schemas/dataset.schema.json',
				'src/lib/x.ts',
				'README.md',
				'.github/workflows/check.yml',
				'datasets-old/x.yaml',
			].some(isCataloguePath),
		).toBe(false);
		expect(changeKinds(changedPaths('M\tdatasets/mto/x.yaml\nR100\tdatasets/mto/a.yaml\tdatasets/edu/a.yaml\n'))).toEqual({ catalogue: true, code: false });
		expect(changeKinds(changedPaths('R100\tdatasets/mto/a.yaml\tarchive/a.yaml\n'))).toEqual({ catalogue: true, code: true });
		expect(changeKinds([])).toEqual({ catalogue: false, code: false });
	});
});
