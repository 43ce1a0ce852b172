/**
 * `npm run build` (after `npm run validate`): builds the site with Astro into a fresh folder beside
 * the output and swaps it in only when the whole build succeeded, so a failure part-way never leaves
 * a half-made site in `dist/` (or in OUT_DIR) for a deploy step to publish.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { build } from 'astro';

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
