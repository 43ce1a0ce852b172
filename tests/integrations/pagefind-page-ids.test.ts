import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPagefindFile } from '../../src/integrations/pagefind-bundle.ts';
import { FILES_AT_ONCE } from '../../src/integrations/pagefind-language-cache.ts';
import { indexIdOf, shortenPageIds, shortPageIds } from '../../src/integrations/pagefind-page-ids.ts';
import { decodeCbor, encodeCbor, type CborValue } from '../../src/lib/search/cbor.ts';

/** How many renames were under way at once, at most: Node's own, counted. */
const renames = vi.hoisted(() => ({ underWay: 0, most: 0 }));
vi.mock('node:fs/promises', async (importOriginal) => {
	const fs = await importOriginal<typeof import('node:fs/promises')>();
	const rename: typeof fs.rename = async (from, to) => {
		renames.most = Math.max(renames.most, ++renames.underWay);
		try {
			return await fs.rename(from, to);
		} finally {
			renames.underWay--;
		}
	};
	return { ...fs, rename, default: { ...fs, rename } };
});

let dir: string | undefined;
afterEach(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
	dir = undefined;
});

describe('encodeCbor', () => {
	it('writes what decodeCbor reads, with the shortest head for every number and length', () => {
		const value: CborValue = [
			0,
			23,
			24,
			255,
			256,
			65_535,
			65_536,
			4_294_967_295,
			4_294_967_296,
			-1,
			-25,
			'é🙂',
			'',
			new Uint8Array([1, 2]),
			[[]],
			{ a: 1 },
			true,
			false,
			null,
		];
		const bytes = encodeCbor(value);
		expect(decodeCbor(bytes)).toEqual(value);
		expect([...encodeCbor(23)]).toEqual([0x17]);
		expect([...encodeCbor(24)]).toEqual([0x18, 24]);
		expect([...encodeCbor(256)]).toEqual([0x19, 1, 0]);
		expect([...encodeCbor(65_536)]).toEqual([0x1a, 0, 1, 0, 0]);
		expect([...encodeCbor(-25)]).toEqual([0x38, 24]);
		expect([...encodeCbor('ab')]).toEqual([0x62, 0x61, 0x62]);
	});

	it('refuses numbers it cannot write exactly', () => {
		expect(() => encodeCbor(1.5)).toThrow('CBOR: cannot encode 1.5');
		expect(() => encodeCbor(2 ** 60)).toThrow('CBOR: cannot encode');
	});
});

describe('shortPageIds', () => {
	it('names each page by the index id and its position in base 36, keeping everything else', () => {
		const pages = Array.from({ length: 40 }, (_, i) => [`en_${i.toString(16).padStart(7, '0')}`, 100 + i, '']);
		const meta = ['1.6.0', pages, [['a', 'b', 'en_chunk']], [['theme', 'en_filter']], [], ['title']];
		const short = shortPageIds(meta, 'en_0123456789');
		if ('refused' in short) throw new Error(short.refused);
		const ids = (short.meta as CborValue[][])[1]!.map((page) => (page as CborValue[])[0]);
		expect(ids.slice(0, 3)).toEqual(['en_0123456789_0', 'en_0123456789_1', 'en_0123456789_2']);
		expect(ids[35]).toBe('en_0123456789_z');
		expect(ids[36]).toBe('en_0123456789_10');
		expect(short.renames[36]).toEqual(['en_0000024', 'en_0123456789_10']);
		expect((short.meta as CborValue[][])[1]!.map((page) => (page as CborValue[]).slice(1))).toEqual(pages.map((page) => page.slice(1)));
		expect((short.meta as CborValue[]).slice(2)).toEqual(meta.slice(2));
	});

	it('refuses a meta file of another shape, or two pages of one fragment', () => {
		expect(shortPageIds({ pages: [] }, 'en_x')).toEqual({ refused: 'no page list where Pagefind 1.x puts it' });
		expect(
			shortPageIds(
				[
					'1',
					[
						['a', 1],
						[2, 1],
					],
				],
				'en_x',
			),
		).toEqual({ refused: 'page 1 has no id where Pagefind 1.x puts it' });
		expect(
			shortPageIds(
				[
					'1',
					[
						['a', 1],
						['a', 2],
					],
				],
				'en_x',
			),
		).toEqual({ refused: 'two pages share a fragment' });
	});
});

describe('shortenPageIds', () => {
	const threePages = [
		['a', 'Traffic counts'],
		['b', 'Clinics and hospitals'],
		['c', 'Zoning by-laws'],
	];
	async function bundle(pages = threePages): Promise<{ outputPath: string; hash: string }> {
		dir = mkdtempSync(join(tmpdir(), 'odc-page-ids-'));
		const { index } = await pagefind.createIndex({});
		for (const [id, text] of pages) await index!.addHTMLFile({ url: `/en/datasets/${id}/`, content: `<html lang="en"><body><p>${text}</p></body></html>` });
		const outputPath = join(dir, 'pagefind');
		await index!.writeFiles({ outputPath });
		await pagefind.close();
		const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
		return { outputPath, hash: entry.languages.en!.hash };
	}
	const metaOf = async (outputPath: string, hash: string) => decodeCbor(await readPagefindFile(join(outputPath, `pagefind.${hash}.pf_meta`))) as CborValue[];
	const fragmentUrl = async (outputPath: string, id: string) =>
		(JSON.parse((await readPagefindFile(join(outputPath, 'fragment', `${id}.pf_fragment`))).toString('utf8')) as { url: string }).url;

	it("renames Pagefind's pages and their fragments, and changes nothing else in the meta file", async () => {
		const { outputPath, hash } = await bundle();
		const before = await metaOf(outputPath, hash);
		const urls = await Promise.all((before[1] as CborValue[][]).map((page) => fragmentUrl(outputPath, page[0] as string)));
		expect(await shortenPageIds(outputPath, 'en', hash)).toBe(true);
		const after = await metaOf(outputPath, hash);
		const ids = (after[1] as CborValue[][]).map((page) => page[0] as string);
		expect(ids).toEqual([0, 1, 2].map((position) => expect.stringMatching(new RegExp(`^en_[0-9a-f]{10}_${position}$`))));
		expect(new Set(ids.map((id) => id.slice(0, -2))).size).toBe(1);
		// The same pages in the same places: each new id names the fragment of the page that was there.
		expect(await Promise.all(ids.map((id) => fragmentUrl(outputPath, id)))).toEqual(urls);
		expect(readdirSync(join(outputPath, 'fragment')).sort()).toEqual(ids.map((id) => `${id}.pf_fragment`).sort());
		expect((after[1] as CborValue[][]).map((page) => page.slice(1))).toEqual((before[1] as CborValue[][]).map((page) => page.slice(1)));
		expect(after.slice(2)).toEqual(before.slice(2));
	}, 30_000);

	it('renames the fragments a few at a time, not one after the other', async () => {
		const pages = Array.from({ length: FILES_AT_ONCE * 3 }, (_, page) => [`d${page}`, `Dataset number ${page}`]);
		const { outputPath, hash } = await bundle(pages);
		// A copy of the module that imports the counted rename: unit test files share their modules,
		// and another file may have imported this one before the mock was set.
		vi.resetModules();
		const fresh = await import('../../src/integrations/pagefind-page-ids.ts');
		renames.most = 0;
		expect(await fresh.shortenPageIds(outputPath, 'en', hash)).toBe(true);
		// One after the other, each rename waited for a turn of the event loop: 16 s for 10,000 pages during a build's pages.
		expect(renames.most).toBe(FILES_AT_ONCE);
		expect(readdirSync(join(outputPath, 'fragment'))).toHaveLength(pages.length);
	}, 30_000);

	it('gives the same ids to the same index, and others to an index whose pages differ', async () => {
		const first = await bundle();
		await shortenPageIds(first.outputPath, 'en', first.hash);
		const firstIds = ((await metaOf(first.outputPath, first.hash))[1] as CborValue[][]).map((page) => page[0]);
		const firstDir = dir;
		dir = undefined;
		try {
			const second = await bundle();
			await shortenPageIds(second.outputPath, 'en', second.hash);
			expect(((await metaOf(second.outputPath, second.hash))[1] as CborValue[][]).map((page) => page[0])).toEqual(firstIds);
		} finally {
			rmSync(firstDir!, { recursive: true, force: true });
		}
		const meta = ['1.6.0', [['en_aaaaaaa', 1, '']]];
		const other = ['1.6.0', [['en_bbbbbbb', 1, '']]];
		const idOf = (value: CborValue) => (shortPageIds(value, 'x') as { renames: [string, string][] }).renames[0]![1];
		expect(idOf(meta)).toBe(idOf(other)); // the pure renaming depends on the index id only…
		expect(indexIdOf('en', encodeCbor(meta))).not.toBe(indexIdOf('en', encodeCbor(other))); // …which is a digest of the meta file
	}, 60_000);

	it('leaves a meta file it cannot write back exactly as it is, with its fragments', async () => {
		const { outputPath, hash } = await bundle();
		const path = join(outputPath, `pagefind.${hash}.pf_meta`);
		const bytes = await readPagefindFile(path);
		// The same meta, its version string's length in a longer head than needed: decodable, not re-encodable as it was.
		const padded = Buffer.concat([Buffer.from('pagefind_dcd'), bytes.subarray(0, 1), Buffer.from([0x78, bytes[1]! & 31]), bytes.subarray(2)]);
		writeFileSync(path, gzipSync(padded));
		const fragments = readdirSync(join(outputPath, 'fragment')).sort();
		const written = readFileSync(path);
		expect(await shortenPageIds(outputPath, 'en', hash)).toBe(false);
		expect(readFileSync(path)).toEqual(written);
		expect(readdirSync(join(outputPath, 'fragment')).sort()).toEqual(fragments);
	}, 30_000);
});
