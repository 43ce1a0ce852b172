/** How many datasets are open, restricted and under review. */
import type { AccessLevel } from '../records.ts';

/** The access levels, in the order pages show them. */
export const ACCESS_LEVELS: readonly AccessLevel[] = ['open', 'restricted', 'under_review'];

/** Dataset counts per access level, and in all. */
export type AccessCounts = Record<AccessLevel, number> & { total: number };

/** Counts datasets per access level in one pass. */
export function countByAccess(datasets: Iterable<{ access_level: AccessLevel }>): AccessCounts {
	const counts: AccessCounts = { open: 0, restricted: 0, under_review: 0, total: 0 };
	for (const dataset of datasets) {
		counts[dataset.access_level]++;
		counts.total++;
	}
	return counts;
}
