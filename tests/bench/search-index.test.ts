import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchIndexSeconds, searchIndexSize } from '../../scripts/bench/search-index.ts';

describe('search index figures for the benchmark', () => {
	it('reads the indexing time from the build output', () => {
		const output =
			'12:00:01 [build] ✓ Completed in 1.53s.\n12:00:02 [open-data-catalogue:pagefind] Indexed 44 en, 44 fr pages for search in 0.21s (/tmp/x/pagefind)\n';
		expect(searchIndexSeconds(output)).toBe(0.21);
		expect(searchIndexSeconds('no index here')).toBeUndefined();
	});

	it('sums the files of the bundle, and is zero without one', () => {
		const dir = mkdtempSync(join(tmpdir(), 'odc-index-size-'));
		try {
			expect(searchIndexSize(dir)).toEqual({ files: 0, bytes: 0 });
			mkdirSync(join(dir, 'pagefind/index'), { recursive: true });
			writeFileSync(join(dir, 'pagefind/pagefind.js'), 'x'.repeat(10));
			writeFileSync(join(dir, 'pagefind/index/en.pf_index'), 'y'.repeat(5));
			expect(searchIndexSize(dir)).toEqual({ files: 2, bytes: 15 });
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
