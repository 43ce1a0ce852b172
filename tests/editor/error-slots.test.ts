import { describe, expect, it } from 'vitest';
import { controlName, slotFor } from '../../src/lib/editor/error-slots.ts';

const slots = [
	'identifier',
	'title',
	'title.en',
	'title.fr',
	'themes',
	'contact_point',
	'contact_point.email',
	'distributions',
	'distributions.0.title',
	'distributions.0.title.en',
	'distributions.0.format',
];

describe('slotFor', () => {
	it('names list items as the form’s controls do', () => {
		expect(controlName('distributions[0].title.en')).toBe('distributions.0.title.en');
	});

	it('puts an error on its own field when it has a slot', () => {
		expect(slotFor('distributions[0].format', slots)).toBe('distributions.0.format');
		expect(slotFor('title.fr', slots)).toBe('title.fr');
	});

	it('puts an error on a group or list on the nearest slot inside or around it', () => {
		expect(slotFor('themes[1]', slots)).toBe('themes');
		expect(slotFor('contact_point.name.en', slots)).toBe('contact_point');
		expect(slotFor('distributions[3].title', slots)).toBe('distributions');
		expect(slotFor('description', ['description.en', 'description.fr'])).toBe('description.en');
	});

	it('leaves an error on the whole file, or on a field the form does not offer, to the summary', () => {
		expect(slotFor('', slots)).toBeUndefined();
		expect(slotFor('origin.id', slots)).toBeUndefined();
	});
});
