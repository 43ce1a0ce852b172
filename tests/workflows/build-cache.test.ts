import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDir } from '../../src/lib/build/cache-dir.ts';
import { readWorkflow, stepIndex, type Step } from './support.ts';

/** The jobs that build the site, by workflow. */
const BUILDING_JOBS = [
	['check.yml', 'catalogue'],
	['deploy.yml', 'build'],
] as const;

describe.each(BUILDING_JOBS)('%s, job %s', (file, jobName) => {
	const steps = readWorkflow(file).jobs[jobName]!.steps;
	const index = stepIndex(steps, { uses: 'actions/cache' });
	const cache = steps[index] as Step & { with: Record<string, string> };

	it('restores the build’s cache folder, where the build looks for it, once npm ci has emptied node_modules', () => {
		expect(index).toBeGreaterThan(stepIndex(steps, { run: /^npm ci\b/ }));
		expect(index).toBeLessThan(stepIndex(steps, { run: /^npm run validate\b/ }));
		expect(index).toBeLessThan(stepIndex(steps, { run: /^npm run build\b/ }));
		// The default folder of src/lib/build/cache-dir.ts, since no step sets ODC_CACHE_DIR.
		expect(cache.with.path).toBe(relative(process.cwd(), cacheDir({})));
		for (const step of steps) expect(Object.keys(step.env ?? {})).not.toContain('ODC_CACHE_DIR');
	});

	it('saves under a new key each run and restores the newest with the same lockfile and system', () => {
		const prefix = "open-data-catalogue-build-${{ runner.os }}-${{ hashFiles('package-lock.json') }}-";
		expect(cache.with.key).toBe(`${prefix}\${{ github.run_id }}`);
		expect(cache.with['restore-keys']?.trim()).toBe(prefix);
	});
});
