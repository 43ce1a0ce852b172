import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkoutLabel, createRefTree } from '../../scripts/bench/compare.ts';

/** A lockfile with no dependencies, which `npm ci` installs without the network. */
const lockfile = (name: string) => `${JSON.stringify({ name, lockfileVersion: 3, requires: true, packages: { '': { name } } }, null, 2)}\n`;

let repo: string;
let work: string;

/** Runs git in the scratch repository. */
const git = (...args: string[]) => {
	const result = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
	if (result.status !== 0) throw new Error(result.stderr);
	return result.stdout.trim();
};

beforeEach(() => {
	repo = mkdtempSync(join(tmpdir(), 'odc-compare-repo-'));
	work = mkdtempSync(join(tmpdir(), 'odc-compare-work-'));
	git('init', '--quiet', '--initial-branch=main');
	git('config', 'user.email', 'bench@example.org');
	git('config', 'user.name', 'Bench');
	writeFileSync(join(repo, 'package.json'), '{ "name": "scratch", "version": "1.0.0" }\n');
	writeFileSync(join(repo, 'package-lock.json'), lockfile('scratch'));
	writeFileSync(join(repo, 'code.txt'), 'first\n');
	writeFileSync(join(repo, '.gitignore'), 'node_modules/\n');
	git('add', '.');
	git('commit', '--quiet', '-m', 'first');
	writeFileSync(join(repo, 'code.txt'), 'second\n');
	git('commit', '--quiet', '-am', 'second');
	mkdirSync(join(repo, 'node_modules', 'dep'), { recursive: true });
	writeFileSync(join(repo, 'node_modules', 'dep', 'index.js'), 'export default 1;\n');
	mkdirSync(join(repo, 'node_modules', '.vite'), { recursive: true });
	writeFileSync(join(repo, 'node_modules', '.vite', 'deps.json'), '{}');
});

afterEach(() => {
	spawnSync('git', ['worktree', 'prune'], { cwd: repo });
	rmSync(repo, { recursive: true, force: true });
	rmSync(work, { recursive: true, force: true });
});

describe.skipIf(process.platform === 'win32')('--compare’s checkout of another commit', () => {
	it('is a worktree of that commit with this checkout’s node_modules hard-linked (its caches left out), removed afterwards', () => {
		const tree = createRefTree('HEAD~1', repo, work);
		expect(tree).toMatchObject({ label: `HEAD~1 (${git('rev-parse', '--short', 'HEAD~1')})`, commit: git('rev-parse', 'HEAD~1'), modules: 'hard-linked' });
		expect(readFileSync(join(tree.root, 'code.txt'), 'utf8')).toBe('first\n');
		expect(statSync(join(tree.root, 'node_modules/dep/index.js')).ino).toBe(statSync(join(repo, 'node_modules/dep/index.js')).ino);
		expect(existsSync(join(tree.root, 'node_modules/.vite'))).toBe(false);
		expect(existsSync(join(repo, 'node_modules/.vite/deps.json'))).toBe(true);
		expect(git('worktree', 'list')).toContain(tree.root);

		tree.remove();
		tree.remove();
		expect(existsSync(tree.root)).toBe(false);
		expect(git('worktree', 'list')).not.toContain(tree.root);
		expect(readFileSync(join(repo, 'node_modules/dep/index.js'), 'utf8')).toBe('export default 1;\n');
	});

	it('installs with npm ci when package-lock.json differs', { timeout: 120_000 }, () => {
		writeFileSync(join(repo, 'package-lock.json'), lockfile('scratch-changed'));
		const tree = createRefTree('HEAD', repo, work);
		try {
			expect(tree.modules).toBe('npm ci');
			expect(existsSync(join(tree.root, 'node_modules/dep'))).toBe(false);
		} finally {
			tree.remove();
		}
	});

	it('names a commit that does not exist, and leaves no worktree behind', () => {
		expect(() => createRefTree('no-such-branch', repo, work)).toThrow(`--compare no-such-branch: no such commit in ${repo}`);
		expect(git('worktree', 'list').split('\n')).toHaveLength(1);
	});

	it('labels this checkout with its commit and whether it has uncommitted changes', () => {
		const head = git('rev-parse', '--short', 'HEAD');
		expect(checkoutLabel(repo)).toBe(`this checkout (${head})`);
		writeFileSync(join(repo, 'code.txt'), 'third\n');
		expect(checkoutLabel(repo)).toBe(`this checkout (${head} + changes)`);
	});
});
