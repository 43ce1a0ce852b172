/**
 * Data dictionaries published as Table Schema documents: one per distribution with a dictionary,
 * valid against the official Frictionless Table Schema 2.0 profile (read from the shared standards
 * folder beside the repository), linked from the dataset page and from both metadata exports.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildExampleSite, REPO_ROOT, type BuiltSite } from '../browser/support/build.ts';
import { itWithShared, sharedPath } from '../support/shared-folder.ts';

const PROFILE = sharedPath('standards/frictionless-datapackage-v2/profiles/2.0/tableschema.json');

interface DictionaryYaml {
	fields: { name: string; title?: Record<string, string>; type?: string }[];
}

let site: BuiltSite;
beforeAll(async () => {
	site = await buildExampleSite();
});
afterAll(async () => {
	await site?.remove();
});

/** The example's traffic-volumes distribution with a dictionary: its position and its dictionary file. */
function trafficDictionary(): { position: number; dictionary: DictionaryYaml } {
	const record = parse(readFileSync(join(REPO_ROOT, 'datasets/mto/traffic-volumes.yaml'), 'utf8')) as { distributions: { schema?: string }[] };
	const index = record.distributions.findIndex((distribution) => typeof distribution.schema === 'string');
	const dictionary = parse(readFileSync(join(REPO_ROOT, 'datasets/mto', record.distributions[index]!.schema!), 'utf8')) as DictionaryYaml;
	return { position: index + 1, dictionary };
}

describe('data dictionaries as Table Schema documents', () => {
	it('are written in the default language, with every column of the dictionary', () => {
		const { position, dictionary } = trafficDictionary();
		const document = JSON.parse(readFileSync(join(site.dir, 'datasets/traffic-volumes', `distribution-${position}.schema.json`), 'utf8')) as DictionaryYaml & {
			$schema: string;
		};
		expect(document.$schema).toBe('https://datapackage.org/profiles/2.0/tableschema.json');
		expect(document.fields.map((field) => field.name)).toEqual(dictionary.fields.map((field) => field.name));
		expect(document.fields[0]!.title).toBe(dictionary.fields[0]!.title!.en);
	});

	itWithShared('conform to the official Table Schema 2.0 profile, inline dictionaries too', () => {
		if (!existsSync(PROFILE)) throw new Error(`The Frictionless Table Schema profile is missing: ${PROFILE}`);
		const ajv = new Ajv({ allErrors: true, strict: false });
		addFormats.default(ajv);
		const validate = ajv.compile(JSON.parse(readFileSync(PROFILE, 'utf8')) as object);
		const catalogue = JSON.parse(readFileSync(join(site.dir, 'catalog.jsonld'), 'utf8')) as {
			'@graph': { '@type': string; conformsTo?: { '@id': string } | { '@id': string }[] }[];
		};
		const published = catalogue['@graph']
			.filter((node) => node['@type'] === 'Distribution' && node.conformsTo)
			.flatMap((node) => [node.conformsTo!].flat().map((ref) => new URL(ref['@id']).pathname));
		// traffic-volumes (a dictionary file) and hospital-wait-times (an inline one), at least.
		expect(published.length).toBeGreaterThanOrEqual(2);
		for (const path of published) {
			const document = JSON.parse(readFileSync(join(site.dir, path), 'utf8')) as unknown;
			expect(validate(document), `${path}: ${ajv.errorsText(validate.errors)}`).toBe(true);
		}
	});

	it('are linked from the dataset page in each language and given as data.json describedBy', () => {
		const { position } = trafficDictionary();
		const href = `/datasets/traffic-volumes/distribution-${position}.schema.json`;
		for (const lang of ['en', 'fr']) expect(readFileSync(join(site.dir, lang, 'datasets/traffic-volumes/index.html'), 'utf8')).toContain(`href="${href}"`);
		const dataJson = JSON.parse(readFileSync(join(site.dir, 'data.json'), 'utf8')) as {
			dataset: { identifier: string; distribution?: { describedBy?: string; describedByType?: string }[] }[];
		};
		const traffic = dataJson.dataset.find((dataset) => dataset.identifier.includes('/datasets/traffic-volumes/'))!;
		expect(traffic.distribution![position - 1]).toMatchObject({ describedBy: `http://127.0.0.1${href}`, describedByType: 'application/json' });
	});
});
