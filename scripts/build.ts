/**
 * `npm run build [-- --as-of YYYY-MM-DD] [--no-validate]`: validates the catalogue (scripts/validate.ts,
 * with the same as-of date; `--no-validate` when the caller just did), then builds the site with
 * Astro into a fresh folder beside the output and swaps it in only when the whole build succeeded,
 * so a failure part-way never leaves a half-made site in `dist/` (or in OUT_DIR) for a deploy step
 * to publish. The as-of date (what is overdue in the release schedules) reaches the pages as AS_OF.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { resolveAsOf } from '../src/lib/schedules/as-of.ts';

const { values } = parseArgs({ options: { 'as-of': { type: 'string' }, validate: { type: 'boolean', default: true } }, allowNegative: true });
try {
	process.env.AS_OF = resolveAsOf(values['as-of']);
} catch (error) {
	console.error((error as Error).message);
	process.exit(2);
}
if (values.validate) {
	const validation = spawnSync(process.execPath, [...process.execArgv, resolve(import.meta.dirname, 'validate.ts'), '--as-of', process.env.AS_OF], { stdio: 'inherit' });
	if (validation.status !== 0) process.exit(validation.status ?? 1);
}

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const staging = await mkdtemp(resolve(dirname(outDir), `.${basename(outDir)}-building-`));

try {
	await build({ outDir: staging, telemetry: false } as Parameters<typeof build>[0]);
} catch (error) {
	await rm(staging, { recursive: true, force: true });
	console.error(`\nThe build failed; ${outDir} was left as it was.\n${(error as Error).message}`);
	process.exit(1);
}

const previous = `${staging}-previous`;
if (existsSync(outDir)) await rename(outDir, previous);
await rename(staging, outDir);
await rm(previous, { recursive: true, force: true });
console.log(`Site written to ${outDir}`);
