import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/integrations/pagefind.ts';

let dir: string | undefined;
afterEach(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
	dir = undefined;
});

/** A site folder with the given pages (path → HTML). */
function site(pages: Record<string, string>): string {
	dir = mkdtempSync(join(tmpdir(), 'odc-pagefind-'));
	for (const [path, html] of Object.entries(pages)) {
		mkdirSync(join(dir, path), { recursive: true });
		writeFileSync(join(dir, path, 'index.html'), html);
	}
	return dir;
}

describe('buildSearchIndex', () => {
	it('indexes only pages with data-pagefind-body, one index per language', async () => {
		const out = site({
			'en/datasets/a': '<html lang="en"><body><article data-pagefind-body><h1>Traffic</h1></article></body></html>',
			'fr/datasets/a': '<html lang="fr"><body><article data-pagefind-body><h1>Circulation</h1></article></body></html>',
			'en/publishers': '<html lang="en"><body><h1>Publishers</h1></body></html>',
		});
		const summary = await buildSearchIndex(out);
		expect(summary.pagesByLanguage).toEqual({ en: 1, fr: 1 });
		expect(existsSync(join(out, 'pagefind/pagefind.js'))).toBe(true);
	}, 30_000);

	it('reads dataset pages only, whatever else carries the attribute', async () => {
		const out = site({
			'en/datasets/a': '<html lang="en"><body><article data-pagefind-body><h1>Traffic</h1></article></body></html>',
			'en/datasets/page/2': '<html lang="en"><body><main data-pagefind-body><h1>Datasets, page 2</h1></main></body></html>',
			'en/docs/fields': '<html lang="en"><body><main data-pagefind-body><h1>Field reference</h1></main></body></html>',
		});
		const summary = await buildSearchIndex(out);
		expect(summary.pagesByLanguage).toEqual({ en: 1 });
	}, 30_000);
});
