import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../browser/support/build.ts';

const json = (path: string) => JSON.parse(readFileSync(join(REPO_ROOT, path), 'utf8')) as Record<string, unknown>;

describe('VS Code settings', () => {
	it('map each schema to its files, and the schemas exist', () => {
		const schemas = json('.vscode/settings.json')['yaml.schemas'] as Record<string, string>;
		expect(schemas).toEqual({
			'./schemas/catalogue.schema.json': 'catalogue.yaml',
			'./schemas/publisher.schema.json': 'publishers/*.yaml',
			// Data dictionaries beside the datasets have their own schema.
			'./schemas/dataset.schema.json': ['datasets/**/*.yaml', '!datasets/**/*.schema.yaml'],
			'./schemas/table-schema.schema.json': 'datasets/**/*.schema.yaml',
			'./schemas/request.schema.json': 'requests/*.yaml',
			'./schemas/plan.schema.json': 'schedules/*.yaml',
		});
		for (const schema of Object.keys(schemas)) expect(existsSync(join(REPO_ROOT, schema)), schema).toBe(true);
		const jsonSchemas = json('.vscode/settings.json')['json.schemas'] as Array<{ fileMatch: string[]; url: string }>;
		expect(jsonSchemas).toEqual([{ fileMatch: ['datasets/**/*.schema.json'], url: './schemas/table-schema.schema.json' }]);
	});

	it('recommend the YAML extension', () => {
		expect(json('.vscode/extensions.json').recommendations).toContain('redhat.vscode-yaml');
	});
});
