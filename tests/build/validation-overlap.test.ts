/**
 * `npm run build` starts Astro while it validates the catalogue (scripts/build.ts): a catalogue that
 * fails validation while Astro is already bundling still ends the build as a failed validation did
 * before Astro started: every diagnostic printed, nothing of Astro's, exit code 1, nothing published.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../browser/support/build.ts';
import { catalogueWith, cleanUp } from '../validate/support.ts';

const made: string[] = [];
afterAll(() => {
	cleanUp();
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('a catalogue that fails validation while Astro is bundling', () => {
	it('stops the build with its diagnostics only, exit code 1, the previous site left and no working folder', async () => {
		const parent = mkdtempSync(join(tmpdir(), 'odc-overlap-'));
		made.push(parent);
		mkdirSync(join(parent, 'dist'));
		writeFileSync(join(parent, 'dist/index.html'), 'previous site');
		// Released on 2026-03-01: in the future as of 2026-02-01, an error.
		const broken = catalogueWith(undefined, {
			'schedules/mto.csv': 'dataset_id,planned_release,status,actual_release\ntraffic-volumes,2026-Q1,released,2026-03-01\n',
		});
		const gate = join(parent, 'validation-may-end');
		const env = {
			...process.env,
			CATALOGUE_DIR: broken,
			OUT_DIR: join(parent, 'dist'),
			ODC_CACHE_DIR: join(parent, 'cache'),
			ASTRO_TELEMETRY_DISABLED: '1',
			ODC_TEST_VALIDATION_GATE: gate,
		};
		// Validation's result is held until the gate file exists (support/held-validation.mjs).
		const args = ['--import', './tests/build/support/held-validation.mjs', 'scripts/build.ts', '--as-of', '2026-02-01'];
		const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => (stdout += chunk));
		child.stderr.on('data', (chunk) => (stderr += chunk));
		const exit = new Promise<number | null>((done) => child.on('close', (code) => done(code)));

		// Astro has emptied its working folder and Vite is writing its bundles there.
		const working = () => readdirSync(parent).filter((name) => name.startsWith('.dist-building-'));
		const deadline = Date.now() + 180_000;
		while (!working().some((name) => readdirSync(join(parent, name)).length > 0)) {
			if (Date.now() > deadline || child.exitCode !== null) throw new Error(`Astro never started bundling:\n${stdout}\n${stderr}`);
			await sleep(50);
		}
		expect(stdout, 'nothing printed before validation ends').toBe('');
		writeFileSync(gate, '');

		expect(await exit, `${stdout}\n${stderr}`).toBe(1);
		expect(stdout).toContain('schedules/mto.csv:2:34  error  row 2:actual_release  is in the future');
		expect(stdout).toMatch(/^1 error and \d+ warnings? in \d+ files checked in [\d.]+ s$/m);
		// The diagnostics are the whole report: no line of Astro's or Vite's, no error or stack of the stopped build.
		expect(stdout.split('\n').filter((line) => /\[(build|vite|types|content)\]/.test(line))).toEqual([]);
		expect(stderr).toBe('');
		expect(readdirSync(parent).sort()).toEqual(['cache', 'dist', 'validation-may-end']);
		expect(readdirSync(join(parent, 'dist'))).toEqual(['index.html']);
		expect(readFileSync(join(parent, 'dist/index.html'), 'utf8')).toBe('previous site');
		expect(existsSync(join(parent, 'dist', 'pagefind'))).toBe(false);
	}, 240_000);
});
