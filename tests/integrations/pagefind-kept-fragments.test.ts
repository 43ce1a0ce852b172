import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageInput, placedToRemove } from '../../src/integrations/pagefind-kept-fragments.ts';
import { languageFolder, MANIFEST, type Manifest } from '../../src/integrations/pagefind-language-cache.ts';
import { startSearchIndex } from '../../src/integrations/pagefind.ts';
import { bundle, searchRecord, useScratchCacheFolder } from './kept-index-fixtures.ts';

const scratch = useScratchCacheFolder('odc-kept-fragments-');

const english = (second: string, ids = ['a', 'b', 'c']) => ids.map((id) => searchRecord('en', id, id === 'b' ? second : `Page ${id} of road counts`));

/** The fragment file of the page at `position` in a written bundle (short ids end with the position in base 36). */
const fragmentAt = (bundleFolder: string, position: number) => {
	const name = readdirSync(join(bundleFolder, 'fragment')).find((file) => file.endsWith(`_${position.toString(36)}.pf_fragment`));
	return join(bundleFolder, 'fragment', name!);
};

/** Indexes `records` with the cache folder of `scope`, into `out`. */
const indexed = (records: ReturnType<typeof english>, scope: string, out: string) => startSearchIndex(records, { cacheFolder: scope }).finish(out);

/** The bundle a fresh index of `records` gives, without any cache folder. */
const freshBundle = async (records: ReturnType<typeof english>) => bundle((await startSearchIndex(records).finish(join(scratch(), 'fresh'))).outputPath);

describe('fragments kept from a language’s last index', () => {
	it('are linked where Pagefind would write them, and the bundle is the one a fresh index gives', async () => {
		const scope = join(scratch(), 'catalogue');
		const first = await indexed(english('Traffic counts'), scope, join(scratch(), 'first'));
		const second = await indexed(english('Traffic volumes'), scope, join(scratch(), 'second'));
		expect(second.fragmentsKept?.get('en')).toEqual({ kept: 2, pages: 3 });
		// Not written again: the first build's file, shared through the cache.
		expect(statSync(fragmentAt(second.outputPath, 0)).ino).toBe(statSync(fragmentAt(first.outputPath, 0)).ino);
		expect(statSync(fragmentAt(second.outputPath, 1)).ino).not.toBe(statSync(fragmentAt(first.outputPath, 1)).ino);
		expect(bundle(second.outputPath)).toEqual(await freshBundle(english('Traffic volumes')));
	}, 120_000);

	it('are written again by Pagefind when a kept file stands for another page than the one its name is now given to', async () => {
		const scope = join(scratch(), 'catalogue');
		await indexed(english('Traffic counts'), scope, join(scratch(), 'first'));
		// As after a collision of two fragments' short hashes in the last build: the name Pagefind now gives
		// page a held page c's fragment then.
		const manifestPath = join(languageFolder(scope, 'en'), MANIFEST);
		const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
		const [a, , c] = manifest.pages!;
		manifest.pages![0] = [a![0], c![1], c![2], c![3]];
		writeFileSync(manifestPath, JSON.stringify(manifest));
		const second = await indexed(english('Traffic volumes'), scope, join(scratch(), 'second'));
		// Page c's kept as it was; page a's written again, its name having stood for page c; page b's new.
		expect(second.fragmentsKept?.get('en')).toEqual({ kept: 1, pages: 3 });
		expect(bundle(second.outputPath)).toEqual(await freshBundle(english('Traffic volumes')));
	}, 120_000);

	it('are removed from the bundle when they stand for no page of the index', async () => {
		const scope = join(scratch(), 'catalogue');
		await indexed(english('Traffic counts'), scope, join(scratch(), 'first'));
		const second = await indexed(english('Traffic counts', ['a', 'b']), scope, join(scratch(), 'second'));
		expect(second.fragmentsKept?.get('en')).toEqual({ kept: 2, pages: 2 });
		expect(bundle(second.outputPath)).toEqual(await freshBundle(english('Traffic counts', ['a', 'b'])));
	}, 120_000);
});

describe('placedToRemove', () => {
	const [a, b] = english('Traffic counts').map(pageInput);
	const placed = new Map([
		['en_aaaaaaa', a!],
		['en_bbbbbbb', b!],
	]);

	it('keeps a placed fragment whose name is given to the page it was made from', () => {
		expect(placedToRemove(placed, ['en_aaaaaaa', 'en_bbbbbbb'], [a!, b!])).toEqual({ wrong: [], unused: [] });
	});

	it('removes one whose name is given to another page, or to none', () => {
		expect(placedToRemove(placed, ['en_bbbbbbb', 'en_ccccccc'], [a!, b!])).toEqual({ wrong: ['en_bbbbbbb'], unused: ['en_aaaaaaa'] });
	});

	it('removes every one when the pages’ names could not be read', () => {
		expect(placedToRemove(placed, undefined, [a!, b!])).toEqual({ wrong: ['en_aaaaaaa', 'en_bbbbbbb'], unused: [] });
		expect(placedToRemove(placed, ['en_aaaaaaa'], [a!, b!])).toEqual({ wrong: ['en_aaaaaaa', 'en_bbbbbbb'], unused: [] });
	});
});
