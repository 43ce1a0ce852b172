/**
 * Problems reported again in a file that did not change are placed from the positions kept by the
 * last run (load/position-cache.ts), without parsing the file with positions; a changed file's
 * problems are placed afresh.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { generateCatalogue } from '../../scripts/bench/generate-catalogue.ts';
import { fileKey, openFileCache } from '../../src/lib/load/file-cache.ts';
import { locate, positionName } from '../../src/lib/load/locate.ts';
import { readMetadataFile } from '../../src/lib/load/read-metadata.ts';
import { SETTLED_MS } from '../../src/lib/load/stat-signature.ts';
import { openPositionCache } from '../../src/lib/load/position-cache.ts';
import { generationFile } from '../../src/lib/build/generation-cache.ts';
import { validateCatalogue } from '../../src/lib/validate/validate-catalogue.ts';

const work = mkdtempSync(join(tmpdir(), 'odc-position-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => vi.useRealTimers());

describe('openPositionCache', () => {
	it('gives back the positions a run kept, and keeps only those the last run used', () => {
		const folder = join(work, 'unit-cache');
		const first = openPositionCache('/catalogue', folder, 'v1');
		first.of('a')!.set('value ["title","fr"]', [4, 3]);
		first.of('b')!.set('key ["x"]', [9, 1]);
		first.save();
		const second = openPositionCache('/catalogue', folder, 'v1');
		expect(second.of('a')!.get('value ["title","fr"]')).toEqual([4, 3]);
		expect(second.of('a')!.get('value ["title","en"]')).toBeUndefined();
		second.save();
		// 'b' was not opened by the second run: gone after its save.
		expect(openPositionCache('/catalogue', folder, 'v1').of('b')!.get('key ["x"]')).toBeUndefined();
		// Another code version starts afresh.
		expect(openPositionCache('/catalogue', folder, 'v2').of('a')!.get('value ["title","fr"]')).toBeUndefined();
	});

	it('keeps nothing without a key, and refuses what is not a position', () => {
		const cache = openPositionCache('/catalogue', join(work, 'unit-refusals'), 'v1');
		expect(cache.of('')).toBeUndefined();
		const known = cache.of('a')!;
		known.set('value []', [0, 1]);
		known.set('value [1]', [1.5, 2]);
		known.set(`value ${'x'.repeat(5000)}`, [1, 1]);
		expect([known.get('value []'), known.get('value [1]'), known.get(`value ${'x'.repeat(5000)}`)]).toEqual([undefined, undefined, undefined]);
	});

	it('ignores damaged entries', () => {
		const folder = join(work, 'unit-damaged');
		const cache = openPositionCache('/catalogue', folder, 'v1');
		cache.of('a')!.set('value ["title"]', [2, 1]);
		cache.of('b')!.set('value ["title"]', [3, 1]);
		cache.save();
		const file = generationFile('load-positions', '/catalogue', folder);
		const kept = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, unknown> };
		kept.entries.a = { 'value ["title"]': ['2', 1] };
		kept.entries.b = { 'value ["title"]': [3, 1], 'value ["other"]': [-1, 1] };
		writeFileSync(file, JSON.stringify(kept));
		const reopened = openPositionCache('/catalogue', folder, 'v1');
		expect(reopened.of('a')!.get('value ["title"]')).toBeUndefined();
		expect(reopened.of('b')!.get('value ["title"]')).toBeUndefined();
	});
});

describe('npm run validate with kept positions', () => {
	const root = join(work, 'catalogue');
	const cacheFolder = join(work, 'cache');
	generateCatalogue(root, { datasets: 12, seed: 7 });
	const files = readdirSync(join(root, 'datasets'), { recursive: true })
		.map(String)
		.filter((file) => file.endsWith('.yaml'))
		.sort()
		.map((file) => `datasets/${file}`);
	// Three datasets lose their French title: a missing translation, reported on every run.
	const untranslated = files.slice(0, 3);
	for (const file of untranslated) {
		const path = join(root, file);
		writeFileSync(path, readFileSync(path, 'utf8').replace(/^(title:\n {2}en: .*\n) {2}fr: .*\n/m, '$1'));
	}
	// Another loses its keywords: a DCAT-AP recommendation, placed by dcat-checks.ts.
	const unkeyworded = files[5]!;
	writeFileSync(join(root, unkeyworded), readFileSync(join(root, unkeyworded), 'utf8').replace(/^keywords:\n(?: {2}.*\n)+/m, ''));
	const report = async (cache = true) => {
		const { diagnostics } = await validateCatalogue(root, { asOf: '2026-06-01', cache, cacheFolder });
		return diagnostics.filter((diagnostic) => untranslated.includes(diagnostic.file) && diagnostic.field === 'title.fr');
	};
	const recommendations = async () => {
		const { diagnostics } = await validateCatalogue(root, { asOf: '2026-06-01', cacheFolder });
		return diagnostics.filter((diagnostic) => diagnostic.file === unkeyworded && diagnostic.code === 'dcat-ap.recommended');
	};

	it('reports a problem where a run without the cache reports it, the first time and the next', async () => {
		const fresh = await report(false);
		expect(fresh.map((diagnostic) => diagnostic.file)).toEqual(untranslated);
		expect(fresh.map(({ line, column }) => [line, column])).toEqual([
			[4, 3],
			[4, 3],
			[4, 3],
		]);
		expect(await report()).toEqual(fresh);
		expect(await report()).toEqual(fresh);
	});

	it('takes the kept position of an unchanged file, and places a changed file’s problem afresh', async () => {
		await report();
		const [first, second] = untranslated as [string, string];
		// A kept position no parse would give shows the kept ones are used as they are (the missing translation is placed at `title`).
		const cache = openPositionCache(root, cacheFolder);
		for (const file of [first, second]) cache.of(fileKey('dataset', readFileSync(join(root, file), 'utf8')))!.set(positionName(['title'], false), [40, 7]);
		cache.save();
		// The second file changes (a comment line on top): its key is new, its problem placed afresh.
		writeFileSync(join(root, second), `# edited\n${readFileSync(join(root, second), 'utf8')}`);
		const placed = await report();
		expect(placed.map(({ file, line, column }) => [file, line, column])).toEqual([
			[first, 40, 7],
			[second, 5, 3],
			[untranslated[2], 4, 3],
		]);
	});

	it('places a DCAT-AP recommendation from the kept position too', async () => {
		const [found] = await recommendations();
		expect(found).toMatchObject({ file: unkeyworded, field: 'keywords' });
		const cache = openPositionCache(root, cacheFolder);
		cache.of(fileKey('dataset', readFileSync(join(root, unkeyworded), 'utf8')))!.set(positionName(['keywords'], false), [41, 9]);
		cache.save();
		expect((await recommendations()).map(({ line, column }) => [line, column])).toEqual([[41, 9]]);
	});
});

describe('a file changed after it was looked at', () => {
	it('has its problem placed at its start, and that place is not kept for the text it had', () => {
		const root = join(work, 'moved');
		generateCatalogue(root, { datasets: 4, seed: 9 });
		const [file] = readdirSync(join(root, 'datasets'), { recursive: true })
			.map(String)
			.filter((path) => path.endsWith('.yaml'))
			.map((path) => `datasets/${path}`);
		const cacheFolder = join(work, 'cache-moved');
		const text = readFileSync(join(root, file!), 'utf8');
		// Left alone for a while: a read then trusts its lstat, and the next one does not open it.
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(Date.now() + 10 * SETTLED_MS);
		const files = openFileCache(root, cacheFolder);
		readMetadataFile(root, file!, 'dataset', [], files)!.remember?.();
		files.save();
		const positions = openPositionCache(root, cacheFolder);
		const again = readMetadataFile(root, file!, 'dataset', [], openFileCache(root, cacheFolder), positions)!;
		expect(again.unread).toBe(true);
		writeFileSync(join(root, file!), `# moved\n${text}`);
		expect(locate(again.parsed, ['title'])).toEqual({ line: 1, column: 1 });
		expect(positions.of(fileKey('dataset', text))!.get(positionName(['title'], false))).toBeUndefined();
	});
});
