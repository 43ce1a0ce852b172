/**
 * `node scripts/pr-changes.ts [--base REF] [--root DIR]`: prints which checks a pull request needs,
 * as GitHub Actions step outputs (`catalogue=true|false` and `code=true|false`, one per line), from
 * the files it changes between REF (default `origin/main`) and HEAD. The check workflow runs the
 * developer tests only when `code` is true. Uses git and Node only, so it works in any fork.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { changedPaths, changeKinds } from '../src/lib/report/changed-paths.ts';

const { values } = parseArgs({
	options: {
		base: { type: 'string', default: 'origin/main' },
		root: { type: 'string', default: process.cwd() },
	},
});
const diff = execFileSync('git', ['diff', '--name-status', '-M', `${values.base}...HEAD`], { cwd: resolve(values.root!), encoding: 'utf8' });
const kinds = changeKinds(changedPaths(diff));
process.stdout.write(`catalogue=${kinds.catalogue}\ncode=${kinds.code}\n`);
