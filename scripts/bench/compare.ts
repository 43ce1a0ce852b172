/**
 * `npm run bench -- --compare REF`: a checkout of REF beside this one, so the same generated
 * catalogue is validated and built by both, one after the other (build-steps.ts).
 *
 * The checkout is a git worktree of REF in the benchmark's temporary folder. Its node_modules is a
 * hard-linked copy of this checkout's (`cp -al`: instant, no disk) when package-lock.json is the
 * same at REF, else installed with `npm ci`. The copy's own caches (Astro's, Vite's, the build's
 * default cache folder) are removed first: the build rewrites files there, and a hard-linked file
 * rewritten in place would change this checkout's copy too.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchTree } from './build-steps.ts';
import { npmCommand } from './build-steps.ts';

/** A worktree of another commit, to be removed when the benchmark ends. */
export interface RefTree extends BenchTree {
	/** The commit's full hash. */
	commit: string;
	/** How its node_modules was made. */
	modules: 'hard-linked' | 'npm ci';
	/** Removes the worktree (its folder and git's record of it); safe to call twice. */
	remove(): void;
}

/** The reference checkout could not be made; the message says why. */
export class RefTreeError extends Error {}

/** The caches inside node_modules that a build writes to. */
const WRITTEN_CACHES = ['.astro', '.vite', '.cache'];

/** Runs git in `cwd`; its trimmed stdout, or an Error with its stderr. */
function git(cwd: string, args: string[]): string {
	const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
	if (result.status !== 0) throw new RefTreeError(`git ${args.join(' ')} failed: ${(result.stderr || result.error?.message || '').trim()}`);
	return result.stdout.trim();
}

/** This checkout's label: its commit, and whether it has changes not committed (they are measured too). */
export function checkoutLabel(repoRoot: string): string {
	const head = git(repoRoot, ['rev-parse', '--short', 'HEAD']);
	const dirty = git(repoRoot, ['status', '--porcelain', '--untracked-files=no']) !== '';
	return `this checkout (${head}${dirty ? ' + changes' : ''})`;
}

/**
 * Makes a worktree of `ref` in `<work>/ref-tree` with its dependencies installed.
 *
 * @throws RefTreeError when `ref` names no commit, or git or npm fails (the worktree is removed first).
 */
export function createRefTree(ref: string, repoRoot: string, work: string): RefTree {
	let commit: string;
	try {
		commit = git(repoRoot, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
	} catch {
		throw new RefTreeError(`--compare ${ref}: no such commit in ${repoRoot}`);
	}
	const root = join(work, 'ref-tree');
	git(repoRoot, ['worktree', 'add', '--detach', '--quiet', root, commit]);
	let removed = false;
	const remove = () => {
		if (removed) return;
		removed = true;
		try {
			git(repoRoot, ['worktree', 'remove', '--force', root]);
		} catch {
			rmSync(root, { recursive: true, force: true });
			spawnSync('git', ['worktree', 'prune'], { cwd: repoRoot });
		}
	};
	try {
		const lock = (dir: string) => (existsSync(join(dir, 'package-lock.json')) ? readFileSync(join(dir, 'package-lock.json'), 'utf8') : undefined);
		const same = lock(root) !== undefined && lock(root) === lock(repoRoot) && existsSync(join(repoRoot, 'node_modules'));
		if (same) {
			const copy = spawnSync('cp', ['-al', join(repoRoot, 'node_modules'), join(root, 'node_modules')], { encoding: 'utf8' });
			if (copy.status !== 0) throw new RefTreeError(`cp -al node_modules failed: ${copy.stderr.trim()}`);
			for (const cache of WRITTEN_CACHES) rmSync(join(root, 'node_modules', cache), { recursive: true, force: true });
		} else {
			console.error(`--compare ${ref}: package-lock.json differs, running npm ci in ${root}`);
			const [npm, npmArgs] = npmCommand();
			const install = spawnSync(npm, [...npmArgs, 'ci', '--no-audit', '--no-fund', '--loglevel=error'], {
				cwd: root,
				encoding: 'utf8',
				stdio: ['ignore', 'ignore', 'pipe'],
			});
			if (install.status !== 0) throw new RefTreeError(`npm ci at ${ref} failed:\n${install.stderr.trim().split('\n').slice(-20).join('\n')}`);
		}
		const short = commit.slice(0, 7);
		return { label: ref === short ? short : `${ref} (${short})`, root, commit, modules: same ? 'hard-linked' : 'npm ci', remove };
	} catch (error) {
		remove();
		throw error;
	}
}
