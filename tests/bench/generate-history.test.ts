import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateHistory } from '../../scripts/bench/generate-history.ts';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { readHistory } from '../../src/lib/history/read-history.ts';

const dir = mkdtempSync(join(tmpdir(), 'odc-bench-history-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('generateHistory', () => {
	it('writes the commits over five years that end in a valid catalogue, with a clean work tree', async () => {
		const generated = await generateHistory(dir, { datasets: 30, commits: 120, seed: 3 });
		const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
		expect(Number(git('rev-list', '--count', 'HEAD'))).toBe(120);
		expect(git('status', '--porcelain')).toBe('');
		expect(git('log', '--reverse', '--format=%cs').split('\n')[0]).toBe('2021-07-01');
		expect(git('log', '-1', '--format=%cs')).toBe('2026-06-30');
		expect(generated.datasets).toBe(30);
		const { catalogue } = await loadCatalogue(dir, { asOf: '2026-06-30' });
		expect(catalogue?.datasets).toHaveLength(30);
		const history = await readHistory(dir);
		expect(history.state).toBe('full');
		expect([...history.entries.keys()].filter((key) => key.startsWith('dataset:'))).toHaveLength(30);
		expect([...history.entries.values()].flat().some((entry) => entry.changes.some((change) => change.type === 'access'))).toBe(true);
	}, 60_000);
});
