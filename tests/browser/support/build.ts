/** Builds the bundled example catalogue into a temporary folder, for browser tests. */
import { execFile } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { once } from '../../support/shared-build.ts';

const run = promisify(execFile);

/** The repository's root folder. */
export const REPO_ROOT = resolve(import.meta.dirname, '../../..');

export interface BuiltSite {
	dir: string;
	remove(): Promise<void>;
}

/**
 * The date the example site's release schedules are judged on in tests, so what is overdue does
 * not change with the calendar.
 */
export const EXAMPLE_AS_OF = '2026-11-23';

/**
 * Validates and builds a catalogue folder into a new temporary folder, as `npm run build` does,
 * with the site address, base path and as-of date pinned so the environment can't move the site
 * (and `env` added to the build's environment).
 */
export async function buildSite(
	catalogueDir: string,
	options: { base?: string; siteUrl?: string; asOf?: string; env?: Record<string, string> } = {},
): Promise<BuiltSite> {
	const dir = await mkdtemp(join(tmpdir(), 'odc-build-'));
	const env = {
		...process.env,
		CATALOGUE_DIR: catalogueDir,
		OUT_DIR: dir,
		SITE_URL: options.siteUrl ?? 'https://example.org',
		// The repository the "Edit this dataset" links point to (src/lib/site/source-links.ts), pinned.
		SOURCE_REPOSITORY: 'open-data-catalogue/open-data-catalogue',
		SOURCE_BRANCH: 'main',
		BASE_PATH: options.base ?? '/',
		ASTRO_TELEMETRY_DISABLED: '1',
		...options.env,
	};
	const runOptions = { cwd: REPO_ROOT, env, maxBuffer: 64 * 1024 * 1024 };
	try {
		// scripts/build.ts validates first and hands the validated catalogue to Astro, as npm run build does.
		await run(process.execPath, ['scripts/build.ts', '--as-of', options.asOf ?? EXAMPLE_AS_OF], runOptions);
	} catch (error) {
		await rm(dir, { recursive: true, force: true });
		// `message` already holds the command and its stderr.
		const { stdout = '', message } = error as { stdout?: string; message: string };
		throw new Error(`Building ${catalogueDir} failed: ${message}\n${stdout}`, { cause: error });
	}
	return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * The example catalogue (the repository root) built at `/`, served from 127.0.0.1 by the tests.
 * Built once per test run and shared by the files that ask for it (they only read it), so its
 * `remove` leaves it to the run's teardown; outside a Vitest run each call builds its own.
 */
export async function buildExampleSite(): Promise<BuiltSite> {
	const { dir, shared } = await once('example', async () => (await buildSite(REPO_ROOT, { siteUrl: 'http://127.0.0.1' })).dir);
	return { dir, remove: shared ? async () => {} : () => rm(dir, { recursive: true, force: true }) };
}

/** The base path and site address of the example built by buildExampleSiteUnderBase. */
export const EXAMPLE_UNDER_BASE = { base: '/catalogue/', siteUrl: 'https://example.org' } as const;

/**
 * The example catalogue built under a base path (EXAMPLE_UNDER_BASE), as a fork's GitHub Pages
 * deploy builds it: once per test run and shared like buildExampleSite.
 */
export async function buildExampleSiteUnderBase(): Promise<BuiltSite> {
	const { dir, shared } = await once('example-base', async () => (await buildSite(REPO_ROOT, EXAMPLE_UNDER_BASE)).dir);
	return { dir, remove: shared ? async () => {} : () => rm(dir, { recursive: true, force: true }) };
}

/**
 * `built` (a site built with the base path `/<folder>/`) in a new root folder that serves it there,
 * a link named `folder`, as GitHub Pages serves a project site; removing it removes `built` too.
 */
export function servedUnderBase(built: BuiltSite, folder: string): BuiltSite {
	const root = mkdtempSync(join(tmpdir(), 'odc-base-root-'));
	symlinkSync(built.dir, join(root, folder));
	return {
		dir: root,
		async remove() {
			await built.remove();
			await rm(root, { recursive: true, force: true });
		},
	};
}
