/** Splitting long lists into numbered pages, and the page links a pagination bar shows. */

/** One page of a paginated list. */
export interface ListPage<T> {
	/** 1-based. */
	pageNumber: number;
	totalPages: number;
	/** The items on this page. */
	items: T[];
	/** The 1-based position of the first item on this page in the whole list (0 when empty). */
	firstItem: number;
	/** The 1-based position of the last item on this page. */
	lastItem: number;
	/** The number of items in the whole list. */
	totalItems: number;
}

/**
 * Cuts `items` into pages of `pageSize`. An empty list still has one (empty) page, so every list
 * address exists. Work is linear in the list's length.
 */
export function paginate<T>(items: readonly T[], pageSize: number): ListPage<T>[] {
	const size = Math.max(1, Math.floor(pageSize));
	const totalPages = Math.max(1, Math.ceil(items.length / size));
	const pages: ListPage<T>[] = [];
	for (let pageNumber = 1; pageNumber <= totalPages; pageNumber++) {
		const start = (pageNumber - 1) * size;
		const pageItems = items.slice(start, start + size);
		pages.push({
			pageNumber,
			totalPages,
			items: pageItems,
			firstItem: pageItems.length ? start + 1 : 0,
			lastItem: start + pageItems.length,
			totalItems: items.length,
		});
	}
	return pages;
}

/** An entry of a pagination bar: a page number, or a gap standing for the pages left out. */
export type PaginationEntry = { type: 'page'; pageNumber: number; isCurrent: boolean } | { type: 'gap' };

/**
 * The entries of a pagination bar for page `current` of `total`: the first and last pages, the
 * current one with `siblings` on each side, and gaps between, e.g. `1 … 4 5 6 … 20`. A gap that
 * would hide a single page shows that page instead.
 */
export function paginationEntries(current: number, total: number, siblings = 1): PaginationEntry[] {
	const shown = new Set<number>([1, total]);
	for (let n = current - siblings; n <= current + siblings; n++) if (n >= 1 && n <= total) shown.add(n);
	const numbers = [...shown].sort((a, b) => a - b);
	const entries: PaginationEntry[] = [];
	let previous = 0;
	for (const pageNumber of numbers) {
		if (pageNumber - previous === 2) entries.push(pageEntry(previous + 1, current));
		else if (pageNumber - previous > 2) entries.push({ type: 'gap' });
		entries.push(pageEntry(pageNumber, current));
		previous = pageNumber;
	}
	return entries;
}

function pageEntry(pageNumber: number, current: number): PaginationEntry {
	return { type: 'page', pageNumber, isCurrent: pageNumber === current };
}
