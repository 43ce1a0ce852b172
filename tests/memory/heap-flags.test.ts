import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_START_FLAGS, BUILD_V8_FLAGS, exportWorkerArgv, MAX_SEMI_SPACE_MB, WORKER_UNBOUND_DATASETS } from '../../src/lib/build/heap-flags.ts';

const root = join(import.meta.dirname, '..', '..');
const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/**
 * The young generation of a Node started with `flags` once it has grown (objects made by the
 * million, a hundred thousand alive at a time), in MB.
 */
function grownYoungGeneration(flags: readonly string[]): number {
	const probe = [
		'const keep = new Array(100000);',
		"for (let i = 0; i < 5e6; i++) keep[i % keep.length] = { i, s: 'x' + i };",
		"const space = require('node:v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');",
		'console.log(space.space_size / 1048576);',
	].join(' ');
	const run = spawnSync(process.execPath, [...flags, '-e', probe], { encoding: 'utf8' });
	expect(run.status, run.stderr).toBe(0);
	return Number(run.stdout);
}

describe("the build's V8 flags", () => {
	it('that V8 reads only at start are on the command line of `npm run build`, before the build script', () => {
		const args = scripts.build!.split(' ');
		for (const flag of BUILD_START_FLAGS) {
			expect(args).toContain(flag);
			expect(args.indexOf(flag)).toBeLessThan(args.indexOf('scripts/build.ts'));
		}
		// Those are never set at run time (scripts/build.ts gives BUILD_V8_FLAGS to setFlagsFromString).
		expect(BUILD_V8_FLAGS.some((flag) => BUILD_START_FLAGS.includes(flag))).toBe(false);
	});

	it('bound the young generation a process starts with', () => {
		expect(BUILD_START_FLAGS).toContain(`--max-semi-space-size=${MAX_SEMI_SPACE_MB}`);
		// Two semi-spaces of at most MAX_SEMI_SPACE_MB each, where the same work grows larger ones
		// further (V8's default depends on the machine's memory: 64 MB each on a 24 GB one).
		expect(grownYoungGeneration(BUILD_START_FLAGS)).toBeLessThanOrEqual(2 * MAX_SEMI_SPACE_MB);
		expect(grownYoungGeneration([`--max-semi-space-size=${4 * MAX_SEMI_SPACE_MB}`])).toBeGreaterThan(2 * MAX_SEMI_SPACE_MB);
	});

	it("are the build's own for the export worker, but the young generation's bound up to WORKER_UNBOUND_DATASETS", () => {
		const parent = ['--max-semi-space-size=16', '--experimental-strip-types', '--cpu-prof'];
		expect(exportWorkerArgv(parent, WORKER_UNBOUND_DATASETS)).toEqual(['--experimental-strip-types', '--cpu-prof', ...BUILD_V8_FLAGS]);
		expect(exportWorkerArgv(parent, 1)).toEqual(['--experimental-strip-types', '--cpu-prof', ...BUILD_V8_FLAGS]);
		expect(exportWorkerArgv([], 0)).toEqual([...BUILD_V8_FLAGS]);
		// A larger catalogue's worker is part of the build's peak: it keeps the bound.
		const larger = ['--experimental-strip-types', '--cpu-prof', ...BUILD_START_FLAGS, ...BUILD_V8_FLAGS];
		expect(exportWorkerArgv(parent, WORKER_UNBOUND_DATASETS + 1)).toEqual(larger);
		expect(exportWorkerArgv(['--experimental-strip-types', '--cpu-prof'], 50_000)).toEqual(larger);
	});
});
