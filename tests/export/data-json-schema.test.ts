/**
 * data.json against the official Project Open Data v1.1 JSON Schema (draft-04, read with
 * ajv-draft-04 from the shared standards folder beside the repository; reference material, not
 * shipped), and the project's adaptation of it for JSON Schema 2020-12 — the one the build checks
 * data.json with — against the official one: same verdict on the example and on broken variants.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { expect, it } from 'vitest';
import podSchema from '../../schemas/data-json/project-open-data-v1.1.schema.json' with { type: 'json' };
import { toDataJson } from '../../src/lib/export/data-json/catalog.ts';
import type { PodCatalog } from '../../src/lib/export/data-json/types.ts';
import { describeWithShared, sharedPath } from '../support/shared-folder.ts';
import { loadFixture } from './support.ts';

const SCHEMA_DIR = sharedPath('standards/project-open-data-v1.1/schema');
const FILES = ['catalog', 'dataset', 'distribution', 'organization', 'vcard'];

/** The official catalog.json with the files it refers to; fails, rather than skips, when one is missing. */
function officialValidator() {
	const paths = FILES.map((name) => resolve(SCHEMA_DIR, `${name}.json`));
	const missing = paths.filter((path) => !existsSync(path));
	if (missing.length > 0)
		throw new Error(
			`The Project Open Data v1.1 schemas are missing: ${missing.join(', ')}. Put a copy of project-open-data/project-open-data.github.io v1.1/schema/ in ${SCHEMA_DIR}.`,
		);
	// The published patterns are written for engines without Unicode mode (`\_`, `\!`), as draft-04 validators are.
	const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
	addFormats.default(ajv, ['uri']);
	for (const path of paths.slice(1)) ajv.addSchema(JSON.parse(readFileSync(path, 'utf8')));
	return ajv.compile(JSON.parse(readFileSync(paths[0]!, 'utf8')));
}

function adaptedValidator() {
	const ajv = new Ajv2020({ allErrors: true, strict: false, unicodeRegExp: false });
	addFormats.default(ajv, ['uri']);
	return ajv.compile(podSchema);
}

async function exampleDataJson(): Promise<PodCatalog> {
	return toDataJson(await loadFixture('.'), { siteUrl: 'https://open-data-catalogue.github.io', base: '/' });
}

/** A copy of `document` with `edit` applied to it. */
function variant(document: PodCatalog, edit: (copy: any) => void): PodCatalog {
	const copy = structuredClone(document);
	edit(copy);
	return copy;
}

describeWithShared('data.json and the official Project Open Data v1.1 schema', () => {
	it('the example catalogue’s data.json is valid', async () => {
		const validate = officialValidator();
		const document = await exampleDataJson();
		expect(validate(document), JSON.stringify(validate.errors?.slice(0, 5), null, 1)).toBe(true);
		expect(document.dataset.map((d) => d.accessLevel)).toEqual(expect.arrayContaining(['public', 'non-public']));
	});

	it('the project’s 2020-12 adaptation gives the official schema’s verdict, valid or not', async () => {
		const official = officialValidator();
		const adapted = adaptedValidator();
		const document = await exampleDataJson();
		const open = document.dataset.findIndex((d) => d.distribution?.some((x) => x.downloadURL));
		const variants: Record<string, PodCatalog> = {
			'the example': document,
			'no bureauCode': variant(document, (d) => delete d.dataset[0].bureauCode),
			'a bureauCode without its form': variant(document, (d) => (d.dataset[0].bureauCode = ['000-00'])),
			'an empty programCode': variant(document, (d) => (d.dataset[0].programCode = [])),
			'no keyword': variant(document, (d) => (d.dataset[0].keyword = [])),
			'an e-mail that is not mailto:': variant(document, (d) => (d.dataset[0].contactPoint.hasEmail = 'a@example.org')),
			'an e-mail with %': variant(document, (d) => (d.dataset[0].contactPoint.hasEmail = 'mailto:a%b@example.org')),
			'no contact name': variant(document, (d) => delete d.dataset[0].contactPoint.fn),
			'an unknown access level': variant(document, (d) => (d.dataset[0].accessLevel = 'restricted')),
			'rights of 256 characters': variant(document, (d) => (d.dataset[0].rights = 'x'.repeat(256))),
			'rights of 255 characters': variant(document, (d) => (d.dataset[0].rights = 'x'.repeat(255))),
			'a frequency that is not a repeating duration': variant(document, (d) => (d.dataset[0].accrualPeriodicity = 'P1Y')),
			'null for an optional field': variant(document, (d) => (d.dataset[0].accrualPeriodicity = null)),
			'an open-ended temporal coverage': variant(document, (d) => (d.dataset[0].temporal = '2005-01-01/..')),
			'an open-ended temporal coverage as the export writes it': variant(document, (d) => (d.dataset[0].temporal = 'R/2005-01-01/P1D')),
			'a landing page that is not a URI': variant(document, (d) => (d.dataset[0].landingPage = 'not a uri')),
			'a download without media type': variant(document, (d) => delete d.dataset[open].distribution.find((x: any) => x.downloadURL).mediaType),
			'a media type with two +': variant(document, (d) => (d.dataset[open].distribution[0].mediaType = 'a/b+c+d')),
			'no conformsTo': variant(document, (d) => delete d.conformsTo),
			'@type without @context': variant(document, (d) => delete d['@context']),
			'a publisher without name': variant(document, (d) => (d.dataset[0].publisher = { '@type': 'org:Organization' })),
		};
		const verdicts = Object.fromEntries(Object.entries(variants).map(([name, doc]) => [name, { official: official(doc), adapted: adapted(doc) }]));
		for (const [name, { official: expected, adapted: actual }] of Object.entries(verdicts)) expect(actual, name).toBe(expected);
		const valid = Object.entries(verdicts)
			.filter(([, v]) => v.official)
			.map(([name]) => name);
		expect(valid).toEqual(['the example', 'rights of 255 characters', 'null for an optional field', 'an open-ended temporal coverage as the export writes it']);
	});
});
