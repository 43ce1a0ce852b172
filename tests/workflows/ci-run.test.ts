/**
 * `.ci/run` refuses to run without the shared folder beside the repository, and tells the tests
 * that need it to fail rather than skip (ODC_REQUIRE_SHARED=1). Run on a copy of the script, with
 * a stand-in `npm` that records how it was called and stops the script at `npm ci`.
 */
import { execFile } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../browser/support/build.ts';

const run = promisify(execFile);
let root: string;

/** A folder with a copy of `.ci/run` in `repo/` and, when asked, a `shared/` beside it. */
function layout(withShared: boolean): { script: string; calls: string; env: NodeJS.ProcessEnv } {
	root = mkdtempSync(join(tmpdir(), 'odc-ci-run-'));
	mkdirSync(join(root, 'repo/.ci'), { recursive: true });
	mkdirSync(join(root, 'bin'));
	if (withShared) mkdirSync(join(root, 'shared'));
	const script = join(root, 'repo/.ci/run');
	copyFileSync(join(REPO_ROOT, '.ci/run'), script);
	const calls = join(root, 'npm-calls');
	const npm = join(root, 'bin/npm');
	writeFileSync(
		npm,
		`#!/bin/sh\nif [ "$1" = --version ]; then echo 11.0.0; exit 0; fi\necho "$* ODC_REQUIRE_SHARED=$ODC_REQUIRE_SHARED" >> "${calls}"\nexit 3\n`,
	);
	chmodSync(npm, 0o755);
	const path = [join(root, 'bin'), dirname(process.execPath), '/usr/bin', '/bin'].join(':');
	return { script, calls, env: { PATH: path, HOME: root } };
}

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('.ci/run', () => {
	it('fails before installing anything when ../shared is missing', async () => {
		const { script, calls, env } = layout(false);
		const failure = (await run('bash', [script], { env }).catch((error: unknown) => error)) as { code: number; stderr: string };
		expect(failure.code).toBe(1);
		expect(failure.stderr).toContain(`${root}/shared is missing`);
		expect(existsSync(calls)).toBe(false);
	});

	it('runs on with ODC_REQUIRE_SHARED=1 when ../shared is there', async () => {
		const { script, calls, env } = layout(true);
		const failure = (await run('bash', [script], { env }).catch((error: unknown) => error)) as { code: number };
		// The stand-in npm stops the script at `npm ci`.
		expect(failure.code).toBe(3);
		expect(readFileSync(calls, 'utf8')).toBe('ci --no-audit --no-fund --loglevel=warn ODC_REQUIRE_SHARED=1\n');
	});
});
