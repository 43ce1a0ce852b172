/**
 * Files parsed ahead on a worker thread (load/parse-ahead.ts): the load reports the same problems and
 * builds the same model as when it reads every file itself, takes the worker's sound files as
 * unchanged ones, and leaves them in the cache as it would have.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../scripts/bench/generate-catalogue.ts';
import { loadCatalogue, type LoadResult } from '../../src/lib/catalogue.ts';
import { discoverSources } from '../../src/lib/load/discover.ts';
import { NO_FILE_CACHE, openFileCache } from '../../src/lib/load/file-cache.ts';
import { PARSE_AHEAD_MINIMUM, startParseAhead, withParsedAhead } from '../../src/lib/load/parse-ahead.ts';
import { SETTLED_MS } from '../../src/lib/load/stat-signature.ts';

const work = mkdtempSync(join(tmpdir(), 'odc-parse-ahead-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The dataset files of the catalogue at `root`, in the load's order. */
function datasetFiles(root: string): string[] {
	return readdirSync(join(root, 'datasets'), { recursive: true })
		.map(String)
		.filter((file) => file.endsWith('.yaml'))
		.sort()
		.map((file) => `datasets/${file}`);
}

/** What a report and a model say, comparable. */
const outcome = ({ diagnostics, catalogue }: LoadResult) => ({ diagnostics, datasets: JSON.stringify(catalogue?.datasets ?? null) });

describe('withParsedAhead', () => {
	it('finds a file parsed ahead by its signature only, and keeps it in the cache as the load would have', () => {
		const files = openFileCache(work, join(work, 'cache-overlay'), 'test-version');
		const data = { identifier: 'x', title: { en: 'X' } };
		const overlay = withParsedAhead(files, [{ kind: 'dataset', path: 'datasets/p/x.yaml', signature: 'sig-1', key: 'key-1', data }]);
		expect(overlay.unchangedKey('dataset', 'datasets/p/x.yaml', 'sig-2')).toBeUndefined();
		expect(overlay.unchangedKey('publisher', 'datasets/p/x.yaml', 'sig-1')).toBeUndefined();
		expect(files.soundData('key-1')).toBeUndefined();
		expect(overlay.unchangedKey('dataset', 'datasets/p/x.yaml', 'sig-1')).toBe('key-1');
		expect(overlay.soundData('key-1')).toEqual(data);
		// Kept as a file found sound in this run is.
		expect(files.soundData('key-1')).toEqual(data);
		expect(files.unchangedKey('dataset', 'datasets/p/x.yaml', 'sig-1')).toBe('key-1');
	});
});

describe('startParseAhead', () => {
	it('starts no thread for fewer files than the minimum, nor for files the cache knows', () => {
		const sources = [{ kind: 'dataset', path: 'datasets/p/a.yaml' }];
		expect(startParseAhead(work, sources, NO_FILE_CACHE)).toBeUndefined();
		expect(PARSE_AHEAD_MINIMUM).toBeGreaterThan(1);
		const knowing = { ...NO_FILE_CACHE, knowsPath: () => true };
		expect(startParseAhead(work, sources, knowing, 1)).toBeUndefined();
	});
});

describe('loadCatalogue with parseAhead', () => {
	const root = join(work, 'catalogue');
	let datasets: string[] = [];
	let broken: string[] = [];
	let alone: LoadResult;
	/** The metadata files in the load's order, as the load gives them to the worker. */
	const sources = () => discoverSources(root).files.filter((file) => file.kind !== 'schedule');
	/** A parse ahead the worker has finished alone: it claimed every file. */
	const finishedAhead = async (files = NO_FILE_CACHE) => {
		const ahead = startParseAhead(root, sources(), files, 1)!;
		expect(ahead).toBeDefined();
		await ahead.parsed;
		return ahead;
	};

	beforeAll(async () => {
		generateCatalogue(root, { datasets: 400, seed: 5 });
		datasets = datasetFiles(root);
		// Near the end (where the worker starts) and near the start: a syntax error, a field the
		// schema does not allow, a character that is not safe to show.
		broken = [datasets.at(-3)!, datasets.at(-40)!, datasets.at(-200)!, datasets[10]!];
		writeFileSync(join(root, broken[0]!), `${readFileSync(join(root, broken[0]!), 'utf8')}\nidentifier: [unclosed\n`);
		writeFileSync(join(root, broken[1]!), `${readFileSync(join(root, broken[1]!), 'utf8')}\nnot_a_field: 1\n`);
		writeFileSync(join(root, broken[2]!), readFileSync(join(root, broken[2]!), 'utf8').replace(/^title:\n {2}en: /m, '$&\u202E'));
		writeFileSync(join(root, broken[3]!), `${readFileSync(join(root, broken[3]!), 'utf8')}\nnot_a_field: 1\n`);
		// Files are taken by their signature only once left alone a while (stat-signature.ts).
		await new Promise((resolve) => setTimeout(resolve, SETTLED_MS + 200));
		alone = await loadCatalogue(root, { asOf: '2026-06-01', cache: false });
		expect(alone.unreadFiles?.size).toBe(0);
		for (const file of broken) expect(alone.diagnostics.some((d) => d.file === file && d.severity === 'error')).toBe(true);
	}, 60_000);

	it('reports the same problems and builds the same model when the load and the worker share the files', async () => {
		const ahead = await loadCatalogue(root, { asOf: '2026-06-01', cache: false, parseAhead: startParseAhead(root, sources(), NO_FILE_CACHE, 1) });
		expect(outcome(ahead)).toEqual(outcome(alone));
	});

	it('starts no worker for fewer files than the minimum', async () => {
		expect(sources().length).toBeLessThan(PARSE_AHEAD_MINIMUM);
		const ahead = await loadCatalogue(root, { asOf: '2026-06-01', cache: false, parseAhead: true });
		expect(outcome(ahead)).toEqual(outcome(alone));
		expect(ahead.unreadFiles?.size).toBe(0);
	});

	it('takes every sound file the worker read as unread, and reads and reports the broken ones itself', async () => {
		const ahead = await loadCatalogue(root, { asOf: '2026-06-01', cache: false, parseAhead: await finishedAhead() });
		expect(outcome(ahead)).toEqual(outcome(alone));
		expect(ahead.unreadFiles!.size).toBe(sources().length - broken.length);
		for (const file of broken) expect(ahead.unreadFiles!.has(file)).toBe(false);
	});

	it('leaves the worker nothing once the load has claimed every file', async () => {
		const ahead = startParseAhead(root, sources(), NO_FILE_CACHE, 1)!;
		for (const { path } of sources()) expect(ahead.claim(path)).toBe(true);
		expect(await ahead.parsed).toEqual([]);
	});

	it('keeps the files the worker read in the cache, as if the load had read them', async () => {
		const cacheFolder = join(work, 'cache-load');
		const cold = await loadCatalogue(root, { asOf: '2026-06-01', cacheFolder, parseAhead: await finishedAhead(openFileCache(root, cacheFolder)) });
		expect(outcome(cold)).toEqual(outcome(alone));
		const warm = await loadCatalogue(root, { asOf: '2026-06-01', cacheFolder });
		expect(outcome(warm)).toEqual(outcome(alone));
		expect(warm.unreadFiles!.size).toBe(sources().length - broken.length);
	});
});
