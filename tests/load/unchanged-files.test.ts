/**
 * Files left alone since the last run are not read (load/stat-signature.ts, load/file-cache.ts,
 * load/read-metadata.ts): their `lstat` says they are unchanged, so their kept data is used as it
 * is. A file written since, even to the same size with its modification time put back, is read, and
 * a problem found in an unread file is located as in a run without the cache.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { generateCatalogue } from '../../scripts/bench/generate-catalogue.ts';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { discoverSources } from '../../src/lib/load/discover.ts';
import { openFileCache } from '../../src/lib/load/file-cache.ts';
import { readMetadataFile } from '../../src/lib/load/read-metadata.ts';
import { SETTLED_MS, statSignature } from '../../src/lib/load/stat-signature.ts';
import { validateCatalogue } from '../../src/lib/validate/validate-catalogue.ts';

const work = mkdtempSync(join(tmpdir(), 'odc-unchanged-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => vi.useRealTimers());

/** Runs the clock `ms` ahead, so that files written until now count as left alone. */
function later(ms = 10 * SETTLED_MS) {
	vi.useFakeTimers({ toFake: ['Date'] });
	vi.setSystemTime(Date.now() + ms);
}

function catalogue(name: string): { root: string; datasets: string[] } {
	const root = join(work, name);
	generateCatalogue(root, { datasets: 24, seed: 3, scheduleRows: 10 });
	const datasets = readdirSync(join(root, 'datasets'), { recursive: true })
		.map(String)
		.filter((file) => file.endsWith('.yaml'))
		.sort()
		.map((file) => `datasets/${file}`);
	return { root, datasets };
}

/** The metadata files a load with the cache in `cacheFolder` opened (schedules are not metadata files). */
async function filesRead(root: string, cacheFolder: string): Promise<string[]> {
	const { unreadFiles } = await loadCatalogue(root, { asOf: '2026-06-01', cacheFolder });
	const metadata = discoverSources(root).files.filter((file) => file.kind !== 'schedule');
	return metadata.map((file) => file.path).filter((path) => !unreadFiles?.has(path));
}

async function report(root: string, cacheFolder?: string) {
	const { catalogue, diagnostics, fileCount } = await validateCatalogue(root, { asOf: '2026-06-01', cache: cacheFolder !== undefined, cacheFolder });
	return { text: JSON.stringify({ diagnostics, fileCount }), titles: catalogue?.datasets.map((dataset) => dataset.title) };
}

describe('statSignature', () => {
	const stats = statSync(import.meta.filename, { bigint: true });
	const changed = Number(stats.ctimeNs > stats.mtimeNs ? stats.ctimeNs : stats.mtimeNs) / 1e6;

	it('names a file left alone for a while by its device, inode, size and times', () => {
		expect(statSignature(stats, changed + SETTLED_MS + 1)).toBe(`${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`);
	});

	it('gives nothing for a file changed too recently to be told apart by its times', () => {
		expect(statSignature(stats, changed + SETTLED_MS - 1)).toBeUndefined();
		expect(statSignature(stats, changed)).toBeUndefined();
		// A file dated in the future (a clock set back) is never trusted by its times.
		expect(statSignature(stats, changed - 60_000)).toBeUndefined();
	});
});

describe('files unchanged since the last run', () => {
	it('are not read again, and the report is the same as without the cache', async () => {
		const { root } = catalogue('unread');
		const cache = join(work, 'cache-unread');
		const uncached = await report(root);
		later();
		await report(root, cache);
		expect(await report(root, cache)).toEqual(uncached);
		expect(await filesRead(root, cache)).toEqual([]);
	});

	it('are read again once written, even to the same size with the old modification time put back', async () => {
		const { root, datasets } = catalogue('same-size');
		const cache = join(work, 'cache-same-size');
		const file = join(root, datasets[2]!);
		// A whole second, so that it can be put back exactly.
		utimesSync(file, 1_700_000_000, 1_700_000_000);
		later();
		await report(root, cache);
		vi.useRealTimers();
		const before = statSync(file, { bigint: true });
		const text = readFileSync(file, 'utf8');
		const title = /^ {2}en: (.+)$/m.exec(text)![1]!;
		const retitled = `${title.slice(0, -1)}${title.endsWith('Z') ? 'Y' : 'Z'}`;
		writeFileSync(file, text.replace(title, retitled));
		utimesSync(file, 1_700_000_000, 1_700_000_000);
		expect(statSync(file, { bigint: true })).toMatchObject({ size: before.size, mtimeNs: before.mtimeNs, ino: before.ino });

		later();
		expect(await filesRead(root, cache)).toEqual([datasets[2]]);
		const warm = await report(root, cache);
		expect(warm.titles?.map((t) => t.en)).toContain(retitled);
		expect(warm).toEqual(await report(root));
	});

	it('are read while they may still be changing (written in the last two seconds)', async () => {
		const { root } = catalogue('recent');
		const cache = join(work, 'cache-recent');
		const cold = await filesRead(root, cache);
		expect(cold.length).toBeGreaterThan(24);
		// Nothing was left alone long enough to be trusted unread.
		expect(await filesRead(root, cache)).toEqual(cold);
	});

	it('have a problem found in them later located as when they are read', async () => {
		const { root, datasets } = catalogue('located');
		const cache = join(work, 'cache-located');
		later();
		await report(root, cache);
		vi.useRealTimers();
		// The publisher of the unchanged datasets goes: their `publisher` fields now point nowhere.
		const [folder] = datasets[0]!.split('/').slice(1);
		rmSync(join(root, 'publishers', `${folder}.yaml`));
		later();
		const uncached = await report(root);
		// Opened only to place the problem: not read to load it.
		expect(await filesRead(root, cache)).toEqual([]);
		const warm = await report(root, cache);
		expect(warm.text).toBe(uncached.text);
		const dangling = JSON.parse(uncached.text).diagnostics.filter((d: { file: string; field: string }) => d.file === datasets[0] && d.field === 'publisher');
		expect(dangling).toHaveLength(1);
		expect(dangling[0].line).toBeGreaterThan(1);
	});

	it('are read every time when reading them warns (a byte-order mark)', async () => {
		const { root, datasets } = catalogue('bom');
		const cache = join(work, 'cache-bom');
		const file = join(root, datasets[1]!);
		writeFileSync(file, `\uFEFF${readFileSync(file, 'utf8')}`);
		later();
		await report(root, cache);
		expect(await filesRead(root, cache)).toEqual([datasets[1]]);
		const warm = await report(root, cache);
		expect(warm.text).toContain('file.bom');
		expect(warm).toEqual(await report(root));
	});

	it('are read when the kept signatures are damaged, never trusted', async () => {
		const { root } = catalogue('damaged');
		const cache = join(work, 'cache-damaged');
		later();
		const uncached = await report(root);
		await report(root, cache);
		const [name] = readdirSync(join(cache, 'load-signatures'));
		const path = join(cache, 'load-signatures', name!);
		const kept = JSON.parse(readFileSync(path, 'utf8'));
		const keys = Object.keys(kept.entries);
		expect(keys.length).toBeGreaterThan(20);
		// Another file's key under each path, then entries of the wrong shape.
		for (const key of keys) kept.entries[key] = { signature: 'x', key: 'y' };
		writeFileSync(path, JSON.stringify(kept));
		expect(await filesRead(root, cache)).toHaveLength(keys.length);
		writeFileSync(path, JSON.stringify(kept));
		expect(await report(root, cache)).toEqual(uncached);
	});

	it('give a problem in a file changed after it was looked at a place at its start', () => {
		const { root, datasets } = catalogue('moved');
		const cache = join(work, 'cache-moved');
		later();
		const files = openFileCache(root, cache);
		const first = readMetadataFile(root, datasets[0]!, 'dataset', [], files)!;
		first.remember?.();
		files.save();
		const again = readMetadataFile(root, datasets[0]!, 'dataset', [], openFileCache(root, cache))!;
		expect(again.known).toBe(true);
		writeFileSync(join(root, datasets[0]!), `# moved\n${readFileSync(join(root, datasets[0]!), 'utf8')}`);
		expect(again.parsed.document.contents).toBeNull();
		expect(again.parsed.lineCounter.linePos(0)).toEqual({ line: 1, col: 1 });
	});
});
