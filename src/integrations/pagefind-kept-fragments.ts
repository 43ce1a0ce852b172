/**
 * A language's fragments kept from its last index when some of its records changed (after one
 * dataset's English title changed, 9,999 of 10,000 English pages are as they were). Pagefind names
 * a fragment by a hash of its content and never writes a content-named file that is already there,
 * so each kept fragment is linked into the bundle under the name it had, and Pagefind compresses
 * and writes only the others (~2 s of its ~5 s write at 10,000 datasets).
 *
 * A name is only 7 characters of that hash, lengthened for the second of two fragments that share
 * them, so in another build the same name may stand for another fragment (Pagefind's source says
 * as much). Each kept fragment therefore carries the page it was made from (its address and the
 * digest of the document Pagefind was given: the same input gives the same fragment), and after the
 * write every placed file is checked against the page Pagefind gave its name to: one that stands
 * for another page is removed and Pagefind writes again, which puts back only what is missing; one
 * that stands for no page is removed.
 */
import { createHash } from 'node:crypto';
import { lstat, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { eachLimited } from '../lib/async/each-limited.ts';
import type { SearchRecord } from '../lib/search/search-record.ts';
import { FILES_AT_ONCE, linkOrCopy } from './pagefind-language-cache.ts';

/** A page of an index as Pagefind was given it: its address and the SHA-256 of its document. */
export interface PageInput {
	url: string;
	digest: string;
}

/** A page of a written index, for the next build: Pagefind's name for its fragment, its input and its fragment file's path in the bundle. */
export type WrittenPage = [name: string, url: string, digest: string, path: string];

/** A fragment of the last build: Pagefind's name for it, the page it was made from, and its file. */
export interface KeptFragment extends PageInput {
	name: string;
	file: string;
	/** The file's size when it was kept: a file of another size is not placed. */
	size: number;
}

/** What a language's write reuses and gives back: the kept fragments, and once written, its pages. */
export interface FragmentReuse {
	lang: string;
	kept: readonly KeptFragment[];
	/** Set by the write: the index's pages in order. */
	written?: WrittenPage[];
	/** Set by the write: how many pages' fragments were kept files rather than written by Pagefind. */
	keptCount?: number;
}

/** The input of `record`'s page. */
export function pageInput(record: Pick<SearchRecord, 'url' | 'content'>): PageInput {
	return { url: record.url, digest: createHash('sha256').update(record.content).digest('hex') };
}

/** A Pagefind fragment name of `lang` (`en_0a1b2c3`): nothing else is placed in the bundle. */
export const isFragmentName = (name: string, lang: string) => name.startsWith(`${lang}_`) && /^[^_/]+_[0-9a-f]{7,64}$/.test(name);

/** Where Pagefind writes the fragment named `name` in the bundle at `outputPath`. */
const fragmentPath = (outputPath: string, name: string) => join(outputPath, 'fragment', `${name}.pf_fragment`);

/** Links each kept fragment into the bundle at `outputPath` under its name; returns those placed, by name. */
export async function placeKeptFragments(kept: readonly KeptFragment[], lang: string, outputPath: string): Promise<Map<string, KeptFragment>> {
	const placed = new Map<string, KeptFragment>();
	const wanted = kept.filter(({ name }) => isFragmentName(name, lang));
	if (wanted.length === 0) return placed;
	await mkdir(join(outputPath, 'fragment'), { recursive: true });
	await eachLimited(wanted, FILES_AT_ONCE, async (fragment) => {
		const stats = await lstat(fragment.file).catch(() => undefined);
		if (!stats?.isFile() || stats.size !== fragment.size) return;
		try {
			await linkOrCopy(fragment.file, fragmentPath(outputPath, fragment.name));
			placed.set(fragment.name, fragment);
		} catch {
			// Not placed: Pagefind writes it.
		}
	});
	return placed;
}

/**
 * The placed fragments Pagefind's write must not keep, given the names it gave the index's pages
 * (`names`, in order, from its meta file) and their inputs (`pages`, in the same order): `wrong`,
 * a name given to a page other than the one its placed file was made from; `unused`, a name given
 * to no page. With `names` unknown (a meta file this code cannot read), every placed one is wrong.
 */
export function placedToRemove(
	placed: ReadonlyMap<string, PageInput>,
	names: readonly string[] | undefined,
	pages: readonly PageInput[],
): { wrong: string[]; unused: string[] } {
	if (names === undefined || names.length !== pages.length) return { wrong: [...placed.keys()], unused: [] };
	const wrong: string[] = [];
	const used = new Set<string>();
	names.forEach((name, position) => {
		const fragment = placed.get(name);
		if (!fragment) return;
		used.add(name);
		const page = pages[position]!;
		if (fragment.url !== page.url || fragment.digest !== page.digest) wrong.push(name);
	});
	return { wrong, unused: [...placed.keys()].filter((name) => !used.has(name)) };
}

/** Removes the fragments named `names` from the bundle at `outputPath` (links: the kept files stay). */
export async function removeFragments(names: readonly string[], outputPath: string): Promise<void> {
	await eachLimited(names, FILES_AT_ONCE, (name) => rm(fragmentPath(outputPath, name), { force: true }));
}
