/**
 * The relevance benchmark's measures, over binary judgments: mean reciprocal rank (the first
 * relevant result's rank, 1/rank, 0 when none is in the top ten) and nDCG@10 (discounted cumulative
 * gain of the top ten, divided by that of an ideal ranking).
 */

/** How many results are judged: the first page of results. */
export const CUTOFF = 10;

/** 1/rank of the first relevant id among the first {@link CUTOFF} of `ranked`, or 0. */
export function reciprocalRank(ranked: readonly string[], relevant: ReadonlySet<string>): number {
	const index = ranked.slice(0, CUTOFF).findIndex((id) => relevant.has(id));
	return index < 0 ? 0 : 1 / (index + 1);
}

/** nDCG of the first {@link CUTOFF} of `ranked` with binary gains; 0 when nothing is relevant. */
export function ndcgAt10(ranked: readonly string[], relevant: ReadonlySet<string>): number {
	const dcg = ranked.slice(0, CUTOFF).reduce((sum, id, i) => sum + (relevant.has(id) ? 1 / Math.log2(i + 2) : 0), 0);
	let ideal = 0;
	for (let i = 0; i < Math.min(relevant.size, CUTOFF); i++) ideal += 1 / Math.log2(i + 2);
	return ideal === 0 ? 0 : dcg / ideal;
}

/** The mean of `values` (0 for none). */
export function mean(values: readonly number[]): number {
	return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}
