/**
 * Properties every workflow file must keep, checked on each file of .github/workflows/ (so a new
 * workflow is held to them too): actions pinned to a full commit with the version in a comment,
 * checkout without persisted credentials, no `${{ }}` expression in a `run:` script (values from
 * the event, such as branch names and titles, reach scripts through `env:`), and no trigger that
 * runs a fork's code with write access.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../browser/support/build.ts';
import { readWorkflow } from './support.ts';

const folder = join(REPO_ROOT, '.github/workflows');
const files = readdirSync(folder)
	.filter((name) => /\.ya?ml$/.test(name))
	.sort();

describe('the workflow files', () => {
	it('are the ones these tests know', () => {
		expect(files).toEqual(['check-links.yml', 'check.yml', 'deploy.yml']);
	});
});

describe.each(files)('%s', (name) => {
	const workflow = readWorkflow(name);
	const text = readFileSync(join(folder, name), 'utf8');
	const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

	it('pins every action to a full commit, with its version in a comment', () => {
		const uses = text.split('\n').filter((line) => /^\s*(?:-\s+)?uses:/.test(line));
		expect(uses.length).toBe(steps.filter((step) => step.uses !== undefined).length);
		for (const line of uses) expect(line).toMatch(/^\s*(?:-\s+)?uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
	});

	it('checks out without leaving the job’s token in .git/config', () => {
		const checkouts = steps.filter((step) => step.uses?.startsWith('actions/checkout@'));
		expect(checkouts.length).toBeGreaterThan(0);
		for (const step of checkouts) expect(step.with?.['persist-credentials']).toBe(false);
	});

	it('interpolates no expression into a run script: values come through env, quoted', () => {
		for (const step of steps.filter((s) => s.run !== undefined)) {
			expect(step.run, step.name).not.toContain('${{');
			// Every variable of the step's own env is used quoted.
			for (const variable of Object.keys(step.env ?? {})) {
				for (const use of step.run!.matchAll(new RegExp(`(.)\\$\\{?${variable}\\b`, 'g'))) expect(use[1], `${step.name}: $${variable}`).not.toMatch(/\s/);
			}
		}
	});

	it('is not triggered in a way that runs a fork’s code with secrets or a writable token', () => {
		expect(Object.keys(workflow.on)).not.toContain('pull_request_target');
		expect(Object.keys(workflow.on)).not.toContain('workflow_run');
	});
});
