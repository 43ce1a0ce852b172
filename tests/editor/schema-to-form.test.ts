import { describe, expect, it } from 'vitest';
import type { FormField } from '../../src/lib/editor/form-description.ts';
import { schemaToForm } from '../../src/lib/editor/schema-to-form.ts';
import { UI_STRINGS } from '../../src/lib/i18n/translate.ts';
import { resolveRef, schemas } from '../../src/lib/validate/schemas.ts';

const lists = { publishers: ['mto', 'moh'], licences: ['ogl-belle-riviere'], themes: ['TRAN', 'HEAL'] };
const form = schemaToForm(schemas.dataset, resolveRef, lists);
const byPath = (path: string, fields: readonly FormField[] = form.fields): FormField | undefined => {
	for (const field of fields) {
		if (field.path === path) return field;
		const inner = field.fields && byPath(path, field.fields);
		if (inner) return inner;
	}
	return undefined;
};

describe('schemaToForm', () => {
	it('offers every property of the schema but the ones it cannot, in the schema order', () => {
		const offered = form.fields.map((f) => f.key);
		expect(offered.slice(0, 4)).toEqual(['identifier', 'status', 'title', 'description']);
		for (const key of Object.keys(schemas.dataset.properties)) expect(offered.includes(key) || form.omitted.includes(key)).toBe(true);
		expect(form.omitted).toContain('origin');
		expect(form.omitted).toContain('distributions.schema');
		expect(form.omitted).toContain('spatial_coverage.bbox');
	});

	it('makes per-language texts localized fields, Markdown ones multiline', () => {
		expect(byPath('title')).toMatchObject({ kind: 'localized', required: true });
		expect(byPath('title')?.multiline).toBeUndefined();
		expect(byPath('description')).toMatchObject({ kind: 'localized', multiline: true });
		expect(byPath('keywords')).toMatchObject({ kind: 'keywords', required: false });
	});

	it('offers the catalogue’s own lists for publisher, licence and themes, and the schema’s enums', () => {
		expect(byPath('publisher')).toMatchObject({ kind: 'select', options: ['mto', 'moh'], optionSource: 'publishers' });
		expect(byPath('licence')).toMatchObject({ kind: 'select', options: ['ogl-belle-riviere'] });
		expect(byPath('themes')).toMatchObject({ kind: 'checkboxes', options: ['TRAN', 'HEAL'], optionSource: 'themes' });
		expect(byPath('access_level')).toMatchObject({ kind: 'select', options: ['open', 'restricted', 'under_review'], optionSource: 'schema' });
		expect(byPath('update_frequency')?.options).toContain('ANNUAL');
		expect(byPath('distributions.format')?.options).toContain('CSV');
		expect(byPath('distributions.licence')?.optionSource).toBe('licences');
	});

	it('gives dates, addresses and numbers their kinds, with the schema’s descriptions', () => {
		expect(byPath('issued')).toMatchObject({ kind: 'date', required: true });
		expect(byPath('contact_point.email')).toMatchObject({ kind: 'email', required: true, description: 'The contact e-mail address.' });
		expect(byPath('distributions.download_url')?.kind).toBe('url');
		expect(byPath('distributions.byte_size')?.kind).toBe('number');
		expect(byPath('high_value')?.kind).toBe('boolean');
	});

	it('makes objects groups and lists of objects repeated groups', () => {
		expect(byPath('contact_point')).toMatchObject({ kind: 'group', required: true });
		const distributions = byPath('distributions')!;
		expect(distributions).toMatchObject({ kind: 'repeat', maxItems: 200 });
		expect(distributions.fields!.map((f) => f.key)).toEqual(expect.arrayContaining(['title', 'download_url', 'access_url', 'format']));
		expect(byPath('distributions.title')).toMatchObject({ kind: 'localized', required: true });
	});

	it('has a label in every interface language for every field it offers', () => {
		const paths = (fields: readonly FormField[]): string[] => fields.flatMap((f) => [f.path, ...paths(f.fields ?? [])]);
		for (const strings of Object.values(UI_STRINGS)) {
			expect(paths(form.fields).filter((path) => !Object.hasOwn(strings, `editor.field.${path}`))).toEqual([]);
		}
	});
});
