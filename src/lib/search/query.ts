/**
 * What the search page sends Pagefind for what the reader typed, and how its results are checked
 * for the words themselves. Pure: the search element (src/components/search/) and the tests use it.
 *
 * - Elided articles go ("l’eau" → "eau"; the index has the split form, see elisions.ts).
 * - Words that carry no meaning go (de, la, the, of… and stray letters such as the "l" of
 *   "l eau") as long as another word is left: Pagefind requires every word and matches each as a
 *   prefix, so "de" would require nothing useful and weigh on the ranking.
 * - Pagefind stems words (French "stationnement" and "station" share a stem), so results whose
 *   text has the very words asked are put first (ranked-results.ts) with {@link exactWordCount}.
 */
import { dropElisions } from './elisions.ts';

/** Words too common to narrow a search, in the catalogue's languages. */
const STOP_WORDS = new Set(
	('a an and are as at by for from in into is of on or the to with ' + 'à au aux avec ce ces dans de des du en et la le les ou par pour sur un une').split(' '),
);

/** A word as compared: lower case, without accents. */
export function foldWord(word: string): string {
	return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a query as they are searched for (see the module comment). */
export function queryWords(query: string): string[] {
	const words = dropElisions(query)
		.split(/\s+/)
		.map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
		.filter((word) => word !== '');
	const meaningful = words.filter((word) => !STOP_WORDS.has(foldWord(word)) && !/^\p{L}$/u.test(word));
	return meaningful.length > 0 ? meaningful : words;
}

/** The text sent to Pagefind for a query (empty for none). */
export function searchText(query: string): string {
	return queryWords(query).join(' ');
}

/** The words of `text`, folded, as a set (for {@link exactWordCount}). */
export function foldedWords(text: string): Set<string> {
	return new Set(
		foldWord(text)
			.split(/[^\p{L}\p{N}]+/u)
			.filter(Boolean),
	);
}

/**
 * How many of `words` appear in `text` as themselves — ignoring case, accents and a plural s or x —
 * rather than only as another word with the same stem.
 */
export function exactWordCount(words: readonly string[], text: Set<string>): number {
	return words.filter((word) => {
		const folded = foldWord(word);
		const singular = folded.replace(/[sx]$/, '');
		return text.has(folded) || text.has(singular) || text.has(`${singular}s`) || text.has(`${singular}x`);
	}).length;
}

/**
 * Whether `text` has every one of `words`, or a word that starts like it (its first five letters,
 * folded): loose enough for the variants a stemmer joins ("incendies", "incendiée"), strict enough
 * to tell that a word is missing. Pagefind leaves out of a search a word its index does not have at
 * all, so its results can lack a word the reader typed.
 */
export function hasEveryWord(words: readonly string[], text: Set<string>): boolean {
	const stems = words.map((word) => foldWord(word).slice(0, 5));
	return stems.every((stem) => [...text].some((candidate) => candidate.startsWith(stem)));
}

/**
 * The word lists to try, one at a time, when no result has every word: each query word alone, so
 * that results can be counted by how many of the words they have. Empty for one word or none.
 */
export function relaxedSearches(query: string): string[] {
	const words = queryWords(query);
	return words.length < 2 ? [] : [...new Set(words.slice(0, 6))];
}
