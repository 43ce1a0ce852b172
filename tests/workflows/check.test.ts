import { describe, expect, it } from 'vitest';
import { readWorkflow, stepIndex } from './support.ts';

const workflow = readWorkflow('check.yml');
const steps = workflow.jobs.check!.steps;

describe('check.yml', () => {
	it('runs on pull requests with read-only permissions', () => {
		expect(Object.keys(workflow.on)).toEqual(['pull_request']);
		expect(workflow.permissions).toEqual({ contents: 'read' });
	});

	it('checks out the whole history, so the summary can compare with the base branch', () => {
		const checkout = steps[stepIndex(steps, { uses: 'actions/checkout' })]!;
		expect(checkout.with).toMatchObject({ 'fetch-depth': 0 });
	});

	it('installs the Node version of .nvmrc with npm ci', () => {
		expect(steps[stepIndex(steps, { uses: 'actions/setup-node' })]!.with).toMatchObject({ 'node-version-file': '.nvmrc', cache: 'npm' });
		expect(stepIndex(steps, { run: /^npm ci$/ })).toBeGreaterThan(stepIndex(steps, { uses: 'actions/setup-node' }));
	});

	it('validates with GitHub annotations, then builds, then runs the tests with Chromium installed', () => {
		const install = stepIndex(steps, { run: /^npm ci$/ });
		const validate = stepIndex(steps, { run: /^npm run validate -- --format github$/ });
		const build = stepIndex(steps, { run: /^npm run build$/ });
		const chromium = stepIndex(steps, { run: /apt-get install -y chromium/ });
		const test = stepIndex(steps, { run: /^npm test$/ });
		expect(validate).toBeGreaterThan(install);
		expect(build).toBeGreaterThan(validate);
		expect(chromium).toBeGreaterThan(install);
		expect(test).toBeGreaterThan(Math.max(build, chromium));
	});

	it('writes the pull-request summary to the job summary, even when validation failed', () => {
		const summary = steps[stepIndex(steps, { run: /scripts\/pr-summary\.ts/ })]!;
		expect(summary.env).toEqual({ BASE_REF: '${{ github.base_ref }}' });
		expect(summary.run).toMatch(/--base "origin\/\$BASE_REF"/);
		expect(summary.run).toMatch(/>> "\$GITHUB_STEP_SUMMARY"$/);
		expect(summary.if).toMatch(/!cancelled\(\)/);
	});
});
