/**
 * `npm run bench -- --compare HEAD` for real, at a size that takes a minute: a worktree of HEAD,
 * validate, a cold build and a rebuild in it and in this checkout, the figures as JSON, and no
 * worktree left behind.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ComparedFigures } from '../../scripts/bench/catalogue-run.ts';
import { REPO_ROOT } from '../browser/support/build.ts';

/** The folders of the repository's worktrees. */
const worktrees = () =>
	spawnSync('git', ['worktree', 'list', '--porcelain'], { cwd: REPO_ROOT, encoding: 'utf8' })
		.stdout.split('\n')
		.filter((line) => line.startsWith('worktree '));

describe.skipIf(process.platform !== 'linux')('npm run bench -- --compare', () => {
	it('measures validate, build, rebuild and revalidate in HEAD and this checkout on one catalogue, then removes the worktree', { timeout: 600_000 }, () => {
		const result = spawnSync(
			process.execPath,
			['--experimental-strip-types', 'scripts/bench.ts', '--compare', 'HEAD', '--sizes', '20', '--runs', '1', '--schedule-rows', '0', '--json'],
			{ cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
		);
		expect(result.status, result.stderr).toBe(0);
		const { compare } = JSON.parse(result.stdout) as { compare: ComparedFigures[] };
		expect(compare).toHaveLength(1);
		const [row] = compare;
		expect(row).toMatchObject({ datasets: 20, runs: 1 });
		expect(row!.trees.map((tree) => tree.label)).toEqual([expect.stringMatching(/^HEAD \([0-9a-f]{7,}\)$/), expect.stringMatching(/^this checkout \(/)]);
		for (const tree of row!.trees) {
			for (const step of [tree.validate, tree.build, tree.rebuild, tree.revalidate]) {
				expect(step.samples).toHaveLength(1);
				expect(step.seconds).toBeGreaterThan(0);
				expect(step.cpuSeconds).toBeGreaterThan(0);
				// npm, Node and (for the build) Pagefind: more than any one Node process alone.
				expect(step.peakMB).toBeGreaterThan(50);
			}
			expect(tree.build.peakMB).toBeGreaterThan(tree.validate.peakMB!);
		}
		expect(result.stderr).toMatch(/N = 20: rebuild 1\/1 \(HEAD/);
		expect(result.stderr).toMatch(/N = 20: revalidate 1\/1 \(this checkout/);
		// Its own worktree only: another checkout may be running a benchmark of its own meanwhile.
		const work = /Comparing .* in (\S+)$/m.exec(result.stderr)?.[1];
		expect(work).toMatch(/odc-bench-/);
		expect(worktrees().filter((line) => line.includes(work!))).toEqual([]);
		expect(existsSync(work!)).toBe(false);
	});
});
