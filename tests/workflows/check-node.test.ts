/**
 * scripts/check-node.mjs, which every npm script runs its commands through: the commands run in
 * order, each after the one before succeeded, and the first failure's exit code is the script's.
 * (Under a Node older than 22.12 it also fetches Node 24 and puts it first on PATH; that needs an
 * old Node and the network, and is checked by hand: README, "Quick start".)
 */
import { execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../browser/support/build.ts';

const run = promisify(execFile);
const SCRIPT = join(REPO_ROOT, 'scripts/check-node.mjs');

/** Runs check-node.mjs with `args`; resolves to its exit code and output. */
async function checkNode(...args: string[]): Promise<{ code: number; stdout: string }> {
	try {
		const { stdout } = await run(process.execPath, [SCRIPT, ...args]);
		return { code: 0, stdout };
	} catch (error) {
		const { code, stdout } = error as { code: number; stdout: string };
		return { code, stdout };
	}
}

const print = (text: string) => [process.execPath, '-e', `console.log(${JSON.stringify(text)})`];

describe('scripts/check-node.mjs', () => {
	it('runs the commands in order under a recent Node, saying nothing of its own', async () => {
		expect(await checkNode(...print('one'), '--then', ...print('two'))).toEqual({ code: 0, stdout: 'one\ntwo\n' });
	});

	it('stops at the first command that fails and exits with its code', async () => {
		expect(await checkNode(...print('one'), '--then', process.execPath, '-e', 'process.exit(3)', '--then', ...print('never'))).toEqual({
			code: 3,
			stdout: 'one\n',
		});
	});

	it('passes the arguments after the last --then to the last command, as npm appends them', async () => {
		const { stdout } = await checkNode(
			...print('first'),
			'--then',
			process.execPath,
			'-e',
			'console.log(process.argv.slice(1).join(" "))',
			'tests/a.test.ts',
			'--project',
			'unit',
		);
		expect(stdout).toBe('first\ntests/a.test.ts --project unit\n');
	});

	it('runs the last command in its own place, not as a child: one process fewer for as long as it runs', async () => {
		const child = spawn(process.execPath, [SCRIPT, ...print('first'), '--then', process.execPath, '-e', 'console.log(process.pid, process.ppid)']);
		let stdout = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
		const code = await new Promise((resolve) => child.once('close', resolve));
		expect(code).toBe(0);
		const [first, last] = stdout.trim().split('\n');
		expect(first).toBe('first');
		// The same process as the one started, its parent this test's.
		expect(last).toBe(`${child.pid} ${process.pid}`);
	});

	/** The value of `name` that a command run through check-node.mjs sees, given `value` (undefined: unset) in its environment. */
	const settingSeen = async (name: string, value?: string) => {
		const { [name]: _, ...unset } = process.env;
		const env = value === undefined ? unset : { ...unset, [name]: value };
		return (await run(process.execPath, [SCRIPT, process.execPath, '-e', `console.log(process.env.${name})`], { env })).stdout;
	};

	it('has Rolldown’s allocator commit memory as used, unless told otherwise', async () => {
		await expect(settingSeen('MIMALLOC_ARENA_EAGER_COMMIT')).resolves.toBe('0\n');
		await expect(settingSeen('MIMALLOC_ARENA_EAGER_COMMIT', '1')).resolves.toBe('1\n');
	});

	it('has glibc’s malloc keep two arenas and fixed thresholds, unless told otherwise', async () => {
		await expect(settingSeen('GLIBC_TUNABLES')).resolves.toBe(
			'glibc.malloc.arena_max=2:glibc.malloc.mmap_threshold=131072:glibc.malloc.trim_threshold=262144\n',
		);
		await expect(settingSeen('GLIBC_TUNABLES', 'glibc.malloc.arena_max=4')).resolves.toBe('glibc.malloc.arena_max=4\n');
	});

	it('only checks when given no command', async () => {
		expect(await checkNode()).toEqual({ code: 0, stdout: '' });
	});
});
