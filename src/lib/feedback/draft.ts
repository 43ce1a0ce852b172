/**
 * Drafts of the feedback form, kept in the browser's storage so that what a person typed survives
 * a reload, a failed send or a closed tab, and is removed once the message is delivered. One draft
 * per context the form was opened with (its type and what it is about), so a report about one
 * dataset never appears in the form opened for another. Storage may be full, disabled or hold
 * anything; reading and writing never throw.
 */
import type { FeedbackFields } from './form.ts';
import type { FeedbackPrefill } from './prefill.ts';

/** A saved draft: the fields and when they were saved (milliseconds since the epoch). */
export interface FeedbackDraft extends FeedbackFields {
	savedAt: number;
}

/** Drafts older than this are dropped rather than restored. */
export const DRAFT_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

const PREFIX = 'odc-feedback-draft:';

/** The storage key of the draft for a form opened with `prefill`. */
export function draftKey(prefill: FeedbackPrefill): string {
	return PREFIX + JSON.stringify([prefill.type ?? '', prefill.dataset ?? '', prefill.publisher ?? '', prefill.query ?? '', prefill.scheduleRow ?? '']);
}

/** Whether nothing worth keeping was typed (the type alone is not worth a draft). */
export function isBlank(fields: FeedbackFields): boolean {
	return fields.message.trim() === '' && fields.name.trim() === '' && fields.email.trim() === '';
}

/** The draft saved under `key`, unless there is none, it is malformed or older than {@link DRAFT_MAX_AGE_MS}. */
export function readDraft(storage: Pick<Storage, 'getItem'> | undefined, key: string, now: number): FeedbackDraft | undefined {
	let value: unknown;
	try {
		value = JSON.parse(storage?.getItem(key) ?? 'null');
	} catch {
		return undefined;
	}
	if (!value || typeof value !== 'object') return undefined;
	const draft = value as Record<string, unknown>;
	const text = (name: string) => (typeof draft[name] === 'string' ? (draft[name] as string) : '');
	if (typeof draft.savedAt !== 'number' || now - draft.savedAt > DRAFT_MAX_AGE_MS) return undefined;
	return { type: text('type'), message: text('message'), name: text('name'), email: text('email'), consent: draft.consent === true, savedAt: draft.savedAt };
}

/** Saves `fields` under `key` (or removes the draft when they are blank); false when storage refused. */
export function writeDraft(storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined, key: string, fields: FeedbackFields, now: number): boolean {
	try {
		if (isBlank(fields)) storage?.removeItem(key);
		else storage?.setItem(key, JSON.stringify({ ...fields, savedAt: now } satisfies FeedbackDraft));
		return storage !== undefined;
	} catch {
		return false;
	}
}

/** Removes the draft saved under `key`. */
export function clearDraft(storage: Pick<Storage, 'removeItem'> | undefined, key: string): void {
	try {
		storage?.removeItem(key);
	} catch {
		// Nothing to do: a draft that cannot be removed expires.
	}
}
