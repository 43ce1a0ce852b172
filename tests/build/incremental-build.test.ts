/**
 * The incremental build (src/lib/site/page-cache-key.ts, src/lib/build/build-cache.ts) publishes
 * exactly what a cold build publishes. A copy of the example catalogue is built once with the
 * cache; then each kind of input is changed in turn and the catalogue rebuilt with the cache, and
 * the site compared byte for byte with a cold build (`--no-cache`, its own cache folder) of a second
 * copy changed the same way. Each rebuild must also have reused pages, or the cache did nothing, and
 * a page rendered again must leave the file of the page published before it as it was (the cache
 * and the published site share files: src/lib/build/linked-page-cache.ts).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { treeDigest } from '../../scripts/bench/tree-digest.ts';
import { astroCacheFolder } from '../../src/lib/build/build-cache.ts';
import { entryPath, MIRROR_FOLDER, PAGES_FOLDER } from '../../src/lib/build/linked-page-cache.ts';
import { REPO_ROOT } from '../browser/support/build.ts';

const run = promisify(execFile);
const CATALOGUE_PARTS = ['catalogue.yaml', 'scorecard.yaml', 'datasets', 'publishers', 'requests', 'schedules', 'public'];

let work: string;
/** The catalogue built with the cache, and the one built cold after the same changes. */
let incremental: string;
let cold: string;

function copyExample(to: string): void {
	for (const part of CATALOGUE_PARTS) cpSync(join(REPO_ROOT, part), join(to, part), { recursive: true });
}

/**
 * Builds `catalogueDir` into `out`, with or without the cache; returns what the build printed, less
 * colours: Astro colours its lines where CI is set, and `(restored)` follows a page's colour codes.
 */
async function build(catalogueDir: string, out: string, options: { cache: boolean; asOf: string; env?: Record<string, string> }): Promise<string> {
	const env = {
		...process.env,
		...options.env,
		CATALOGUE_DIR: catalogueDir,
		OUT_DIR: out,
		ODC_CACHE_DIR: join(catalogueDir, '..', `cache-of-${catalogueDir.endsWith('incremental') ? 'incremental' : 'cold'}`),
		SITE_URL: 'https://example.org',
		BASE_PATH: '/',
		SOURCE_REPOSITORY: 'open-data-catalogue/open-data-catalogue',
		SOURCE_BRANCH: 'main',
		ASTRO_TELEMETRY_DISABLED: '1',
		// Every page's line in the log, which says what was put back ("(restored)").
		ODC_LOG_PAGES: '1',
	};
	const args = ['scripts/build.ts', '--as-of', options.asOf, ...(options.cache ? [] : ['--no-cache'])];
	try {
		const { stdout, stderr } = await run(process.execPath, args, { cwd: REPO_ROOT, env, maxBuffer: 256 * 1024 * 1024 });
		return stripVTControlCharacters(stdout + stderr);
	} catch (error) {
		const { stdout = '', message } = error as { stdout?: string; message: string };
		throw new Error(`Building ${catalogueDir} failed: ${message}\n${stdout.slice(-4000)}`, { cause: error });
	}
}

/** The files of two built sites that differ or exist in one only, for a readable failure. */
function differences(a: string, b: string): string[] {
	const digests = (dir: string) =>
		new Map(
			readdirSync(dir, { withFileTypes: true, recursive: true })
				.filter((entry) => entry.isFile())
				.map((entry) => {
					const path = relative(dir, join(entry.parentPath, entry.name));
					return [
						path,
						createHash('sha256')
							.update(readFileSync(join(dir, path)))
							.digest('hex'),
					] as const;
				}),
		);
	const [left, right] = [digests(a), digests(b)];
	return [...new Set([...left.keys(), ...right.keys()])].filter((path) => left.get(path) !== right.get(path)).sort();
}

/** Applies `change` to both copies, rebuilds both, and compares them. */
async function rebuildAfter(
	change: (catalogueDir: string) => void,
	asOf = '2026-11-23',
	env?: Record<string, string>,
): Promise<{ restored: number; log: string }> {
	change(incremental);
	change(cold);
	// One after the other: two Astro builds from one checkout share its .astro/ folder.
	const log = await build(incremental, join(work, 'site-incremental'), { cache: true, asOf, env });
	await build(cold, join(work, 'site-cold'), { cache: false, asOf });
	const a = treeDigest(join(work, 'site-incremental'));
	const b = treeDigest(join(work, 'site-cold'));
	if (a.digest !== b.digest) expect(differences(join(work, 'site-incremental'), join(work, 'site-cold'))).toEqual([]);
	expect(a).toEqual(b);
	return { restored: log.split('(restored)').length - 1, log };
}

/**
 * How many search records of each language the build made, of how many it indexed: the others were
 * the last build's (src/lib/search/catalogue-search-records.ts).
 */
function searchRecordsMade(log: string): Record<string, { made: number; of: number }> {
	const made = /Search records made: ([^(\n]*) \(/.exec(log)?.[1];
	const indexed = /Indexed (.*) pages for search/.exec(log)?.[1];
	if (!made || !indexed) throw new Error(`No search index lines in the build's log:\n${log.slice(-2000)}`);
	const counts = (text: string) => new Map([...text.matchAll(/(\d+) (\w+)/g)].map(([, count, lang]) => [lang!, Number(count)]));
	const of = counts(indexed);
	return Object.fromEntries([...counts(made)].map(([lang, count]) => [lang, { made: count, of: of.get(lang)! }]));
}

/** The per-dataset files (JSON-LD and editor records) the export worker wrote, from its log line. */
function datasetFiles(log: string): number {
	const match = /Wrote (\d+) data files/.exec(log);
	if (!match) throw new Error(`No export worker line in the build's log:\n${log.slice(-2000)}`);
	return Number(match[1]) - 3;
}

/** How many of them it linked from the cache, of how many. */
function keptDatasetFiles(log: string): { kept: number; of: number } {
	return { kept: Number(/, (\d+) of them kept from the last build/.exec(log)?.[1]), of: datasetFiles(log) };
}

function edit(catalogueDir: string, path: string, from: string | RegExp, to: string): void {
	const file = join(catalogueDir, path);
	const text = readFileSync(file, 'utf8');
	const changed = text.replace(from, to);
	if (changed === text) throw new Error(`${path}: "${from}" not found; the example catalogue changed, update this test`);
	writeFileSync(file, changed);
}

beforeAll(async () => {
	work = mkdtempSync(join(tmpdir(), 'odc-incremental-'));
	incremental = join(work, 'incremental');
	cold = join(work, 'cold');
	for (const dir of [incremental, cold]) {
		mkdirSync(dir);
		copyExample(dir);
	}
	// The first build fills the cache.
	await build(incremental, join(work, 'site-incremental'), { cache: true, asOf: '2026-11-23' });
}, 300_000);

afterAll(() => {
	if (work) rmSync(work, { recursive: true, force: true });
});

describe('an incremental build', () => {
	it('reuses every page when nothing changed', async () => {
		const { restored, log } = await rebuildAfter(() => {});
		expect(log).toMatch(/Indexed \d+ en \(kept from the last build\), \d+ fr \(kept from the last build\) pages for search/);
		// Over 150 pages and files of the example have a cache key (dataset pages, lists, schedules of ministries and commitments, Table Schemas).
		expect(restored).toBeGreaterThan(145);
		// Put back off the main thread (src/lib/build/deferred-restores.ts), every one before the build ended.
		expect(log).toContain(`${restored} pages kept from the last build put back`);
		// The export worker's per-dataset files: every one linked from the cache.
		expect(keptDatasetFiles(log)).toEqual({ kept: datasetFiles(log), of: datasetFiles(log) });
		// No search record made: every one the last build's.
		const { en, fr } = searchRecordsMade(log);
		expect(en!.of).toBeGreaterThan(40);
		expect([en!.made, fr!.made]).toEqual([0, 0]);
	}, 300_000);

	it('reuses every page when the build is started another way', async () => {
		// The shell sets `_` to the program it started (npm, npx, env, make): a build's code must not
		// depend on it, or every page's code differs from the last build's and none is kept.
		const { restored } = await rebuildAfter(() => {}, '2026-11-23', { _: '/usr/bin/env', ODC_SOME_SHELL_VARIABLE: 'another value' });
		expect(restored).toBeGreaterThan(145);
	}, 300_000);

	it('renders again what shows a dataset whose title changed', async () => {
		// The published page shares its file with the cache (src/lib/build/linked-page-cache.ts): held
		// by a link of its own, that file must be left as it was when the page is rendered again.
		const page = join('en', 'datasets', 'road-salt-use', 'index.html');
		// Kept under a name made from its output path (the path Astro's manifest records: '/' between folders).
		const astroCache = astroCacheFolder(incremental, { ODC_CACHE_DIR: join(work, 'cache-of-incremental') });
		const cached = entryPath(astroCache, 'en/datasets/road-salt-use/index.html');
		// In one folder, with no mirror of the output tree beside it.
		expect(readdirSync(astroCache)).toContain(PAGES_FOLDER);
		expect(readdirSync(astroCache)).not.toContain(MIRROR_FOLDER);
		expect(statSync(join(work, 'site-incremental', page)).ino).toBe(statSync(cached).ino);
		const before = readFileSync(join(work, 'site-incremental', page), 'utf8');
		linkSync(join(work, 'site-incremental', page), join(work, 'held-page.html'));
		const { restored, log } = await rebuildAfter((dir) => edit(dir, 'datasets/mto/road-salt-use.yaml', /^ {2}en: (.*)$/m, '  en: Winter $1'));
		expect(readFileSync(join(work, 'held-page.html'), 'utf8')).toBe(before);
		expect(readFileSync(join(work, 'site-incremental', page), 'utf8')).toContain('Winter Road salt use');
		expect(readFileSync(cached, 'utf8')).toBe(readFileSync(join(work, 'site-incremental', page), 'utf8'));
		expect(restored).toBeGreaterThan(110);
		// The schedule pages whose rows name the dataset (its ministry's, its commitment's) are made again; the other ministries' are kept.
		expect(log).toContain('/en/schedule/publishers/moh/index.html (restored)');
		expect(log).toContain('/en/schedule/publishers/mto/index.html');
		expect(log).not.toContain('/en/schedule/publishers/mto/index.html (restored)');
		expect(log).not.toContain('/en/schedule/commitments/open-data-charter/index.html (restored)');
		// Only the English title changed: the French search index is put back whole, the English one made again.
		expect(log).toMatch(/Indexed \d+ en, \d+ fr \(kept from the last build\) pages for search/);
		// That dataset's JSON-LD and editor record are made again, no other.
		expect(keptDatasetFiles(log)).toEqual({ kept: datasetFiles(log) - 2, of: datasetFiles(log) });
		// Its search record in each language (the same inputs' digest in both), no other.
		expect(Object.values(searchRecordsMade(log)).map(({ made }) => made)).toEqual([1, 1]);
		// English's index written again with every other page's fragment kept (pagefind-kept-fragments.ts).
		const fragments = /Fragments kept from the last index: (\d+) of (\d+) en/.exec(log);
		expect(fragments && Number(fragments[1])).toBe(searchRecordsMade(log).en!.of - 1);
	}, 300_000);

	it('renders again the previews of a data file that changed', async () => {
		await rebuildAfter((dir) => edit(dir, 'public/data/mto/permanent-counting-stations-2025.csv', 'East of Grand-Portage,', 'East of Grand-Portage village,'));
	}, 300_000);

	it('renders again every page that shows a publisher whose name changed', async () => {
		const { log } = await rebuildAfter((dir) => edit(dir, 'publishers/mto.yaml', 'Ministry of Transportation', 'Ministry of Transportation and Highways'));
		// The search records of that publisher's datasets are made again, not the others'.
		const { en } = searchRecordsMade(log);
		expect(en!.made).toBeGreaterThan(0);
		expect(en!.made).toBeLessThan(en!.of);
	}, 300_000);

	it('follows a request, a schedule row and the catalogue settings', async () => {
		await rebuildAfter((dir) => edit(dir, 'requests/highway-7-traffic-counts.yaml', 'Missing traffic counts on Highway 7', 'Missing counts on Highway 7'));
		await rebuildAfter((dir) => edit(dir, 'schedules/mto.csv', 'Updated every spring after the winter season.', 'Updated each spring.'));
		await rebuildAfter((dir) => edit(dir, 'catalogue.yaml', /^(title:\n {2}en: )(.*)$/m, '$1New $2'));
	}, 600_000);

	it('follows the as-of date and the link report', async () => {
		await rebuildAfter(() => {}, '2027-03-01');
		const brokenDownload = 'https://data.belle-riviere.example/mto/road-salt-use/road-salt-use.csv';
		const report = {
			startedAt: '2026-11-20T08:00:00Z',
			finishedAt: '2026-11-20T08:05:00Z',
			links: { [brokenDownload]: { outcome: 'not-found', status: 404, checkedAt: '2026-11-20T08:01:00Z', attempts: 1 } },
		};
		await rebuildAfter((dir) => {
			writeFileSync(join(dir, 'link-report.json'), JSON.stringify(report));
		});
	}, 600_000);

	it('renders a page whose kept copy is missing from the cache', async () => {
		const page = 'en/datasets/electricity-rates/index.html';
		const astroCache = astroCacheFolder(incremental, { ODC_CACHE_DIR: join(work, 'cache-of-incremental') });
		rmSync(entryPath(astroCache, page));
		const { restored, log } = await rebuildAfter(() => {});
		expect(log).toContain(`/${page}`);
		expect(log).not.toContain(`/${page} (restored)`);
		expect(restored).toBeGreaterThan(145);
		expect(existsSync(entryPath(astroCache, page))).toBe(true);
	}, 300_000);

	// Last: it leaves the cache broken.
	it('fails, naming the page, when a kept page cannot be put back, and leaves the site as it was', async () => {
		const page = 'en/datasets/electricity-rates/index.html';
		const astroCache = astroCacheFolder(incremental, { ODC_CACHE_DIR: join(work, 'cache-of-incremental') });
		// Listed as kept, but a folder: neither linked nor copied.
		rmSync(entryPath(astroCache, page));
		mkdirSync(entryPath(astroCache, page));
		const before = treeDigest(join(work, 'site-incremental'));
		await expect(build(incremental, join(work, 'site-incremental'), { cache: true, asOf: '2026-11-23' })).rejects.toThrow(
			/A page kept from the last build could not be put back at .*en\/datasets\/electricity-rates\/index\.html/,
		);
		expect(treeDigest(join(work, 'site-incremental'))).toEqual(before);
	}, 300_000);
});
