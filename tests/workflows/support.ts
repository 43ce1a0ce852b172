import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '../browser/support/build.ts';

/** One step of a GitHub Actions job. */
export interface Step {
	name?: string;
	id?: string;
	uses?: string;
	run?: string;
	if?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
}

/** One job of a workflow. */
export interface Job {
	needs?: string | string[];
	permissions?: Record<string, string>;
	environment?: string | { name: string; url?: string };
	steps: Step[];
}

/** A workflow file, as far as the tests read it. */
export interface Workflow {
	on: Record<string, unknown>;
	permissions?: Record<string, string>;
	concurrency?: { group: string; 'cancel-in-progress': boolean };
	jobs: Record<string, Job>;
}

/** Parses `.github/workflows/<name>`. */
export function readWorkflow(name: string): Workflow {
	return parse(readFileSync(join(REPO_ROOT, '.github/workflows', name), 'utf8')) as Workflow;
}

/** The index of the first step that uses `action` (any version) or whose `run` matches. */
export function stepIndex(steps: readonly Step[], match: { uses?: string; run?: RegExp }): number {
	return steps.findIndex(
		(s) => (match.uses !== undefined && s.uses?.split('@')[0] === match.uses) || (match.run !== undefined && s.run !== undefined && match.run.test(s.run)),
	);
}
