/** The CSV preview benchmark: a generated CSV previewed at build time, in a child process. */
import { join, resolve } from 'node:path';
import { checkChild, ChildFailed, lastLines } from './children.ts';
import { generateCsv } from './generate-csv.ts';
import { measure } from './measure.ts';

const repoRoot = resolve(import.meta.dirname, '../..');

/** One run of the CSV preview benchmark. */
export interface CsvFigures {
	step: 'preview' | 'preview + dictionary check';
	fileMB: number;
	rows: number;
	seconds: number;
	peakMB: number;
	problems: number;
}

/** Generates a CSV of `megabytes` in `work`, then previews it in a child process, without and with its dictionary. */
export async function benchCsv(megabytes: number, work: string, seed: number, keep: boolean): Promise<CsvFigures[]> {
	const path = join(work, 'large.csv');
	const started = performance.now();
	const generated = await generateCsv(path, { bytes: megabytes * 1_000_000, seed });
	console.error(
		`CSV: generated ${(generated.bytes / 1_000_000).toFixed(0)} MB, ${generated.rows} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`,
	);
	const out: CsvFigures[] = [];
	for (const step of ['preview', 'preview + dictionary check'] as const) {
		const args = ['scripts/bench/preview-csv.ts', path, ...(step === 'preview' ? [] : ['--dictionary'])];
		const m = await measure(process.execPath, args, { cwd: repoRoot, env: process.env });
		checkChild(`CSV ${step}`, generated.rows, m, keep);
		const figures = JSON.parse(lastLines(m.stdoutTail, 1)) as { seconds: number; peakMB: number; rows: number; problems: number; refused?: string };
		if (figures.refused) throw new ChildFailed(`CSV ${step}: the preview refused the generated file (${figures.refused})`);
		if (figures.rows !== generated.rows) throw new ChildFailed(`CSV ${step} counted ${figures.rows} rows, not ${generated.rows}`);
		out.push({ step, fileMB: generated.bytes / 1_000_000, rows: figures.rows, seconds: figures.seconds, peakMB: figures.peakMB, problems: figures.problems });
		console.error(`CSV: ${step} ${figures.seconds.toFixed(1)} s, peak ${figures.peakMB.toFixed(0)} MB`);
	}
	return out;
}
