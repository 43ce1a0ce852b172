import { describe, expect, it } from 'vitest';
import { dropElisions, joinElisions, splitElisions, WORD_BREAK } from '../../src/lib/search/elisions.ts';
import { exactWordCount, foldedWords, hasEveryWord, queryWords, relaxedSearches, searchText } from '../../src/lib/search/query.ts';
import { trimmedExcerpt } from '../../src/components/search/results-view.ts';
import { mean, ndcgAt10, reciprocalRank } from '../../scripts/bench/relevance/metrics.ts';

describe('elisions', () => {
	it('splits French elisions with straight, typographic and modifier apostrophes', () => {
		expect(splitElisions("qualité de l'eau")).toBe(`qualité de l'${WORD_BREAK}eau`);
		expect(splitElisions('l’eau d’un lac qu’il jusqu’à')).toBe(`l’${WORD_BREAK}eau d’${WORD_BREAK}un lac qu’${WORD_BREAK}il jusqu’${WORD_BREAK}à`);
		expect(splitElisions('lʼÉnergie')).toBe(`lʼ${WORD_BREAK}Énergie`);
	});

	it('splits English possessives but leaves other apostrophes and inner letters alone', () => {
		expect(splitElisions('Canada’s lakes')).toBe(`Canada${WORD_BREAK}’s lakes`);
		expect(splitElisions("rock'n'roll")).toBe("rock'n'roll");
		expect(splitElisions('Aujourd’hui')).toBe('Aujourd’hui');
	});

	it('drops the elided article from a query, and joins the split form again for display', () => {
		expect(dropElisions("qualité de l'eau")).toBe('qualité de eau');
		expect(joinElisions(`l’ <mark>eau</mark> d’ un`)).toBe('l’<mark>eau</mark> d’un');
		expect(joinElisions(splitElisions('l’eau de Canada’s')).replace(WORD_BREAK, ' ')).toBe('l’eau de Canada’s');
	});
});

describe('query words', () => {
	it('drops elided articles, stray letters and empty words while others remain', () => {
		expect(queryWords("qualité de l'eau")).toEqual(['qualité', 'eau']);
		expect(queryWords('qualite de l eau')).toEqual(['qualite', 'eau']);
		expect(queryWords('l’eau')).toEqual(['eau']);
		expect(queryWords('the water of the lake')).toEqual(['water', 'lake']);
		expect(searchText('  permis de construire ')).toBe('permis construire');
	});

	it('keeps stop words when they are all there is', () => {
		expect(queryWords('the')).toEqual(['the']);
		expect(searchText('')).toBe('');
	});

	it('relaxes a query of two words or more into each word alone', () => {
		expect(relaxedSearches('permis de construire')).toEqual(['permis', 'construire']);
		expect(relaxedSearches('stationnement')).toEqual([]);
	});
});

describe('exact words', () => {
	it('counts words found as themselves, ignoring case, accents and a plural s or x', () => {
		const parking = foldedWords('Stationnements municipaux tarifés, sur rue');
		const stations = foldedWords('Stations de nettoyage des embarcations');
		expect(exactWordCount(['stationnement'], parking)).toBe(1);
		expect(exactWordCount(['stationnement'], stations)).toBe(0);
		expect(exactWordCount(['tarifes', 'RUE'], parking)).toBe(2);
		expect(exactWordCount(['réseaux'], foldedWords('Un réseau'))).toBe(1);
	});
});

describe('result excerpts', () => {
	const content = 'Ambulance response times. The time from a call to the arrival of an ambulance, by region and month, since 2010.';
	it('drops the title the excerpt starts with and marks the cuts with ellipses', () => {
		const excerpt = trimmedExcerpt({
			url: '/x/',
			meta: { title: 'Ambulance response times' },
			content,
			excerpt: '<mark>Ambulance</mark> response times. The time from a call to the arrival of an <mark>ambulance</mark>, by region',
		});
		expect(excerpt).toBe('The time from a call to the arrival of an <mark>ambulance</mark>, by region …');
	});

	it('adds an ellipsis at the start when the excerpt begins inside the text', () => {
		const excerpt = trimmedExcerpt({
			url: '/x/',
			meta: { title: 'Other' },
			content,
			excerpt: 'arrival of an <mark>ambulance</mark>, by region and month, since 2010.',
		});
		expect(excerpt).toBe('… arrival of an <mark>ambulance</mark>, by region and month, since 2010.');
	});
});

describe('relevance measures', () => {
	const relevant = new Set(['a', 'b']);
	it('scores the first relevant rank and the discounted gain against the ideal', () => {
		expect(reciprocalRank(['x', 'a', 'b'], relevant)).toBe(0.5);
		expect(reciprocalRank(['x', 'y'], relevant)).toBe(0);
		expect(ndcgAt10(['a', 'b', 'x'], relevant)).toBe(1);
		expect(ndcgAt10(['x', 'a', 'b'], relevant)).toBeCloseTo((1 / Math.log2(3) + 1 / Math.log2(4)) / (1 + 1 / Math.log2(3)));
		expect(ndcgAt10([...'cdefghijkl', 'a'], relevant)).toBe(0);
		expect(mean([1, 0, 0.5])).toBe(0.5);
	});
});

describe('every word', () => {
	it('tells a text that lacks one of the words from one that has them all, stems aside', () => {
		const text = foldedWords('Région du Pacifique permis de pêche commerciale');
		expect(hasEveryWord(['permis', 'pêche'], text)).toBe(true);
		expect(hasEveryWord(['permis', 'peches'], text)).toBe(true);
		expect(hasEveryWord(['permis', 'pêche', 'sportive'], text)).toBe(false);
		expect(hasEveryWord(['incendies'], foldedWords('Superficie incendiée'))).toBe(true);
	});
});
