import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { changeOneDataset, median, npmCommand, stepFigures } from '../../scripts/bench/build-steps.ts';
import { generateCatalogue } from '../../scripts/bench/generate-catalogue.ts';

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
