import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { BuiltSite } from '../browser/support/build.ts';
import { REPO_ROOT } from '../browser/support/build.ts';

const run = promisify(execFile);

/** Validates and builds any catalogue folder into a temporary folder, as `npm run build` would. */
export async function buildSite(catalogueDir: string, options: { base?: string } = {}): Promise<BuiltSite> {
	const dir = await mkdtemp(join(tmpdir(), 'odc-build-'));
	const env = { ...process.env, CATALOGUE_DIR: catalogueDir, OUT_DIR: dir, SITE_URL: 'https://example.org', BASE_PATH: options.base ?? '/', ASTRO_TELEMETRY_DISABLED: '1' };
	const opts = { cwd: REPO_ROOT, env, maxBuffer: 64 * 1024 * 1024 };
	await run(process.execPath, ['scripts/validate.ts'], opts);
	await run(process.execPath, ['scripts/build.ts'], opts);
	return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
