/**
 * Vitest's global set-up: a folder shared by every test file of the run, where the example site is
 * built once, by whichever test file asks first (tests/support/shared-build.ts), instead of once per
 * file. Nothing is built when no test asks. The folder and the site go when the run ends.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The run's shared folder (see tests/support/shared-build.ts). */
		sharedBuildDir: string;
	}
}

export default function setup(project: TestProject): () => void {
	const dir = mkdtempSync(join(tmpdir(), 'odc-shared-'));
	project.provide('sharedBuildDir', dir);
	return () => {
		for (const record of ['example.json']) {
			const path = join(dir, record);
			if (!existsSync(path)) continue;
			const built = JSON.parse(readFileSync(path, 'utf8')) as { dir?: string };
			if (built.dir) rmSync(built.dir, { recursive: true, force: true });
		}
		rmSync(dir, { recursive: true, force: true });
	};
}
