import { describe, expect, it } from 'vitest';
import { fieldReference } from '../../src/lib/docs/field-reference.ts';
import { schemas } from '../../src/lib/validate/schemas.ts';

const bySchemaFile = { 'common.schema.json': schemas.common, 'vocabularies.schema.json': schemas.vocabularies } as Record<string, any>;

/** Every property path of a schema, following $refs into nested objects and list items. */
function propertyPaths(node: any, home: any, prefix = ''): string[] {
	const paths: string[] = [];
	for (const [name, child] of Object.entries<any>(node.properties ?? {})) {
		paths.push(`${prefix}${name}`);
		const isList = child.type === 'array';
		let target = isList ? child.items : child;
		let targetHome = home;
		while (target?.$ref) {
			const [file, pointer] = target.$ref.split('#');
			if (file) targetHome = bySchemaFile[file];
			target = targetHome.$defs[pointer.replace('/$defs/', '')];
		}
		if (target?.properties) paths.push(...propertyPaths(target, targetHome, `${prefix}${name}${isList ? '[]' : ''}.`));
	}
	return paths;
}

describe('fieldReference', () => {
	const fields = fieldReference(schemas.dataset as any, bySchemaFile);
	const paths = fields.map((f) => f.path);

	it('lists every property of dataset.schema.json, nested ones included', () => {
		const expected = propertyPaths(schemas.dataset, schemas.dataset);
		expect(expected).toContain('distributions[].download_url');
		expect(expected).toContain('contact_point.email');
		expect(paths).toEqual(expected);
		for (const name of Object.keys((schemas.dataset as any).properties)) expect(paths).toContain(name);
	});

	it('says which fields are required, what they hold and what values they allow', () => {
		const field = (path: string) => fields.find((f) => f.path === path)!;
		expect(field('identifier')).toMatchObject({ required: true, kind: 'identifier', depth: 0 });
		expect(field('keywords')).toMatchObject({ required: false, kind: 'keywords' });
		expect(field('title')).toMatchObject({ kind: 'text' });
		expect(field('description')).toMatchObject({ kind: 'markdown' });
		expect(field('access_level').allowed).toEqual(['open', 'restricted', 'under_review']);
		expect(field('themes')).toMatchObject({ list: true, kind: 'code' });
		expect(field('themes').allowed).toBeUndefined();
		expect(field('distributions[].format')).toMatchObject({ required: true, kind: 'code', depth: 1 });
		expect(field('contact_point.email')).toMatchObject({ required: true, kind: 'email' });
		expect(field('issued')).toMatchObject({ kind: 'date', example: '2024-03-31' });
		expect(field('title').example).toMatch(/^en: .+\nfr: .+$/);
		for (const f of fields) expect(f.description, f.path).not.toBe('');
	});

	it('documents publishers and the catalogue too', () => {
		expect(fieldReference(schemas.publisher as any, bySchemaFile).map((f) => f.path)).toEqual(propertyPaths(schemas.publisher, schemas.publisher));
		expect(fieldReference(schemas.catalogue as any, bySchemaFile).map((f) => f.path)).toEqual(propertyPaths(schemas.catalogue, schemas.catalogue));
	});
});
