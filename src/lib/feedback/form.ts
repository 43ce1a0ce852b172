/**
 * Checking what a person typed into the feedback form before anything is sent. Pure: the form
 * element reads its fields into {@link FeedbackFields} and shows the errors this returns, each as
 * the UI-string key of its message, in the order the fields appear.
 */
import { isFeedbackType } from './prefill.ts';

/** The form's fields as typed. `name`, `email` and `consent` exist only on the endpoint channel. */
export interface FeedbackFields {
	type: string;
	message: string;
	name: string;
	email: string;
	consent: boolean;
}

/** The fields an error can point at, in the form's order. */
export type FeedbackField = 'type' | 'message' | 'name' | 'email' | 'consent';

/** One problem with what was typed: the field, the UI-string key of its message and the values it names. */
export interface FeedbackError {
	field: FeedbackField;
	key: string;
	vars?: Record<string, number>;
}

/** The limits of the fields, the same as schemas/feedback.schema.json's (a test keeps them equal). */
export const FEEDBACK_LIMITS = {
	messageMin: 10,
	messageMax: 4000,
	nameMax: 100,
	emailMax: 254,
} as const;

/** ajv-formats' `email` format ("full" mode), so that an address the form accepts passes the schema. */
const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

/** The length of a text as JSON Schema counts it: in characters (code points), not UTF-16 units. */
export function characterCount(text: string): number {
	return [...text].length;
}

/**
 * Every problem with `fields`, in the form's order; none when it can be sent. `contactFields` says
 * whether the form has the name, e-mail and consent fields (only the endpoint channel asks for them).
 */
export function validateFeedback(fields: FeedbackFields, contactFields: boolean): FeedbackError[] {
	const errors: FeedbackError[] = [];
	if (!isFeedbackType(fields.type)) errors.push({ field: 'type', key: 'feedback.error.type' });

	const length = characterCount(fields.message.trim());
	if (length === 0) errors.push({ field: 'message', key: 'feedback.error.message.missing' });
	else if (length < FEEDBACK_LIMITS.messageMin)
		errors.push({ field: 'message', key: 'feedback.error.message.short', vars: { min: FEEDBACK_LIMITS.messageMin } });
	else if (length > FEEDBACK_LIMITS.messageMax)
		errors.push({ field: 'message', key: 'feedback.error.message.long', vars: { max: FEEDBACK_LIMITS.messageMax, count: length } });
	if (!contactFields) return errors;

	if (characterCount(fields.name.trim()) > FEEDBACK_LIMITS.nameMax)
		errors.push({ field: 'name', key: 'feedback.error.name.long', vars: { max: FEEDBACK_LIMITS.nameMax } });
	const email = fields.email.trim();
	if (email !== '' && (!EMAIL.test(email) || email.length > FEEDBACK_LIMITS.emailMax)) errors.push({ field: 'email', key: 'feedback.error.email.invalid' });
	else if (email === '' && fields.consent) errors.push({ field: 'email', key: 'feedback.error.email.missing' });
	if (email !== '' && !fields.consent) errors.push({ field: 'consent', key: 'feedback.error.consent' });
	return errors;
}
