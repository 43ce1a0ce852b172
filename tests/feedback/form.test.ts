/** Checking the feedback form before anything is sent. */
import { describe, expect, it } from 'vitest';
import { validateFeedback, type FeedbackFields } from '../../src/lib/feedback/form.ts';

const fields = (overrides: Partial<FeedbackFields> = {}): FeedbackFields => ({
	type: 'general',
	message: 'Thank you for the new maps.',
	name: '',
	email: '',
	consent: false,
	...overrides,
});
const keys = (f: FeedbackFields, contact = true) => validateFeedback(f, contact).map((e) => `${e.field}:${e.key}`);

describe('validateFeedback', () => {
	it('accepts a message with a type, with or without contact details', () => {
		expect(keys(fields())).toEqual([]);
		expect(keys(fields({ name: 'Camille', email: 'camille@example.org', consent: true }))).toEqual([]);
	});

	it('reports every problem at once, in the order of the fields', () => {
		expect(keys(fields({ type: '', message: '  ', name: 'x'.repeat(101), email: 'camille at example', consent: false }))).toEqual([
			'type:feedback.error.type',
			'message:feedback.error.message.missing',
			'name:feedback.error.name.long',
			'email:feedback.error.email.invalid',
			'consent:feedback.error.consent',
		]);
	});

	it('gives the limits a message must keep to, counting characters rather than UTF-16 units', () => {
		expect(validateFeedback(fields({ message: 'Too short' }), false)).toEqual([{ field: 'message', key: 'feedback.error.message.short', vars: { min: 10 } }]);
		expect(validateFeedback(fields({ message: 'é'.repeat(4001) }), false)).toEqual([
			{ field: 'message', key: 'feedback.error.message.long', vars: { max: 4000, count: 4001 } },
		]);
		expect(keys(fields({ message: '🚌'.repeat(4000) }), false)).toEqual([]);
	});

	it('asks for consent before an e-mail address is used, and for the address once consent is given', () => {
		expect(keys(fields({ email: 'camille@example.org' }))).toEqual(['consent:feedback.error.consent']);
		expect(keys(fields({ consent: true }))).toEqual(['email:feedback.error.email.missing']);
	});

	it('ignores contact fields on channels that do not ask for them', () => {
		expect(keys(fields({ email: 'not an address', name: 'x'.repeat(500) }), false)).toEqual([]);
	});
});
