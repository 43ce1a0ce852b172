/**
 * `node scripts/pr-summary.ts [--base REF] [--root DIR] [--report FILE]`: prints the pull-request
 * summary (Markdown) for GitHub's job summary: datasets added, changed and removed between REF
 * (default `origin/main`) and HEAD, and the validator's errors and warnings per file, read from
 * FILE (written by `npm run validate -- --json-report FILE`) when it exists, else from a run of
 * the validator. Always exits 0 when it
 * could write a summary: the validate step is what fails the check.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { classifyDatasetChanges, formatPrSummary, parseNameStatus, type ValidationReport } from '../src/lib/report/pr-summary.ts';

const { values } = parseArgs({
	options: {
		base: { type: 'string', default: 'origin/main' },
		root: { type: 'string', default: process.env.CATALOGUE_DIR ?? process.cwd() },
		report: { type: 'string' },
	},
});
const root = resolve(values.root!);
// The base comes from the event (the target branch's name): it must not read as an option of git.
if (values.base!.startsWith('-')) {
	console.error(`--base must name a git revision, not an option (got "${values.base}")`);
	process.exit(2);
}

// Changes since the merge base, as a pull request shows them; renames detected.
const diff = execFileSync('git', ['diff', '--name-status', '-M', `${values.base}...HEAD`, '--', '.'], { cwd: root, encoding: 'utf8' });
const changes = classifyDatasetChanges(parseNameStatus(diff));

/** The JSON report of the validate step, or of a run of the validator when there is none. */
function readReport(): { text: string; whence: string } {
	if (values.report && existsSync(values.report)) return { text: readFileSync(values.report, 'utf8'), whence: values.report };
	const validator = resolve(import.meta.dirname, 'validate.ts');
	const run = spawnSync(process.execPath, [validator, '--format', 'json', '--root', root], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	return { text: run.stdout, whence: `the validator (exit ${run.status}):\n${run.stderr}` };
}

const { text, whence } = readReport();
let report: ValidationReport;
try {
	report = JSON.parse(text) as ValidationReport;
} catch {
	console.error(`No JSON report could be read from ${whence}`);
	process.exit(2);
}
process.stdout.write(formatPrSummary(changes, report));
