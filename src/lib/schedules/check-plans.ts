/**
 * The checks of implementation plans that a schema cannot express: the plan's id is its file name,
 * dates are in order and nest (plan ⊇ commitment ⊇ milestone), a complete milestone shows its
 * evidence, publishers exist, and commitment ids (page addresses) are unique across plans.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { hintOf } from '../diagnostics/registry.ts';
import { fileNameMismatch, unknownPublisher } from '../diagnostics/findings.ts';
import { diagnosticAt, type Finding } from '../diagnostics/located.ts';
import type { DataPath } from '../load/locate.ts';
import type { PlanRecord } from '../records.ts';
import type { CheckedFile } from '../validate/cross-checks.ts';
import { didYouMean } from '../validate/did-you-mean.ts';

/** Checks every plan; commitment ids are compared across all of them. */
export function checkPlans(plans: readonly CheckedFile<PlanRecord>[], publisherStems: readonly string[]): Diagnostic[] {
	const out: Diagnostic[] = [];
	const publishers = new Set(publisherStems);
	const commitments = new Map<string, string>();
	for (const file of plans) {
		const error = (path: DataPath, finding: Finding) => out.push(diagnosticAt(file.parsed, 'error', path, finding));
		const checkPublisher = (path: DataPath, id: string) => {
			if (publishers.has(id)) return;
			const guess = didYouMean(id, [...publishers]);
			error(path, unknownPublisher(id, guess));
		};
		const { record } = file;
		if (record.id !== file.stem) {
			error(['id'], fileNameMismatch(file.stem, record.id));
		}
		if (record.period.end < record.period.start) {
			error(['period', 'end'], {
				code: 'date.order',
				message: 'is earlier than the start of the plan',
				expected: `${record.period.start} or later`,
				got: record.period.end,
			});
		}
		if (record.lead.publisher !== undefined) checkPublisher(['lead', 'publisher'], record.lead.publisher);
		record.commitments.forEach((commitment, c) => {
			const at = (...rest: DataPath) => ['commitments', c, ...rest];
			const earlier = commitments.get(commitment.id);
			if (earlier)
				error(at('id'), {
					code: 'id.duplicate',
					message: 'is already used by another commitment',
					got: JSON.stringify(commitment.id),
					hint: `${earlier} has a commitment with the same id; commitment ids are page addresses and must be unique`,
				});
			else commitments.set(commitment.id, file.parsed.file);
			checkPublisher(at('lead_publisher'), commitment.lead_publisher);
			if (commitment.end < commitment.start) {
				error(at('end'), {
					code: 'date.order',
					message: 'is earlier than the start of the commitment',
					expected: `${commitment.start} or later`,
					got: commitment.end,
				});
			}
			if (commitment.start < record.period.start || commitment.end > record.period.end) {
				const field = commitment.start < record.period.start ? 'start' : 'end';
				error(at(field), {
					code: 'date.outside',
					message: 'is outside the plan’s period',
					expected: `between ${record.period.start} and ${record.period.end}`,
					got: commitment[field],
					hint: 'a commitment runs within its plan; change the dates or the plan’s period',
				});
			}
			commitment.milestones.forEach((milestone, m) => {
				const step = (...rest: DataPath) => at('milestones', m, ...rest);
				if (milestone.end < milestone.start) {
					error(step('end'), {
						code: 'date.order',
						message: 'is earlier than the start of the milestone',
						expected: `${milestone.start} or later`,
						got: milestone.end,
					});
				}
				if (milestone.start < commitment.start) {
					error(step('start'), {
						code: 'date.outside',
						message: 'is before the commitment starts',
						expected: `${commitment.start} or later`,
						got: milestone.start,
						hint: 'a commitment’s dates contain its milestones; move the milestone or the commitment’s start',
					});
				}
				if (milestone.end > commitment.end) {
					error(step('end'), {
						code: 'date.outside',
						message: 'is after the commitment ends',
						expected: `${commitment.end} or earlier`,
						got: milestone.end,
						hint: 'a commitment’s dates contain its milestones; move the milestone or the commitment’s end',
					});
				}
				if (milestone.completion === 'complete' && !milestone.evidence?.length) {
					error(step('completion'), { code: 'plan.evidence', message: 'is complete but has no evidence', hint: hintOf('plan.evidence') });
				}
			});
		});
	}
	return out;
}

/** The ids of all commitments of the plans, for the schedules' commitment column. */
export function commitmentIds(plans: readonly CheckedFile<PlanRecord>[]): string[] {
	return plans.flatMap((file) => file.record.commitments.map((c) => c.id));
}
