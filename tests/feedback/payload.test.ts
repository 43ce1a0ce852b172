/** The message the feedback form sends: built from what was typed, and valid against schemas/feedback.schema.json. */
import { describe, expect, it } from 'vitest';
import { characterCount, FEEDBACK_LIMITS, validateFeedback, type FeedbackFields } from '../../src/lib/feedback/form.ts';
import { buildPayload, feedbackSubject, type PayloadContext } from '../../src/lib/feedback/payload.ts';
import { FEEDBACK_TYPES } from '../../src/lib/feedback/prefill.ts';
import { getFeedbackValidator, schemas } from '../../src/lib/validate/schemas.ts';

const LABELS = { request: 'Dataset request', problem: 'Problem with a dataset', plan: 'Comment on the release plan', general: 'Feedback' } as const;
const label = (type: keyof typeof LABELS, about: string | undefined) => (about ? `${LABELS[type]}: ${about}` : LABELS[type]);

const fields = (overrides: Partial<FeedbackFields> = {}): FeedbackFields => ({
	type: 'problem',
	message: '  The 2025 file has no counts for highway 7.  ',
	name: '',
	email: '',
	consent: false,
	...overrides,
});
const context = (overrides: Partial<PayloadContext> = {}): PayloadContext => ({
	catalogue: 'https://example.org/catalogue/',
	language: 'en',
	page: 'https://example.org/catalogue/en/datasets/traffic-volumes/',
	prefill: { type: 'problem', dataset: 'traffic-volumes', publisher: 'mto' },
	...overrides,
});

function schemaErrors(payload: unknown): string[] {
	const validate = getFeedbackValidator();
	return validate(payload) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
}

describe('buildPayload', () => {
	it('sends the trimmed message, what it is about and where it was written', () => {
		expect(buildPayload(fields(), context(), label)).toEqual({
			catalogue: 'https://example.org/catalogue/',
			language: 'en',
			type: 'problem',
			subject: 'Problem with a dataset: traffic-volumes',
			message: 'The 2025 file has no counts for highway 7.',
			dataset: 'traffic-volumes',
			publisher: 'mto',
			page: 'https://example.org/catalogue/en/datasets/traffic-volumes/',
		});
	});

	it('includes the e-mail address only with consent, and the name when given', () => {
		const withConsent = buildPayload(fields({ name: '  Camille   Tremblay ', email: ' camille@example.org ', consent: true }), context(), label);
		expect(withConsent).toMatchObject({ name: 'Camille Tremblay', email: 'camille@example.org', consent: true });
		const without = buildPayload(fields({ email: 'camille@example.org', consent: false }), context(), label);
		expect(without).not.toHaveProperty('email');
		expect(without).not.toHaveProperty('consent');
	});

	it('builds payloads the schema accepts, for every type and context', () => {
		const prefills = [
			{},
			{ dataset: 'traffic-volumes', publisher: 'mto' },
			{ query: 'bridge inspections' },
			{ scheduleRow: 'mto/bridge-conditions', publisher: 'mto' },
		];
		for (const type of FEEDBACK_TYPES) {
			for (const prefill of prefills) {
				for (const contact of [fields({ type }), fields({ type, name: 'Camille', email: 'camille@example.org', consent: true })]) {
					const payload = buildPayload(contact, context({ prefill: { type, ...prefill }, language: 'fr' }), label);
					expect(schemaErrors(payload), JSON.stringify(payload)).toEqual([]);
				}
			}
		}
	});

	it('quotes the start of the message in the subject when nothing else says what it is about, on one line', () => {
		expect(feedbackSubject('general', {}, 'Thank you\nfor the new maps.', label)).toBe('Feedback: Thank you for the new maps.');
		const long = feedbackSubject('request', {}, 'x'.repeat(500), label);
		expect(characterCount(long)).toBe('Dataset request: '.length + 60);
		expect(long.endsWith('…')).toBe(true);
		expect(feedbackSubject('request', { query: 'zebrafish' }, 'anything', label)).toBe('Dataset request: zebrafish');
		expect(feedbackSubject('plan', {}, '   ', label)).toBe('Comment on the release plan');
		expect(characterCount(feedbackSubject('request', {}, 'x', () => 'y'.repeat(300)))).toBe(200);
	});
});

describe('schemas/feedback.schema.json', () => {
	const valid = buildPayload(fields({ email: 'camille@example.org', consent: true }), context(), label);

	it.each([
		['an e-mail address without consent', { ...valid, consent: undefined }, ' dependentRequired'],
		['consent without an e-mail address', { ...valid, email: undefined }, ' dependentRequired'],
		['consent that is not true', { ...valid, consent: false }, '/consent const'],
		['an unknown type', { ...valid, type: 'complaint' }, '/type enum'],
		['a message of a few characters', { ...valid, message: 'Hi' }, '/message minLength'],
		['a message over the limit', { ...valid, message: 'x'.repeat(4001) }, '/message maxLength'],
		['a page that is not a web address', { ...valid, page: 'javascript:alert(1)' }, '/page pattern'],
		['a subject on two lines', { ...valid, subject: 'a\nb' }, '/subject pattern'],
		['a dataset that is not an identifier', { ...valid, dataset: '../etc/passwd' }, '/dataset pattern'],
		['a field the schema does not know', { ...valid, website: 'http://spam.example' }, ' additionalProperties'],
		['no catalogue', { ...valid, catalogue: undefined }, ' required'],
	])('refuses %s', (_name, payload, error) => {
		const clean = JSON.parse(JSON.stringify(payload));
		expect(schemaErrors(clean)).toContain(error);
	});

	it('has the limits the form checks', () => {
		const properties = schemas.feedback.properties;
		expect(properties.message.minLength).toBe(FEEDBACK_LIMITS.messageMin);
		expect(properties.message.maxLength).toBe(FEEDBACK_LIMITS.messageMax);
		expect(properties.name.maxLength).toBe(FEEDBACK_LIMITS.nameMax);
		expect(properties.type.enum).toEqual(FEEDBACK_TYPES);
		expect(schemas.request.properties.type.enum).toEqual(FEEDBACK_TYPES);
	});

	it('accepts exactly the e-mail addresses the form accepts', () => {
		const addresses = [
			'camille@example.org',
			'c.tremblay+data@gov.example.ca',
			"o'neil@example.org",
			'camille@example',
			'camille example.org',
			'camille@@example.org',
			'camille@-example.org',
			'caméléon@example.org',
			'.camille@example.org',
		];
		for (const email of addresses) {
			const formAccepts = validateFeedback(fields({ email, consent: true }), true).length === 0;
			const schemaAccepts = schemaErrors({ ...valid, email }).length === 0;
			expect(formAccepts, email).toBe(schemaAccepts);
		}
	});
});
