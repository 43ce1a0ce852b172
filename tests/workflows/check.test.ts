import { describe, expect, it } from 'vitest';
import { readWorkflow, stepIndex } from './support.ts';

const workflow = readWorkflow('check.yml');
const jobs = workflow.jobs;

describe('check.yml', () => {
	it('runs on pull requests with read-only permissions, in three jobs', () => {
		expect(Object.keys(workflow.on)).toEqual(['pull_request']);
		expect(workflow.permissions).toEqual({ contents: 'read' });
		expect(Object.keys(jobs)).toEqual(['changes', 'catalogue', 'tests']);
	});

	it('checks out without keeping credentials, with the whole history where the base branch is compared', () => {
		for (const [name, job] of Object.entries(jobs)) {
			const checkout = job.steps[stepIndex(job.steps, { uses: 'actions/checkout' })]!;
			expect(checkout.with, name).toMatchObject({ 'persist-credentials': false });
		}
		for (const name of ['changes', 'catalogue'])
			expect(jobs[name]!.steps[stepIndex(jobs[name]!.steps, { uses: 'actions/checkout' })]!.with).toMatchObject({ 'fetch-depth': 0 });
	});

	it('decides from the changed files whether the developer tests run, passing the base branch through the environment', () => {
		const steps = jobs.changes!.steps;
		const classify = steps[stepIndex(steps, { run: /scripts\/pr-changes\.ts/ })]!;
		expect(classify.run).toBe('node scripts/pr-changes.ts --base "origin/$BASE_REF" >> "$GITHUB_OUTPUT"');
		expect(classify.env).toEqual({ BASE_REF: '${{ github.base_ref }}' });
		expect((jobs.changes as { outputs?: Record<string, string> }).outputs).toEqual({ code: `\${{ steps.${classify.id}.outputs.code }}` });
		expect(jobs.tests!.needs).toBe('changes');
		expect((jobs.tests as { if?: string }).if).toBe("${{ needs.changes.outputs.code == 'true' }}");
	});

	it('validates every pull request with annotations, summarises it even when validation failed, then builds', () => {
		const steps = jobs.catalogue!.steps;
		expect((jobs.catalogue as { if?: string }).if).toBeUndefined();
		expect(steps[stepIndex(steps, { uses: 'actions/setup-node' })]!.with).toMatchObject({ 'node-version-file': '.nvmrc', cache: 'npm' });
		const install = stepIndex(steps, { run: /^npm ci\b/ });
		const validate = stepIndex(steps, { run: /^npm run validate -- --format github --json-report "\$RUNNER_TEMP\/validation\.json"$/ });
		const summary = stepIndex(steps, { run: /scripts\/pr-summary\.ts/ });
		const build = stepIndex(steps, { run: /^npm run build$/ });
		expect(install).toBeGreaterThan(stepIndex(steps, { uses: 'actions/setup-node' }));
		expect([install, validate, summary, build]).toEqual([...[install, validate, summary, build]].sort((a, b) => a - b));
		expect(steps[summary]!.run).toBe('node scripts/pr-summary.ts --base "origin/$BASE_REF" --report "$RUNNER_TEMP/validation.json" >> "$GITHUB_STEP_SUMMARY"');
		expect(steps[summary]!.env).toEqual({ BASE_REF: '${{ github.base_ref }}' });
		expect(steps[summary]!.if).toMatch(/!cancelled\(\)/);
		expect(steps.some((s) => /npm test|apt-get/.test(s.run ?? ''))).toBe(false);
	});

	it('runs the type check and the developer tests with Chromium installed', () => {
		const steps = jobs.tests!.steps;
		const install = stepIndex(steps, { run: /^npm ci\b/ });
		const chromium = stepIndex(steps, { run: /apt-get install -y chromium/ });
		const test = stepIndex(steps, { run: /^npm test$/ });
		expect(chromium).toBeGreaterThan(install);
		expect(test).toBeGreaterThan(chromium);
	});

	it('puts no workflow expression inside a run script', () => {
		for (const job of Object.values(jobs)) for (const step of job.steps) expect(step.run ?? '').not.toContain('${{');
	});
});
