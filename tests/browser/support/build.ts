/** Builds the bundled example catalogue into a temporary folder, for browser tests. */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The repository's root folder. */
export const REPO_ROOT = resolve(import.meta.dirname, '../../..');

export interface BuiltSite {
	dir: string;
	remove(): Promise<void>;
}

/**
 * Validates and builds the example catalogue (the repository root) into a new temporary folder,
 * with the site at `/` (SITE_URL and BASE_PATH pinned so the environment can't move it).
 */
export async function buildExampleSite(): Promise<BuiltSite> {
	const dir = await mkdtemp(join(tmpdir(), 'odc-browser-'));
	const env = {
		...process.env,
		CATALOGUE_DIR: REPO_ROOT,
		OUT_DIR: dir,
		SITE_URL: 'http://127.0.0.1',
		BASE_PATH: '/',
		ASTRO_TELEMETRY_DISABLED: '1',
	};
	const options = { cwd: REPO_ROOT, env, maxBuffer: 64 * 1024 * 1024 };
	try {
		await run(process.execPath, ['scripts/validate.ts'], options);
		await run(process.execPath, ['scripts/build.ts'], options);
	} catch (error) {
		await rm(dir, { recursive: true, force: true });
		// `message` already holds the command and its stderr.
		const { stdout = '', message } = error as { stdout?: string; message: string };
		throw new Error(`Building the example catalogue failed: ${message}\n${stdout}`);
	}
	return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
