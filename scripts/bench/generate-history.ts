/**
 * A catalogue repository with a synthetic history, for the history benchmark
 * (scripts/bench-history.ts) and for tests: the final state is a valid catalogue made by
 * generate-catalogue.ts; `git fast-import` writes the commits that lead to it, spread evenly over
 * `years` years ending on 2026-06-30 (50,000 commits take seconds this way, against hours of
 * `git commit`).
 *
 * The commits: the first adds catalogue.yaml, the publishers and the plan, with every release
 * schedule in an early version (released rows still planned); then each commit either adds the
 * next dataset or edits one already added (its `modified` date, now and then its title or its
 * access level); each schedule reaches its final version at a random point of the last two years;
 * the last commit writes every file that is not yet in its final version.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCatalogue } from './generate-catalogue.ts';
import { Draw } from './random.ts';

export interface HistoryOptions {
	datasets: number;
	commits: number;
	years?: number;
	seed?: number;
}

export interface GeneratedHistory {
	dir: string;
	commits: number;
	datasets: number;
	/** Bytes of the fast-import stream (file versions and messages). */
	streamBytes: number;
}

/** The last commit's day: the generated catalogue's latest date (generate-catalogue.ts). */
const END = Date.UTC(2026, 5, 30, 12);
const DAY = 86_400_000;

/** Writes the repository into the empty folder `dir`. */
export async function generateHistory(dir: string, { datasets, commits, years = 5, seed = 1 }: HistoryOptions): Promise<GeneratedHistory> {
	const generated = generateCatalogue(dir, { datasets, seed, scheduleRows: Math.max(10, Math.round(datasets / 2)) });
	const draw = new Draw(seed + 1);
	const finalText = new Map(generated.files.map((path) => [path, readFileSync(join(dir, path), 'utf8')]));
	const datasetPaths = generated.files.filter((p) => /^datasets\/[^/]+\/[^/.]+\.yaml$/.test(p));
	const schedulePaths = generated.files.filter((p) => p.startsWith('schedules/') && p.endsWith('.csv'));
	const basePaths = generated.files.filter((p) => !datasetPaths.includes(p) && !schedulePaths.includes(p));
	const start = END - years * 365 * DAY;
	const step = (END - start) / Math.max(1, commits - 1);
	const written = new Map<string, string>();
	const scheduleFinalAt = new Map(schedulePaths.map((p) => [p, Math.floor(commits * (0.6 + (0.38 * draw.int(0, 1000)) / 1000))]));
	const added: string[] = [];
	let next = 0;

	spawnSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
	const importer = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: dir, stdio: ['pipe', 'inherit', 'inherit'] });
	const finished = new Promise<number | null>((resolve) => importer.on('close', resolve));
	let streamBytes = 0;
	const write = async (text: string) => {
		streamBytes += Buffer.byteLength(text);
		if (!importer.stdin.write(text)) await new Promise((resolve) => importer.stdin.once('drain', resolve));
	};
	const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;

	for (let i = 0; i < commits; i++) {
		const time = Math.round((start + i * step) / 1000);
		const day = new Date(time * 1000).toISOString().slice(0, 10);
		const files: Array<[string, string]> = [];
		let message: string;
		const last = i === commits - 1;
		const remainingAdds = datasetPaths.length - next;
		if (i === 0) {
			for (const path of basePaths) files.push([path, finalText.get(path)!]);
			for (const path of schedulePaths) files.push([path, finalText.get(path)!.replace(/,released,(\d{4}-\d{2}-\d{2})?,/g, ',planned,,')]);
			message = 'Start the catalogue';
		} else if (last) {
			for (const [path, text] of finalText) if (written.get(path) !== text) files.push([path, text]);
			message = 'Bring every file to its published version';
		} else if (remainingAdds > 0 && (remainingAdds >= commits - i - 1 || draw.chance(0.3))) {
			const path = datasetPaths[next++]!;
			added.push(path);
			files.push([path, variant(finalText.get(path)!, day, i)]);
			message = `Add ${path.slice(path.lastIndexOf('/') + 1, -5)}`;
		} else if (added.length > 0) {
			const path = draw.pick(added);
			files.push([path, variant(finalText.get(path)!, day, i)]);
			message = `Update ${path.slice(path.lastIndexOf('/') + 1, -5)} (${day})`;
		} else {
			files.push([basePaths[0]!, finalText.get(basePaths[0]!)!]);
			message = 'Touch the catalogue';
		}
		for (const path of schedulePaths) if (scheduleFinalAt.get(path) === i) files.push([path, finalText.get(path)!]);
		let commit = `commit refs/heads/main\nmark :${i + 1}\nauthor Bench <bench@example.org> ${time} +0000\ncommitter Bench <bench@example.org> ${time} +0000\n${data(message)}`;
		if (i > 0) commit += `from :${i}\n`;
		for (const [path, text] of files) {
			commit += `M 100644 inline ${path}\n${data(text)}`;
			written.set(path, text);
		}
		await write(`${commit}\n`);
	}
	await write('done\n');
	importer.stdin.end();
	const code = await finished;
	if (code !== 0) throw new Error(`git fast-import failed (exit code ${code})`);
	spawnSync('git', ['reset', '-q'], { cwd: dir });
	return { dir, commits, datasets: datasetPaths.length, streamBytes };
}

/** An earlier version of a dataset file: its update date set to `day`; some versions with a draft title or under review. */
function variant(text: string, day: string, k: number): string {
	let out = text.replace(/^modified: .*$/m, `modified: ${day}`);
	if (k % 7 === 0) out = out.replace(/^( {2}en: )(.*)$/m, (_, key: string, title: string) => `${key}${title} (draft ${k})`);
	if (k % 11 === 0) out = out.replace(/^access_level: open$/m, 'access_level: under_review');
	return out;
}
