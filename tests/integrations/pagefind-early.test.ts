import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeEarlySearchIndex, startEarlySearchIndex, takeEarlySearchIndex } from '../../src/integrations/pagefind-early.ts';
import pagefindIntegration, { catalogueSearchRecords, startSearchIndex } from '../../src/integrations/pagefind.ts';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import type { Catalogue } from '../../src/lib/model/catalogue.ts';
import { resolveAsOf } from '../../src/lib/schedules/as-of.ts';
import { catalogueRoot, handOverCatalogue } from '../../src/lib/site/catalogue-store.ts';

let catalogue: Catalogue;
beforeAll(async () => {
	// The repository's own example catalogue, as `npm run build` hands it over.
	catalogue = (await loadCatalogue(catalogueRoot(), { asOf: resolveAsOf(undefined) })).catalogue!;
	handOverCatalogue(catalogueRoot(), resolveAsOf(undefined), catalogue);
});

let dirs: string[] = [];
afterEach(async () => {
	await closeEarlySearchIndex();
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
	dirs = [];
});
const scratch = () => {
	const dir = mkdtempSync(join(tmpdir(), 'odc-pagefind-early-'));
	dirs.push(dir);
	return dir;
};

/** Every file under `root` and its bytes, by path. */
function bundle(root: string): Map<string, string> {
	const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
	return new Map(files.map((entry) => [join(entry.parentPath, entry.name).slice(root.length), readFileSync(join(entry.parentPath, entry.name), 'base64')]));
}

/**
 * The integration's build hooks run as Astro runs them, with a logger that keeps its lines;
 * `whilePages` runs between astro:build:setup and astro:build:done, while Astro would make the pages.
 */
async function integrationBuild(outDir: string, whilePages?: () => Promise<void>) {
	const { hooks } = pagefindIntegration();
	const lines: string[] = [];
	const logger = { info: (line: string) => lines.push(line), warn: (line: string) => lines.push(line) };
	const call = (hook: keyof typeof hooks, options: object) => (hooks[hook] as (options: object) => unknown)(options);
	await call('astro:config:done', { config: { outDir: pathToFileURL(`${outDir}/`) } });
	await call('astro:build:start', {});
	await call('astro:build:setup', { logger });
	await whilePages?.();
	await call('astro:build:done', { dir: pathToFileURL(`${outDir}/`), logger });
	return lines;
}

describe('the search index started by npm run build before Astro', () => {
	it('is taken up by the integration when its pages get the same catalogue, and writes the same bundle', async () => {
		const early = startEarlySearchIndex(catalogue);
		let waited = 0;
		expect(await takeEarlySearchIndex(async () => waited++)).toBe(early);
		const out = scratch();
		const summary = await early.finish(out);
		expect(waited).toBe(2);
		const fresh = await startSearchIndex(catalogueSearchRecords(catalogue)).finish(scratch());
		expect(summary.pagesByLanguage).toEqual(fresh.pagesByLanguage);
		expect(bundle(summary.outputPath)).toEqual(bundle(fresh.outputPath));
		// Taken once: a second build of the process starts its own.
		expect(await takeEarlySearchIndex(async () => {})).toBeUndefined();
	}, 60_000);

	it('is used by the integration’s build hooks, which write it into the output folder', async () => {
		startEarlySearchIndex(catalogue);
		const out = scratch();
		const lines = await integrationBuild(out);
		const datasets = catalogue.datasets.length;
		expect(lines.find((line) => line.startsWith('Indexed'))).toContain(`Indexed ${datasets} en, ${datasets} fr pages for search`);
		expect(existsSync(join(out, 'pagefind', 'pagefind-entry.json'))).toBe(true);
	}, 60_000);

	it('writes both languages beside the pages, collecting the garbage before the second (writes-beside-pages.ts)', async () => {
		startEarlySearchIndex(catalogue);
		const out = scratch();
		const entry = join(out, 'pagefind', 'pagefind-entry.json');
		// Read while Pagefind may be writing it: a file not there yet, or not whole yet, lists nothing.
		const written = () => {
			try {
				return Object.keys((JSON.parse(readFileSync(entry, 'utf8')) as { languages: object }).languages);
			} catch {
				return [];
			}
		};
		let besidePages: string[] = [];
		const lines = await integrationBuild(out, async () => {
			// French's write, ~0.2 s for this catalogue, no longer waits for the pages to be done.
			for (const started = Date.now(); written().length < 2 && Date.now() - started < 30_000;) await new Promise((resolve) => setTimeout(resolve, 50));
			besidePages = written();
		});
		expect(besidePages).toEqual(['en', 'fr']);
		expect(lines.find((line) => line.includes("before a second language's index was written beside the pages"))).toMatch(
			/^Gave back -?\d+ MB of the build's memory \(\d+ MB left\) in \d+\.\d\ds before a second language's index/,
		);
		expect(lines.some((line) => line.startsWith("A second language's index waited"))).toBe(false);
	}, 60_000);

	it('is closed, not taken up, when the pages get another catalogue', async () => {
		const early = startEarlySearchIndex({ ...catalogue });
		expect(await takeEarlySearchIndex(async () => {})).toBeUndefined();
		await expect(early.finish(scratch())).rejects.toThrow('The search index was closed before it was built.');
	}, 60_000);

	it('writes nothing once a build that failed during the early start has closed it', async () => {
		const early = startEarlySearchIndex(catalogue);
		await new Promise((resolve) => setTimeout(resolve, 50));
		await closeEarlySearchIndex();
		const out = scratch();
		await expect(early.finish(out)).rejects.toThrow('The search index was closed before it was built.');
		expect(existsSync(join(out, 'pagefind'))).toBe(false);
		expect(await takeEarlySearchIndex(async () => {})).toBeUndefined();
	}, 60_000);
});
