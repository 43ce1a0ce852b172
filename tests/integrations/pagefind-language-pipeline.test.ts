import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startSearchIndex } from '../../src/integrations/pagefind.ts';
import type { SearchRecord } from '../../src/lib/search/search-record.ts';
import { bundle, searchRecord, useScratchCacheFolder } from './kept-index-fixtures.ts';

const scratch = useScratchCacheFolder('odc-pagefind-pipeline-');

const french = [searchRecord('fr', 'a', 'Comptages'), searchRecord('fr', 'b', 'Cliniques')];
const english = (title: string) => [searchRecord('en', 'a', title), searchRecord('en', 'b', 'Clinics')];

/** A writeAfter held at its first call (the first language about to be written) until released. */
function heldFirstWrite() {
	let release!: () => void;
	const gate = new Promise<void>((resolve) => (release = resolve));
	let reached!: () => void;
	const first = new Promise<void>((resolve) => (reached = resolve));
	let asked = 0;
	const writeAfter = () => (++asked === 1 ? (reached(), gate) : Promise.resolve());
	return { writeAfter, first, release };
}

const frenchOwnFiles = (bundleFolder: string) =>
	existsSync(join(bundleFolder, 'fragment')) ? readdirSync(join(bundleFolder, 'fragment')).filter((name) => name.startsWith('fr_')) : [];

describe('the search index languages, each prepared while the previous one has its turn', () => {
	it("make the next language's records once the previous one's are in Pagefind's hands, while it waits to be written", async () => {
		const pulled: string[] = [];
		function* records(): Generator<SearchRecord> {
			for (const record of [...english('Traffic counts'), ...french]) {
				pulled.push(record.url);
				yield record;
			}
		}
		const held = heldFirstWrite();
		const indexing = startSearchIndex(records(), { writeAfter: held.writeAfter });
		indexing.write(join(scratch(), 'out'));
		await held.first;
		// English is indexed and not yet written: French's records are made meanwhile.
		await expect.poll(() => pulled, { timeout: 10_000 }).toEqual([...english('Traffic counts'), ...french].map(({ url }) => url));
		expect(existsSync(join(scratch(), 'out', 'pagefind'))).toBe(false);
		held.release();
		expect((await indexing.finish(join(scratch(), 'out'))).pagesByLanguage).toEqual({ en: 2, fr: 2 });
	}, 60_000);

	it('put a kept language back beside the previous language’s indexing, its common files after that language’s write: the same bundle', async () => {
		const scope = join(scratch(), 'catalogue');
		await startSearchIndex([...english('Traffic counts'), ...french], { cacheFolder: scope }).finish(join(scratch(), 'first'));
		const changed = [...english('Traffic volumes'), ...french];
		const held = heldFirstWrite();
		const indexing = startSearchIndex(changed, { cacheFolder: scope, writeAfter: held.writeAfter });
		const out = join(scratch(), 'second');
		indexing.write(out);
		await held.first;
		// While English waits to be written, French's own files are already back, and no common file is.
		await expect.poll(() => frenchOwnFiles(join(out, 'pagefind')).length, { timeout: 10_000 }).toBe(2);
		expect(existsSync(join(out, 'pagefind', 'pagefind-entry.json'))).toBe(false);
		held.release();
		const summary = await indexing.finish(out);
		expect(summary.keptLanguages).toEqual(['fr']);
		const fresh = await startSearchIndex(changed).finish(join(scratch(), 'fresh'));
		expect(bundle(summary.outputPath)).toEqual(bundle(fresh.outputPath));
	}, 120_000);

	it('write nothing more of a kept language once the index is closed', async () => {
		const scope = join(scratch(), 'catalogue');
		await startSearchIndex([...english('Traffic counts'), ...french], { cacheFolder: scope }).finish(join(scratch(), 'first'));
		const held = heldFirstWrite();
		const indexing = startSearchIndex([...english('Traffic volumes'), ...french], { cacheFolder: scope, writeAfter: held.writeAfter });
		const out = join(scratch(), 'second');
		indexing.write(out);
		await held.first;
		await indexing.close();
		const after = existsSync(join(out, 'pagefind')) ? bundle(join(out, 'pagefind')) : new Map();
		held.release();
		await expect(indexing.finish(out)).rejects.toThrow('The search index was closed before it was built.');
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(existsSync(join(out, 'pagefind')) ? bundle(join(out, 'pagefind')) : new Map()).toEqual(after);
		expect(existsSync(join(out, 'pagefind', 'pagefind-entry.json'))).toBe(false);
	}, 120_000);
});
