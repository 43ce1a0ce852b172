/** What changed between two versions of a dataset file, in terms a reader follows. */
import { boundedText, type Change } from './changes.ts';
import { fields, list, sameValue, text } from './values.ts';
import { append } from '../append.ts';

/** Fields reported as "edited" when their value changes, in the order a reader meets them. */
const EDITED_FIELDS = [
	'title',
	'description',
	'keywords',
	'themes',
	'contact_point',
	'exemption',
	'rationale',
	'review_note',
	'update_frequency',
	'temporal_coverage',
	'spatial_coverage',
	'languages',
	'high_value',
	'high_value_reasons',
	'issued',
	'modified',
] as const;

/**
 * The changes from `before` to `after` (parsed dataset files; `undefined` when the file did not
 * exist). Access and licence changes name both values; distributions are matched by position and
 * named by their title; other fields are reported as edited.
 */
export function diffDataset(before: unknown, after: unknown): Change[] {
	if (before === undefined && after === undefined) return [];
	if (before === undefined) return [{ type: 'added' }];
	if (after === undefined) return [{ type: 'removed' }];
	const a = fields(before);
	const b = fields(after);
	const changes: Change[] = [];
	const access = [text(a.access_level), text(b.access_level)];
	if (access[0] !== access[1] && access[1]) changes.push({ type: 'access', from: access[0] ?? 'unknown', to: access[1] });
	if (text(a.publisher) !== text(b.publisher) && text(a.publisher) && text(b.publisher))
		changes.push({ type: 'publisher', from: text(a.publisher)!, to: text(b.publisher)! });
	if (text(a.licence) !== text(b.licence)) changes.push({ type: 'licence', from: text(a.licence), to: text(b.licence) });
	for (const field of EDITED_FIELDS) if (!sameValue(a[field], b[field])) changes.push({ type: 'edited', field });
	append(changes, diffDistributions(list(a.distributions), list(b.distributions)));
	return changes;
}

function diffDistributions(before: unknown[], after: unknown[]): Change[] {
	const changes: Change[] = [];
	const length = Math.max(before.length, after.length);
	for (let i = 0; i < length; i++) {
		const old = before[i];
		const now = after[i];
		if (old === undefined) changes.push({ type: 'distribution-added', title: boundedText(fields(now).title) });
		else if (now === undefined) changes.push({ type: 'distribution-removed', title: boundedText(fields(old).title) });
		else if (!sameValue(old, now)) changes.push({ type: 'distribution-edited', title: boundedText(fields(now).title) });
	}
	return changes;
}
