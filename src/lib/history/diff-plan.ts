/** What changed between two versions of an implementation plan: its commitments and their milestones. */
import type { Change } from './changes.ts';
import { fields, list, sameValue, text } from './values.ts';

/** A plan's commitments by id and its milestones by `<commitment-id>#<n>` (1-based, in file order). */
export function planParts(plan: unknown): { commitments: Map<string, Record<string, unknown>>; milestones: Map<string, Record<string, unknown>> } {
	const commitments = new Map<string, Record<string, unknown>>();
	const milestones = new Map<string, Record<string, unknown>>();
	for (const item of list(fields(plan).commitments)) {
		const commitment = fields(item);
		const id = text(commitment.id);
		if (!id || commitments.has(id)) continue;
		commitments.set(id, commitment);
		list(commitment.milestones).forEach((milestone, index) => milestones.set(`${id}#${index + 1}`, fields(milestone)));
	}
	return { commitments, milestones };
}

/** The changes to one commitment from `before` to `after` (`undefined` when absent). */
export function diffCommitment(before: unknown, after: unknown): Change[] {
	if (before === undefined && after === undefined) return [];
	if (before === undefined) return [{ type: 'added' }];
	if (after === undefined) return [{ type: 'removed' }];
	const [a, b] = [fields(before), fields(after)];
	return (['title', 'description', 'principles', 'lead_publisher', 'start', 'end'] as const)
		.filter((f) => !sameValue(a[f], b[f]))
		.map((field) => ({ type: 'edited', field }));
}

/** The changes to one milestone from `before` to `after`; reaching `complete` is named as such. */
export function diffMilestone(before: unknown, after: unknown): Change[] {
	if (before === undefined && after === undefined) return [];
	if (after === undefined) return [{ type: 'removed' }];
	const b = fields(after);
	if (before === undefined)
		return text(b.completion) === 'complete' ? [{ type: 'added' }, { type: 'milestone-completion', to: 'complete' }] : [{ type: 'added' }];
	const a = fields(before);
	const changes: Change[] = [];
	const [from, to] = [text(a.completion), text(b.completion)];
	if (from !== to && to) changes.push({ type: 'milestone-completion', from, to });
	for (const field of ['title', 'start', 'end', 'evidence'] as const) if (!sameValue(a[field], b[field])) changes.push({ type: 'edited', field });
	return changes;
}
