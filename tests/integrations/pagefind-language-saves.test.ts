import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageFolder, languageKey } from '../../src/integrations/pagefind-language-cache.ts';
import { saveLanguage, snapshotLanguage } from '../../src/integrations/pagefind-language-save.ts';
import { startSearchIndex } from '../../src/integrations/pagefind.ts';
import { restoreLanguage, searchRecord, useScratchCacheFolder } from './kept-index-fixtures.ts';

const scratch = useScratchCacheFolder('odc-pagefind-saves-');

const records = [
	searchRecord('en', 'a', 'Traffic counts'),
	searchRecord('en', 'b', 'Clinics'),
	searchRecord('fr', 'a', 'Comptages'),
	searchRecord('fr', 'b', 'Cliniques'),
];

/** Every file under `root` and its bytes, by path. */
function bundle(root: string): Map<string, string> {
	const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
	return new Map(files.map((entry) => [join(entry.parentPath, entry.name).slice(root.length), readFileSync(join(entry.parentPath, entry.name), 'base64')]));
}

/** A promise and what settles it. */
function deferred<T = void>() {
	let resolve!: (value: T) => void;
	const promise = new Promise<T>((settle) => (resolve = settle));
	return { promise, resolve };
}

const pending = <T>(promise: Promise<T>, ms = 200) =>
	Promise.race([promise.then(() => false), new Promise<boolean>((resolve) => setTimeout(() => resolve(true), ms))]);

/** A keepLanguage that says when each save starts and holds it until released, then saves for real. */
function heldSaves() {
	const started = new Map<string, ReturnType<typeof deferred<AbortSignal | undefined>>>();
	const finished: string[] = [];
	const release = deferred();
	const forLang = (lang: string) => started.get(lang) ?? started.set(lang, deferred<AbortSignal | undefined>()).get(lang)!;
	const keep: typeof saveLanguage = async (folder, key, lang, entry, snapshot, signal) => {
		forLang(lang).resolve(signal);
		await release.promise;
		await saveLanguage(folder, key, lang, entry, snapshot, signal);
		finished.push(lang);
	};
	return { keep, started: (lang: string) => forLang(lang).promise, finished, release: release.resolve };
}

describe('kept search indexes, saved alongside the next language', () => {
	it('index the next language while the previous one is being kept, and finish once every language is kept', async () => {
		const scope = join(scratch(), 'catalogue');
		const saves = heldSaves();
		const frWriting = deferred();
		let asked = 0;
		const writeAfter = async () => {
			if (++asked === 2) frWriting.resolve();
		};
		const indexing = startSearchIndex(records, { cacheFolder: scope, writeAfter, keepLanguage: saves.keep });
		indexing.write(join(scratch(), 'first'));
		await saves.started('en');
		// French is indexed, and about to be written, while English's save is still held.
		await frWriting.promise;
		expect(saves.finished).toEqual([]);
		await saves.started('fr');
		const finishing = indexing.finish(join(scratch(), 'first'));
		expect(await pending(finishing)).toBe(true);
		saves.release();
		const summary = await finishing;
		expect(saves.finished.sort()).toEqual(['en', 'fr']);
		expect(summary.keptLanguages).toEqual([]);
		// What was kept alongside is sound: both languages put back, the same bundle as indexing afresh.
		const again = await startSearchIndex(records, { cacheFolder: scope }).finish(join(scratch(), 'second'));
		expect(again.keptLanguages).toEqual(['en', 'fr']);
		const fresh = await startSearchIndex(records).finish(join(scratch(), 'fresh'));
		expect(bundle(again.outputPath)).toEqual(bundle(fresh.outputPath));
	}, 120_000);

	it('stop a save in flight when the index is closed: close waits for it, nothing is kept, nothing rejects unhandled', async () => {
		const scope = join(scratch(), 'catalogue');
		const saves = heldSaves();
		const indexing = startSearchIndex(records, { cacheFolder: scope, keepLanguage: saves.keep });
		indexing.write(join(scratch(), 'out'));
		const signal = await saves.started('en');
		const closing = indexing.close();
		expect(signal?.aborted).toBe(true);
		expect(await pending(closing)).toBe(true);
		saves.release();
		await closing;
		expect(saves.finished).toEqual(['en']);
		await expect(indexing.finish(join(scratch(), 'out'))).rejects.toThrow('The search index was closed before it was built.');
		const kept = dirname(languageFolder(scope, 'en'));
		expect(existsSync(kept) ? readdirSync(kept) : []).toEqual([]);
	}, 120_000);
});

describe('saveLanguage', () => {
	/** English alone written into `<dir>/out/pagefind`, as the first language's write leaves it. */
	async function englishBundle() {
		const english = records.filter(({ lang }) => lang === 'en');
		const { outputPath } = await startSearchIndex(english).finish(join(scratch(), 'out'));
		const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
		return { outputPath, key: languageKey('en', english)!, entry: entry.languages.en! };
	}

	it('keeps the common files as they were when the snapshot was taken, though the next language rewrites them', async () => {
		const { outputPath, key, entry } = await englishBundle();
		const before = bundle(outputPath);
		const snapshot = (await snapshotLanguage('en', outputPath))!;
		expect(snapshot.files.filter(({ bytes }) => bytes).map(({ path }) => path)).toContain('pagefind-entry.json');
		// The next language's write: the common files rewritten in place.
		writeFileSync(join(outputPath, 'pagefind.js'), 'rewritten');
		writeFileSync(join(outputPath, 'pagefind-entry.json'), '{}');
		const folder = languageFolder(join(scratch(), 'catalogue'), 'en');
		await saveLanguage(folder, key, 'en', entry, snapshot);
		const restored = join(scratch(), 'restored');
		expect(await restoreLanguage(folder, key, 'en', restored)).toEqual({ en: entry });
		const expected = new Map([...before].filter(([path]) => !/^\/(facets|sorts|first-page)\./.test(path)));
		expect(bundle(restored)).toEqual(expected);
	}, 60_000);

	it('keeps nothing when stopped, and what it kept is still checked file by file when put back', async () => {
		const { outputPath, key, entry } = await englishBundle();
		const folder = languageFolder(join(scratch(), 'catalogue'), 'en');
		const stopped = new AbortController();
		stopped.abort();
		await saveLanguage(folder, key, 'en', entry, (await snapshotLanguage('en', outputPath))!, stopped.signal);
		expect(existsSync(dirname(folder)) ? readdirSync(dirname(folder)) : []).toEqual([]);
		await saveLanguage(folder, key, 'en', entry, (await snapshotLanguage('en', outputPath))!);
		expect(readdirSync(dirname(folder))).toEqual(['en']);
		// A language's own files are linked, not copied, and their sizes kept; the common ones are files of the entry's own.
		const fragment = readdirSync(join(outputPath, 'fragment'))[0]!;
		expect(statSync(join(folder, 'files', 'fragment', fragment)).ino).toBe(statSync(join(outputPath, 'fragment', fragment)).ino);
		expect(statSync(join(folder, 'files', 'pagefind.js')).ino).not.toBe(statSync(join(outputPath, 'pagefind.js')).ino);
		const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as { own: Record<string, number> };
		expect(manifest.own[`fragment/${fragment}`]).toBe(statSync(join(outputPath, 'fragment', fragment)).size);
		// Changed in the output (to another size), they no longer match the manifest.
		writeFileSync(join(outputPath, 'fragment', fragment), 'changed after the save');
		expect(await restoreLanguage(folder, key, 'en', join(scratch(), 'restored'))).toBeUndefined();
		expect(existsSync(join(scratch(), 'restored'))).toBe(false);
	}, 60_000);

	it('is not put back into a bundle folder once the build is closed', async () => {
		const { outputPath, key, entry } = await englishBundle();
		const folder = languageFolder(join(scratch(), 'catalogue'), 'en');
		await saveLanguage(folder, key, 'en', entry, (await snapshotLanguage('en', outputPath))!);
		const closed = new AbortController();
		closed.abort();
		expect(await restoreLanguage(folder, key, 'en', join(scratch(), 'removed'), closed.signal)).toBeUndefined();
		expect(existsSync(join(scratch(), 'removed'))).toBe(false);
	}, 60_000);
});
