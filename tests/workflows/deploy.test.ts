import { describe, expect, it } from 'vitest';
import { readWorkflow, stepIndex } from './support.ts';

const workflow = readWorkflow('deploy.yml');
const build = workflow.jobs.build!;
const deploy = workflow.jobs.deploy!;
const steps = build.steps;

describe('deploy.yml', () => {
	it('runs on a push to the default branch and by hand', () => {
		expect(workflow.on).toHaveProperty('push');
		expect((workflow.on.push as { branches: string[] }).branches).toEqual(['main']);
		expect(workflow.on).toHaveProperty('workflow_dispatch');
		expect(workflow.on).not.toHaveProperty('pull_request');
	});

	it('sets up the Node version of .nvmrc with the npm cache, then installs with npm ci', () => {
		const setup = steps[stepIndex(steps, { uses: 'actions/setup-node' })]!;
		expect(setup.with).toMatchObject({ 'node-version-file': '.nvmrc', cache: 'npm' });
		expect(stepIndex(steps, { uses: 'actions/checkout' })).toBe(0);
		expect(stepIndex(steps, { run: /^npm ci --loglevel=warn$/ })).toBeGreaterThan(stepIndex(steps, { uses: 'actions/setup-node' }));
	});

	it('validates before building, so a validation error stops the deployment', () => {
		const validate = stepIndex(steps, { run: /^npm run validate\b/ });
		const buildStep = stepIndex(steps, { run: /^npm run build\b/ });
		expect(validate).toBeGreaterThan(stepIndex(steps, { run: /^npm ci$/ }));
		expect(buildStep).toBeGreaterThan(validate);
		// No step may carry on after a failure.
		for (const step of steps) {
			expect(step).not.toHaveProperty('continue-on-error');
			expect(step.if).toBeUndefined();
		}
	});

	it('builds through npm run build (links refused, the site swapped in whole and world-readable), never astro directly', () => {
		const builds = steps.filter((step) => /\bbuild\b/.test(step.run ?? ''));
		expect(builds.map((step) => step.run)).toEqual(['npm run build -- --no-validate']);
		for (const step of steps) expect(step.run ?? '').not.toMatch(/astro/);
	});

	it('builds with the address and base path GitHub Pages gives', () => {
		const configure = stepIndex(steps, { uses: 'actions/configure-pages' });
		const buildIndex = stepIndex(steps, { run: /^npm run build\b/ });
		expect(configure).toBeGreaterThan(-1);
		expect(buildIndex).toBeGreaterThan(configure);
		const id = steps[configure]!.id;
		expect(id).toBe('pages');
		expect(steps[buildIndex]!.env).toMatchObject({
			SITE_URL: '${{ steps.pages.outputs.origin }}',
			BASE_PATH: '${{ steps.pages.outputs.base_path }}',
		});
	});

	it('uploads dist/ and deploys it from a separate job with the Pages permissions', () => {
		const upload = stepIndex(steps, { uses: 'actions/upload-pages-artifact' });
		expect(upload).toBe(steps.length - 1);
		expect(steps[upload]!.with).toMatchObject({ path: 'dist' });
		expect(deploy.needs).toBe('build');
		expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
		expect(deploy.environment).toMatchObject({ name: 'github-pages' });
		expect(stepIndex(deploy.steps, { uses: 'actions/deploy-pages' })).toBeGreaterThan(-1);
		expect(build.permissions ?? workflow.permissions).toEqual({ contents: 'read' });
	});

	it('checks out the whole history, which the history pages, the changes feed and the scorecard trend are made from', () => {
		expect(steps[stepIndex(steps, { uses: 'actions/checkout' })]!.with).toMatchObject({ 'fetch-depth': 0 });
	});

	it('runs one deployment at a time without cancelling one in progress', () => {
		expect(workflow.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
	});
});
