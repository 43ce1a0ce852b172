/**
 * Short page ids for a language's search index. Pagefind names each page by a 7-character hash of
 * its fragment (`en_b6e5ab8`) and lists every page's id in the meta file that every search page
 * loads before it can search: at 10,000 datasets the ids are 46.5 of its 64.6 KB gzipped, hashes
 * being what gzip cannot shrink. Here each page is renamed `<index id>_<position>`, its position in
 * the index in base 36 (`en_1f3a9c02d4_7ps`), and its fragment file with it: a sequence gzip shrinks
 * to a third. The index id is a digest of the meta file Pagefind wrote, which lists every fragment's
 * hash, so that a name still stands for one content only: a fragment that changes gets a new name,
 * and a cached one is never served for another build's page.
 *
 * Nothing else names pages by id: Pagefind's word and filter files number them by position. The
 * meta file keeps its name (Pagefind's hash of what it wrote: the rewrite depends on nothing else)
 * and every byte but the ids. A meta file this code cannot read back exactly (another version of
 * Pagefind) is left as it is, with its fragments, and the search works as before.
 */
import { createHash } from 'node:crypto';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { eachLimited } from '../lib/async/each-limited.ts';
import { decodeCbor, encodeCbor, type CborValue } from '../lib/search/cbor.ts';
import { FILES_AT_ONCE } from './pagefind-language-cache.ts';
import { PAGEFIND_SIGNATURE, readPagefindFile } from './pagefind-bundle.ts';

/** Hex digits of the meta file's digest in the ids: enough that two builds' indexes never share one. */
const DIGEST_LENGTH = 10;

/** The pages' new ids in `meta` (Pagefind's MetaIndex: `[version, pages: [[id, …]], …]`), or why it cannot have them. */
export function shortPageIds(meta: CborValue, indexId: string): { meta: CborValue; renames: [from: string, to: string][] } | { refused: string } {
	if (!Array.isArray(meta) || !Array.isArray(meta[1])) return { refused: 'no page list where Pagefind 1.x puts it' };
	const renames: [string, string][] = [];
	const pages: CborValue[] = [];
	for (const [position, page] of meta[1].entries()) {
		if (!Array.isArray(page) || typeof page[0] !== 'string') return { refused: `page ${position} has no id where Pagefind 1.x puts it` };
		const id = `${indexId}_${position.toString(36)}`;
		renames.push([page[0], id]);
		pages.push([id, ...page.slice(1)]);
	}
	// Two pages of one fragment would need a copy each; Pagefind's hashes include the address, so it never happens.
	if (new Set(renames.map(([from]) => from)).size !== renames.length) return { refused: 'two pages share a fragment' };
	return { meta: [meta[0], pages, ...meta.slice(2)], renames };
}

/** The index id of a language's pages: its code (Pagefind's ids start with it) and a digest of its meta file. */
export function indexIdOf(lang: string, metaBytes: Uint8Array): string {
	return `${lang}_${createHash('sha256').update(metaBytes).digest('hex').slice(0, DIGEST_LENGTH)}`;
}

/**
 * The ids of the pages, in order, in the meta file of the index whose hash is `indexHash` in the
 * bundle at `bundleDir` (Pagefind's names, or the short ids once given), or undefined when it
 * cannot be read as Pagefind 1.x writes it.
 */
export async function pageIdsOf(bundleDir: string, indexHash: string): Promise<string[] | undefined> {
	try {
		const meta = decodeCbor(await readPagefindFile(join(bundleDir, `pagefind.${indexHash}.pf_meta`)));
		if (!Array.isArray(meta) || !Array.isArray(meta[1])) return undefined;
		const ids = meta[1].map((page) => (Array.isArray(page) && typeof page[0] === 'string' ? page[0] : undefined));
		return ids.every((id) => id !== undefined) ? (ids as string[]) : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Gives the pages of the language whose index hash (from `pagefind-entry.json`) is `indexHash`,
 * in the bundle at `bundleDir`, their short ids: renames their fragment files, then rewrites the
 * meta file. Returns false, changing nothing, when the meta file is not one this code can rewrite
 * exactly.
 */
export async function shortenPageIds(bundleDir: string, lang: string, indexHash: string): Promise<boolean> {
	const metaPath = join(bundleDir, `pagefind.${indexHash}.pf_meta`);
	const bytes = await readPagefindFile(metaPath);
	let meta: CborValue;
	try {
		meta = decodeCbor(bytes);
	} catch {
		return false;
	}
	if (Buffer.compare(encodeCbor(meta), bytes) !== 0) return false;
	const short = shortPageIds(meta, indexIdOf(lang, bytes));
	if ('refused' in short) return false;
	const fragment = (id: string) => join(bundleDir, 'fragment', `${id}.pf_fragment`);
	// A few at a time: one after the other, each waited for a turn of the event loop, which during
	// the pages took 16 s for English's 10,000 (10,000 datasets), and the next language waited.
	await eachLimited(short.renames, FILES_AT_ONCE, ([from, to]) => rename(fragment(from), fragment(to)));
	// A new file renamed over Pagefind's, not written into it: a bundle's files may be shared with the cache (pagefind-language-cache.ts).
	const temporary = `${metaPath}.${process.pid}.tmp`;
	await writeFile(temporary, gzipSync(Buffer.concat([Buffer.from(PAGEFIND_SIGNATURE, 'latin1'), encodeCbor(short.meta)]), { level: 9 }));
	await rename(temporary, metaPath);
	return true;
}
