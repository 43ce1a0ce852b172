/**
 * Node's compile cache for `npm run validate` (scripts/compile-cache.mjs): on in this checkout's
 * node_modules/.cache/odc-compile-cache, never in or around the build's cache folder (cache-dir.ts),
 * whose content is untrusted, and off when asked. The preload enables the cache as it is imported,
 * so it is only ever imported in child processes here.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDir } from '../../src/lib/build/cache-dir.ts';
import { REPO_ROOT } from '../browser/support/build.ts';

const COMPILE_CACHE = join(REPO_ROOT, 'node_modules/.cache/odc-compile-cache');

/** What the preload module answers for `env` (run with `cwd`), in a child process. */
function preload(env: Record<string, string>, cwd = REPO_ROOT): { build: string; folder: string | null; enabled: string | null } {
	const script = `import { buildCacheFolder, compileCacheFolder } from ${JSON.stringify(join(REPO_ROOT, 'scripts/compile-cache.mjs'))};
import { getCompileCacheDir } from 'node:module';
console.log(JSON.stringify({ build: buildCacheFolder(), folder: compileCacheFolder() ?? null, enabled: getCompileCacheDir() ?? null }));`;
	const childEnv: Record<string, string | undefined> = { ...process.env, ...env };
	for (const name of ['NODE_COMPILE_CACHE', 'NODE_DISABLE_COMPILE_CACHE']) if (!(name in env)) delete childEnv[name];
	if (!('ODC_CACHE_DIR' in env)) delete childEnv.ODC_CACHE_DIR;
	return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd, env: childEnv, encoding: 'utf8' }));
}

describe('the compile cache of npm run validate', () => {
	it('is this checkout’s node_modules/.cache/odc-compile-cache, beside the build’s cache folder', () => {
		const answer = preload({});
		expect(answer.folder).toBe(COMPILE_CACHE);
		// Node keeps each version's code in a folder of its own inside it.
		expect(answer.enabled?.startsWith(`${COMPILE_CACHE}/v${process.versions.node}-`)).toBe(true);
	});

	it('finds the build’s cache folder as cache-dir.ts does', () => {
		for (const env of [{} as Record<string, string>, { ODC_CACHE_DIR: '/tmp/odc-elsewhere' }, { ODC_CACHE_DIR: '  relative/cache ' }, { ODC_CACHE_DIR: '   ' }])
			expect(preload(env).build, JSON.stringify(env)).toBe(resolvedCacheDir(env));
	});

	it('is not used when it and the build’s cache folder would overlap, nor when Node is told not to', () => {
		for (const overlapping of [join(REPO_ROOT, 'node_modules/.cache'), join(COMPILE_CACHE, 'inside'), COMPILE_CACHE]) {
			const answer = preload({ ODC_CACHE_DIR: overlapping });
			expect(answer.folder, overlapping).toBeNull();
			expect(answer.enabled, overlapping).toBeNull();
		}
		expect(preload({ NODE_DISABLE_COMPILE_CACHE: '1' }).enabled).toBeNull();
	});

	it('is what npm run validate loads before its first module', async () => {
		const { scripts } = (await import('../../package.json', { with: { type: 'json' } })).default as { scripts: Record<string, string> };
		expect(scripts.validate).toContain('node --import ./scripts/compile-cache.mjs --experimental-strip-types scripts/validate.ts');
	});
});

/** cacheDir() for `env`, as a process started in the checkout finds it. */
function resolvedCacheDir(env: Record<string, string>): string {
	const cwd = process.cwd();
	try {
		process.chdir(REPO_ROOT);
		return cacheDir(env);
	} finally {
		process.chdir(cwd);
	}
}
