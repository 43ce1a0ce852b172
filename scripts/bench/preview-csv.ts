/**
 * `node scripts/bench/preview-csv.ts <file.csv> [--dictionary]`: previews one CSV as the build does
 * (streamed; with `--dictionary`, also checked against the generated file's dictionary) and prints,
 * as JSON, the time it took, its own peak memory (max RSS, from process.resourceUsage) and what it
 * found. Run in a child process by the benchmark, so the figures are this work's alone.
 */
import { basename, dirname, resolve } from 'node:path';
import { checkDataFile } from '../../src/lib/data-files/check-data-file.ts';
import { csvDictionary } from './generate-csv.ts';

const [file, flag] = process.argv.slice(2);
if (!file) {
	console.error('Usage: node scripts/bench/preview-csv.ts <file.csv> [--dictionary]');
	process.exit(2);
}
const started = performance.now();
const path = resolve(file);
const result = await checkDataFile(
	dirname(path),
	{ file: basename(path), dictionary: flag === '--dictionary' ? { schema: csvDictionary(), sourcePath: 'generated' } : undefined },
	'error',
);
const seconds = (performance.now() - started) / 1000;
const profile = result.preview?.ok ? result.preview.profile : undefined;
console.log(
	JSON.stringify({
		seconds,
		peakMB: process.resourceUsage().maxRSS / 1024,
		rows: profile?.rowCount,
		columns: profile?.columnCount,
		problems: result.diagnostics.length,
		// Why there is no profile, when the file was refused (too large, a line too long, …): the codes of what was reported.
		refused: profile ? undefined : result.diagnostics.map((diagnostic) => diagnostic.code).join(', ') || 'no preview',
	}),
);
