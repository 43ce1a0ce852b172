import { describe, expect, it } from 'vitest';
import { readWorkflow, stepIndex } from './support.ts';

const workflow = readWorkflow('check-links.yml');
const steps = workflow.jobs['check-links']!.steps;

describe('check-links.yml', () => {
	it('runs weekly and on demand, never on a push or a pull request', () => {
		expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
		expect((workflow.on.schedule as Array<{ cron: string }>)[0]!.cron).toMatch(/^\d+ \d+ \* \* [0-6]$/);
	});

	it('may commit the report and write issues, nothing more', () => {
		expect(workflow.permissions).toEqual({ contents: 'write', issues: 'write' });
	});

	it('checks the links, commits the report only when it changed, then syncs the issues with the workflow token', () => {
		const check = stepIndex(steps, { run: /^npm run check-links$/ });
		const commit = stepIndex(steps, { run: /git add link-report\.json/ });
		const sync = stepIndex(steps, { run: /^node scripts\/sync-link-issues\.ts$/ });
		expect(check).toBeGreaterThan(stepIndex(steps, { run: /^npm ci$/ }));
		expect(commit).toBeGreaterThan(check);
		expect(steps[commit]!.run).toMatch(/git diff --cached --quiet/);
		expect(sync).toBeGreaterThan(commit);
		expect(steps[sync]!.env).toEqual({ GITHUB_TOKEN: '${{ secrets.GITHUB_TOKEN }}' });
	});
});
