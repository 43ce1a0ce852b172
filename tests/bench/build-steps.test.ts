import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { changeOneDataset, median, npmCommand, previousSites, previousSitesRemoved, roundOrder, stepFigures } from '../../scripts/bench/build-steps.ts';
import { generateCatalogue } from '../../scripts/bench/generate-catalogue.ts';
import { startRemover } from '../../src/lib/build/remover.ts';
import { createWorkingFolder } from '../../src/lib/build/staging.ts';

describe('medians of the runs', () => {
	it('take the middle run, or the mean of the middle two', () => {
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 10])).toBe(3.5);
		expect(median([])).toBeUndefined();
	});

	it('leave CPU and memory unknown when one run could not measure them', () => {
		const figures = stepFigures([
			{ seconds: 10, cpuSeconds: 9, peakMB: 100 },
			{ seconds: 30, cpuSeconds: 12, peakMB: undefined },
			{ seconds: 20, cpuSeconds: 11, peakMB: 300 },
		]);
		expect(figures).toMatchObject({ seconds: 20, cpuSeconds: 11, peakMB: undefined });
		expect(figures.samples).toHaveLength(3);
	});
});

describe('the order of the runs', () => {
	it('alternates A B with B A, round after round', () => {
		expect([0, 1, 2, 3].map((round) => roundOrder(2, round))).toEqual([
			[0, 1],
			[1, 0],
			[0, 1],
			[1, 0],
		]);
		expect(roundOrder(1, 1)).toEqual([0]);
	});

	it('waits for the site a build replaced to be deleted by its remover', async () => {
		const work = mkdtempSync(join(tmpdir(), 'odc-bench-previous-'));
		try {
			const outDir = join(work, 'dist');
			mkdirSync(outDir);
			const remover = startRemover()!;
			const previous = await createWorkingFolder(outDir, 'previous', remover.pid);
			for (let i = 0; i < 200; i++) {
				mkdirSync(join(previous, `d${i}`));
				for (let j = 0; j < 10; j++) writeFileSync(join(previous, `d${i}`, `${j}.html`), 'x'.repeat(1000));
			}
			expect(previousSites(outDir)).toHaveLength(1);
			remover.remove(previous);
			await previousSitesRemoved(outDir, 30_000);
			expect(previousSites(outDir)).toEqual([]);
			expect(readdirSync(work)).toEqual(['dist']);
		} finally {
			rmSync(work, { recursive: true, force: true });
		}
	});
});

describe('npm', () => {
	it('is the npm running the benchmark when there is one, under this Node', () => {
		expect(npmCommand({ npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js' })).toEqual([process.execPath, ['/usr/lib/node_modules/npm/bin/npm-cli.js']]);
		expect(npmCommand({})).toEqual(['npm', []]);
		expect(npmCommand({ npm_execpath: '/usr/lib/node_modules/npm/bin/npx-cli.js' })).toEqual(['npm', []]);
	});
});

describe('the rebuild’s change', () => {
	let dir: string | undefined;
	afterEach(() => {
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	/** Every file of the folder and its text. */
	const snapshot = (root: string) =>
		new Map(
			readdirSync(root, { recursive: true, encoding: 'utf8' })
				.filter((name) => name.endsWith('.yaml'))
				.map((name) => [name, readFileSync(join(root, name), 'utf8')]),
		);

	it('changes one dataset’s English title, differently each time, and nothing else', () => {
		dir = mkdtempSync(join(tmpdir(), 'odc-change-'));
		generateCatalogue(dir, { datasets: 12, seed: 3 });
		const before = snapshot(dir);
		const path = changeOneDataset(dir, 1);
		const afterFirst = snapshot(dir);
		const changed = [...before.keys()].filter((name) => before.get(name) !== afterFirst.get(name));
		expect(changed).toEqual([path.slice(dir.length + 1)]);
		const original = parse(before.get(changed[0]!)!);
		const edited = parse(afterFirst.get(changed[0]!)!);
		expect(edited.title).toEqual({ ...original.title, en: `${original.title.en} (edit 1)` });
		expect({ ...edited, title: original.title }).toEqual(original);
		// The schema comment at the top stays.
		expect(afterFirst.get(changed[0]!)!.split('\n')[0]).toBe(before.get(changed[0]!)!.split('\n')[0]);

		expect(changeOneDataset(dir, 2)).toBe(path);
		expect(parse(readFileSync(path, 'utf8')).title.en).toBe(`${original.title.en} (edit 2)`);
	});
});
