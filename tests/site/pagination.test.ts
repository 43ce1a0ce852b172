import { describe, expect, it } from 'vitest';
import { paginate, paginationEntries, type PaginationEntry } from '../../src/lib/site/pagination.ts';

/** `1 … 4 [5] 6 … 20` */
function show(entries: PaginationEntry[]): string {
	return entries.map((e) => (e.type === 'gap' ? '…' : e.isCurrent ? `[${e.pageNumber}]` : String(e.pageNumber))).join(' ');
}

describe('paginate', () => {
	it('cuts a list into pages and counts positions from 1', () => {
		const pages = paginate([1, 2, 3, 4, 5, 6, 7], 3);
		expect(pages.map((p) => p.items)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
		expect(pages[2]).toMatchObject({ pageNumber: 3, totalPages: 3, firstItem: 7, lastItem: 7, totalItems: 7 });
	});

	it('still gives one page for an empty list', () => {
		expect(paginate([], 25)).toEqual([{ pageNumber: 1, totalPages: 1, items: [], firstItem: 0, lastItem: 0, totalItems: 0 }]);
	});
});

describe('paginationEntries', () => {
	it('shows first, last and neighbours with gaps', () => {
		expect(show(paginationEntries(10, 20))).toBe('1 … 9 [10] 11 … 20');
	});

	it('shows a single hidden page instead of a gap', () => {
		expect(show(paginationEntries(4, 20))).toBe('1 2 3 [4] 5 … 20');
	});

	it('handles the ends and tiny lists', () => {
		expect(show(paginationEntries(1, 20))).toBe('[1] 2 … 20');
		expect(show(paginationEntries(20, 20))).toBe('1 … 19 [20]');
		expect(show(paginationEntries(1, 1))).toBe('[1]');
		expect(show(paginationEntries(2, 3))).toBe('1 [2] 3');
	});
});
