/**
 * Vitest's global set-up: a folder shared by every test file of the run, where the example site is
 * built once, by whichever test file asks first (tests/support/shared-build.ts), instead of once per
 * file. Nothing is built when no test asks. The folder and the site go when the run ends.
 *
 * Every project of the run (unit, build, browser: vitest.config.ts) calls this set-up; they all get
 * the same folder, kept in the main process, so the browser and build tests share one build of the
 * example. The last project's teardown removes it, with the build caches kept in it (ODC_CACHE_DIR).
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

/** The run's folder and how many projects still use it, on the main process's global object. */
interface RunFolder {
	dir: string;
	users: number;
}
const globals = globalThis as { odcSharedBuild?: RunFolder };

function remove(dir: string): void {
	for (const record of ['example.json', 'example-base.json']) {
		const path = join(dir, record);
		if (!existsSync(path)) continue;
		const built = JSON.parse(readFileSync(path, 'utf8')) as { dir?: string };
		if (built.dir) rmSync(built.dir, { recursive: true, force: true });
	}
	rmSync(dir, { recursive: true, force: true });
}

export default function setup(project: TestProject): () => void {
	const folder = (globals.odcSharedBuild ??= { dir: mkdtempSync(join(tmpdir(), 'odc-shared-')), users: 0 });
	folder.users++;
	project.provide('sharedBuildDir', folder.dir);
	// The run's builds keep their caches (the incremental build's pages, SHACL results) in the run's
	// folder, not in node_modules/.cache: each run starts cold and leaves nothing behind.
	process.env.ODC_CACHE_DIR = join(folder.dir, 'cache');
	return () => {
		if (--folder.users > 0) return;
		globals.odcSharedBuild = undefined;
		remove(folder.dir);
	};
}
