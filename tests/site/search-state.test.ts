import { describe, expect, it } from 'vitest';
import { EMPTY_STATE, hasFilters, pageCount, parseState, serializeState, toggleFilter, type SearchState } from '../../src/lib/search/state.ts';

describe('search state in the address', () => {
	it('reads query, facets, sort and page', () => {
		expect(parseState('?q=+traffic+&publisher=A&format=CSV&format=JSON&sort=modified&page=3')).toEqual({
			query: 'traffic',
			filters: { publisher: ['A'], format: ['CSV', 'JSON'] },
			sort: 'modified',
			page: 3,
		});
	});

	it('ignores unknown parameters, sort orders, repeated or empty values and bad page numbers', () => {
		expect(parseState('?colour=red&sort=random&page=-2&theme=&theme=X&theme=X')).toEqual({ ...EMPTY_STATE, filters: { theme: ['X'] } });
		expect(parseState('?page=2.5').page).toBe(1);
		expect(parseState('').page).toBe(1);
	});

	it('writes a short address that reads back to the same state', () => {
		const state: SearchState = { query: 'santé & sécurité', filters: { highValue: ['Oui'], access: ['Ouvert', 'Restreint'] }, sort: 'title', page: 2 };
		const search = serializeState(state);
		expect(search).toBe('?q=sant%C3%A9+%26+s%C3%A9curit%C3%A9&access=Ouvert&access=Restreint&highValue=Oui&sort=title&page=2');
		expect(parseState(search)).toEqual({ ...state, filters: { access: ['Ouvert', 'Restreint'], highValue: ['Oui'] } });
		expect(serializeState(EMPTY_STATE)).toBe('');
	});
});

describe('search state changes', () => {
	it('selects and unselects facet values, going back to the first page', () => {
		const one = toggleFilter({ ...EMPTY_STATE, page: 4 }, 'theme', 'Transport', true);
		expect(one).toEqual({ ...EMPTY_STATE, filters: { theme: ['Transport'] } });
		expect(hasFilters(one)).toBe(true);
		const none = toggleFilter(one, 'theme', 'Transport', false);
		expect(none.filters).toEqual({});
		expect(hasFilters(none)).toBe(false);
	});
});

describe('result pages', () => {
	it('counts result pages', () => {
		expect(pageCount(0)).toBe(1);
		expect(pageCount(10)).toBe(1);
		expect(pageCount(11)).toBe(2);
	});
});
