/**
 * The message the feedback form sends, shaped as schemas/feedback.schema.json describes it: what
 * was typed (trimmed), what it is about, and where it was written. The e-mail address is included
 * only with the person's consent.
 */
import type { FeedbackType } from '../records.ts';
import type { FeedbackFields } from './form.ts';
import type { FeedbackPrefill } from './prefill.ts';

/** One message, as the endpoint channel receives it (JSON). */
export interface FeedbackPayload {
	catalogue: string;
	language: string;
	type: FeedbackType;
	subject: string;
	message: string;
	dataset?: string;
	publisher?: string;
	query?: string;
	schedule_row?: string;
	page: string;
	name?: string;
	email?: string;
	consent?: true;
}

/** Where a message was written: the catalogue's address, the page's language, the page it came from, and what it is about. */
export interface PayloadContext {
	catalogue: string;
	language: string;
	page: string;
	prefill: FeedbackPrefill;
}

/** The longest subject the schema allows. */
const MAX_SUBJECT = 200;
/** How much of the message a subject quotes when nothing else says what it is about. */
const SUBJECT_EXCERPT = 60;

/**
 * Writes a subject in the page's language from the type and, when known, what the message is
 * about: `Problem with a dataset: traffic-volumes`, `Problème avec un jeu de données : …`.
 */
export type SubjectFormat = (type: FeedbackType, about: string | undefined) => string;

/** The message to send for valid `fields` (see validateFeedback), its subject written by `format`. */
export function buildPayload(fields: FeedbackFields, context: PayloadContext, format: SubjectFormat): FeedbackPayload {
	const type = fields.type as FeedbackType;
	const message = fields.message.trim();
	const { dataset, publisher, query, scheduleRow } = context.prefill;
	const name = fields.name.replace(/\s+/g, ' ').trim();
	const email = fields.email.trim();
	return {
		catalogue: context.catalogue,
		language: context.language,
		type,
		subject: feedbackSubject(type, context.prefill, message, format),
		message,
		...(dataset ? { dataset } : {}),
		...(publisher ? { publisher } : {}),
		...(query ? { query } : {}),
		...(scheduleRow ? { schedule_row: scheduleRow } : {}),
		page: context.page,
		...(name ? { name } : {}),
		...(email && fields.consent ? { email, consent: true as const } : {}),
	};
}

/**
 * A one-line subject: the type and what the message is about (the dataset, the search, the planned
 * release), else the start of the message. `Dataset request: bridge inspections`.
 */
export function feedbackSubject(type: FeedbackType, prefill: FeedbackPrefill, message: string, format: SubjectFormat): string {
	const about = prefill.dataset ?? prefill.query ?? prefill.scheduleRow ?? excerpt(message);
	return truncate(format(type, about || undefined), MAX_SUBJECT);
}

function excerpt(message: string): string {
	return truncate(message.replace(/\s+/g, ' ').trim(), SUBJECT_EXCERPT);
}

function truncate(text: string, max: number): string {
	const characters = [...text];
	return characters.length <= max
		? text
		: `${characters
				.slice(0, max - 1)
				.join('')
				.trimEnd()}…`;
}
