import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { formatImportReport } from '../../src/lib/import/format-report.ts';
import { IMPORTERS } from '../../src/lib/import/importers.ts';
import { runImport } from '../../src/lib/import/run.ts';
import { themeMapping } from '../../src/lib/import/vocabularies.ts';
import { cleanUp, emptyCatalogue, tempFolder } from './support.ts';

afterAll(cleanUp);

/** A complete CKAN package: every value the catalogue requires is there. */
const PACKAGE = {
	id: '7a4f3c1e-0b8d-4f25-9d3c-0e4b3a1f2c9d',
	name: 'road-salt-use',
	title_translated: { en: 'Road salt use', fr: 'Utilisation de sel de voirie' },
	notes_translated: { en: 'Tonnes of salt spread per winter.', fr: 'Tonnes de sel épandues par hiver.' },
	organization: { name: 'mto', title: 'Ministry of Transportation | Ministère des Transports' },
	maintainer_email: 'roads@example.org',
	license_id: 'cc-by',
	groups: [{ name: 'transportation', title: 'Transportation' }],
	metadata_created: '2020-01-15T10:00:00',
	metadata_modified: '2024-06-30T08:00:00',
	frequency: 'annually',
	resources: [{ name_translated: { en: 'Salt (CSV)', fr: 'Sel (CSV)' }, url: 'https://example.org/salt.csv', format: 'CSV', size: 1024 }],
};
const THEMES = themeMapping({ transportation: 'TRAN' });

function source(name: string, text: string): string {
	const dir = tempFolder();
	writeFileSync(join(dir, name), text);
	return join(dir, name);
}

async function validate(out: string) {
	const { diagnostics, catalogue } = await loadCatalogue(out, { asOf: '2026-11-23' });
	return {
		catalogue,
		errors: diagnostics.filter((d) => d.severity === 'error'),
		drafts: diagnostics.filter((d) => d.code === 'draft.unpublished').map((d) => d.file),
	};
}

describe('a complete record', () => {
	it('is published: the result validates and the dataset is in the catalogue, with its origin', async () => {
		const out = emptyCatalogue();
		const report = await runImport(IMPORTERS.ckan, {
			source: source('packages.json', JSON.stringify({ success: true, result: { count: 1, results: [PACKAGE] } })),
			out,
			themes: THEMES,
		});
		expect(report).toMatchObject({ read: 1, datasets: { created: 1, drafted: 0 }, publishers: { created: 1, drafted: 1 } });
		expect(report.catalogue.licencesAdded).toEqual(['cc-by-4-0']);
		const text = readFileSync(join(out, 'datasets/mto/road-salt-use.yaml'), 'utf8');
		expect(text).toMatch(/^# yaml-language-server: \$schema=/);
		expect(text).toContain('origin:\n  system: ckan\n  id: 7a4f3c1e-0b8d-4f25-9d3c-0e4b3a1f2c9d');
		expect(text).toContain('update_frequency: ANNUAL');
		// The publisher lacks its kind and mailbox: a draft, which holds its datasets back.
		const { errors, drafts } = await validate(out);
		expect(errors).toEqual([]);
		expect(drafts).toEqual(['datasets/mto/road-salt-use.yaml', 'publishers/mto.yaml']);
	});

	it('is published once its publisher is complete', async () => {
		const out = emptyCatalogue(undefined, ['publishers/mto.yaml']);
		const report = await runImport(IMPORTERS.ckan, { source: source('p.json', JSON.stringify(PACKAGE)), out, themes: THEMES });
		expect(report.publishers).toMatchObject({ created: 0 });
		const { errors, drafts, catalogue } = await validate(out);
		expect(errors).toEqual([]);
		expect(drafts).toEqual([]);
		expect(catalogue?.datasets.map((d) => [d.identifier, d.licence, d.themes, d.origin?.system])).toEqual([['road-salt-use', 'cc-by-4-0', ['TRAN'], 'ckan']]);
	});
});

describe('never inventing a value', () => {
	it('writes a record without a licence, a contact or a theme as a draft that says what it lacks', async () => {
		const out = emptyCatalogue(undefined, ['publishers/mto.yaml']);
		const { license_id: _l, maintainer_email: _m, groups: _g, ...bare } = PACKAGE;
		const report = await runImport(IMPORTERS.ckan, { source: source('p.json', JSON.stringify(bare)), out });
		expect(report.datasets.drafted).toBe(1);
		expect(report.draftReasons.map((r) => r.reason)).toEqual(['dataset contact_point is missing', 'dataset licence is missing', 'dataset themes is missing']);
		const text = readFileSync(join(out, 'datasets/mto/road-salt-use.yaml'), 'utf8');
		expect(text).toContain('status: draft');
		expect(text).not.toMatch(/^licence:|^contact_point:|^themes:/m);
		const { errors, drafts } = await validate(out);
		expect(errors).toEqual([]);
		expect(drafts).toEqual(['datasets/mto/road-salt-use.yaml']);
	});

	it('lists a licence it does not know for the steward instead of deciding whether it is open', async () => {
		const out = emptyCatalogue(undefined, ['publishers/mto.yaml']);
		const report = await runImport(IMPORTERS.ckan, {
			source: source('p.json', JSON.stringify({ ...PACKAGE, license_id: 'city-terms', license_url: 'https://example.org/terms' })),
			out,
			themes: THEMES,
		});
		expect(report.catalogue.licencesToAdd).toEqual([{ id: 'city-terms', label: 'city-terms', url: 'https://example.org/terms', records: 1 }]);
		expect(report.datasets.drafted).toBe(1);
		expect(readFileSync(join(out, 'catalogue.yaml'), 'utf8')).not.toContain('city-terms');
	});
});

describe('access and rights', () => {
	it('takes Ontario’s access level, exemption and rationale, so a restricted record is complete', async () => {
		const out = emptyCatalogue(undefined, ['publishers/mto.yaml']);
		const { resources: _r, frequency: _f, ...rest } = PACKAGE;
		const restricted = {
			...rest,
			access_level: 'restricted',
			exemption: 'privacy',
			exemption_rationale: { en: 'Records identify people.', fr: 'Les dossiers identifient des personnes.' },
			update_frequency: 'on_demand',
		};
		const report = await runImport(IMPORTERS.ckan, { source: source('p.json', JSON.stringify(restricted)), out, themes: THEMES });
		expect(report.datasets.drafted).toBe(0);
		const { catalogue, errors } = await validate(out);
		expect(errors).toEqual([]);
		expect(catalogue?.datasets[0]).toMatchObject({
			access_level: 'restricted',
			exemption: 'privacy',
			rationale: { en: 'Records identify people.' },
			update_frequency: 'IRREG',
		});
	});

	it('keeps a data.json publisher’s federal codes and its restricted datasets’ rights as rationale', async () => {
		const out = emptyCatalogue();
		const dataset = {
			identifier: 'x-1',
			title: 'Payroll',
			description: 'Pay.',
			keyword: ['pay'],
			modified: '2024-01-02',
			publisher: { name: 'Office of Personnel' },
			contactPoint: { fn: 'Desk', hasEmail: 'mailto:desk@example.gov' },
			accessLevel: 'non-public',
			rights: 'Contains personal information.',
			bureauCode: ['027:00'],
			programCode: ['027:001'],
		};
		await runImport(IMPORTERS.datajson, { source: source('data.json', JSON.stringify({ dataset: [dataset] })), out });
		const publisher = readFileSync(join(out, 'publishers/office-of-personnel.yaml'), 'utf8');
		expect(publisher).toContain('data_json:\n  bureau_code: 027:00\n  program_code: 027:001');
		const text = readFileSync(join(out, 'datasets/office-of-personnel/x-1.yaml'), 'utf8');
		expect(text).toContain('rationale:\n  en: Contains personal information.');
		expect(text).toContain('access_level: restricted');
		expect((await validate(out)).errors).toEqual([]);
	});
});

describe('re-running an import', () => {
	it('updates the files it wrote, keeps a file a steward changed, and overwrites it only with force', async () => {
		const out = emptyCatalogue(undefined, ['publishers/mto.yaml']);
		const file = source('p.json', JSON.stringify(PACKAGE));
		const path = join(out, 'datasets/mto/road-salt-use.yaml');
		await runImport(IMPORTERS.ckan, { source: file, out, themes: THEMES });
		expect((await runImport(IMPORTERS.ckan, { source: file, out, themes: THEMES })).datasets).toMatchObject({ created: 0, unchanged: 1 });

		writeFileSync(file, JSON.stringify({ ...PACKAGE, title_translated: { en: 'Road salt', fr: 'Sel de voirie' } }));
		expect((await runImport(IMPORTERS.ckan, { source: file, out, themes: THEMES })).datasets).toMatchObject({ updated: 1 });
		expect(readFileSync(path, 'utf8')).toContain('en: Road salt\n');

		writeFileSync(path, readFileSync(path, 'utf8').replace('en: Road salt\n', 'en: Road salt, by winter\n'));
		writeFileSync(file, JSON.stringify(PACKAGE));
		expect((await runImport(IMPORTERS.ckan, { source: file, out, themes: THEMES })).datasets).toMatchObject({ kept: 1 });
		expect(readFileSync(path, 'utf8')).toContain('Road salt, by winter');
		expect((await runImport(IMPORTERS.ckan, { source: file, out, themes: THEMES, force: true })).datasets).toMatchObject({ updated: 1 });
		expect(readFileSync(path, 'utf8')).toContain('en: Road salt use\n');
	});
});

describe('bad input', () => {
	it('names a truncated JSON file, and in JSON lines the bad line, and goes on', async () => {
		const out = emptyCatalogue(undefined, ['publishers/mto.yaml']);
		const dir = tempFolder();
		writeFileSync(join(dir, 'a-truncated.json'), JSON.stringify({ result: PACKAGE }).slice(0, 200));
		writeFileSync(
			join(dir, 'b-lines.jsonl'),
			`${JSON.stringify({ ...PACKAGE, id: 'one', name: 'one' })}\n{"id": "two", "title": \n${JSON.stringify({ ...PACKAGE, id: 'three', name: 'three' })}\n{"title": "no id"}\n`,
		);
		const report = await runImport(IMPORTERS.ckan, { source: dir, out, themes: THEMES });
		expect(report.problems.map((p) => `${p.file}${p.position ? ` ${p.position}` : ''}: ${p.message.split(':')[0]}`)).toEqual([
			'a-truncated.json: is not valid JSON',
			'b-lines.jsonl line 2: is not valid JSON',
		]);
		expect(report.skipped).toEqual([{ record: 'b-lines.jsonl, line 4', reason: 'has no id or name' }]);
		expect(report.datasets.created).toBe(2);
		expect(formatImportReport(report)).toContain('a-truncated.json: is not valid JSON');
	});

	it('names a JKAN file without front matter, with one too large or broken, and does not follow a symbolic link', async () => {
		const site = tempFolder();
		mkdirSync(join(site, '_datasets'));
		writeFileSync(join(site, '_datasets', 'good.md'), '---\ntitle: Roads\norganization: Roads Office\n---\n');
		writeFileSync(join(site, '_datasets', 'no-front-matter.md'), 'Just text.\n');
		writeFileSync(join(site, '_datasets', 'broken.md'), '---\ntitle: [unclosed\n---\n');
		writeFileSync(join(site, '_datasets', 'huge.md'), `---\ntitle: ${'x'.repeat(1_100_000)}\n---\n`);
		symlinkSync('/etc/passwd', join(site, '_datasets', 'linked.md'));
		const report = await runImport(IMPORTERS.jkan, { source: site, out: emptyCatalogue() });
		expect(report.problems.map((p) => `${p.file}: ${p.message.split(':')[0]}`)).toEqual([
			'linked.md: is a symbolic link',
			'_datasets/broken.md: has front matter that is not valid YAML',
			'_datasets/huge.md: has front matter longer than 1024 KB',
			'_datasets/no-front-matter.md: has no YAML front matter (--- at the top and after the metadata)',
		]);
		expect(report.datasets.created).toBe(1);
	});

	it('names an RDF syntax error with its file and line', async () => {
		const out = emptyCatalogue();
		const dir = tempFolder();
		writeFileSync(join(dir, 'broken.ttl'), '@prefix dcat: <http://www.w3.org/ns/dcat#> .\n<https://x.example/d> a dcat:Dataset ;\n  dcat:keyword "a" "b" .\n');
		writeFileSync(join(dir, 'broken.rdf'), '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description></rdf:RDF>');
		const report = await runImport(IMPORTERS.dcat, { source: dir, out });
		expect(report.problems.map((p) => p.file)).toEqual(['broken.rdf', 'broken.ttl']);
		expect(report.problems[1]!.message).toMatch(/^is not valid Turtle: .*line 3/);
		expect(report.problems[0]!.message).toMatch(/^is not valid RDF\/XML: /);
	});

	it('names what a data.json breaks in its schema, dataset by dataset, and imports what it can', async () => {
		const out = emptyCatalogue();
		const document = {
			conformsTo: 'https://project-open-data.cio.gov/v1.1/schema',
			dataset: [{ identifier: 'a-1', title: 'Roads', publisher: { name: 'Roads Office' }, accessLevel: 'public' }, { title: 'No identifier' }],
		};
		const report = await runImport(IMPORTERS.datajson, { source: source('data.json', JSON.stringify(document)), out });
		expect(report.problems.some((p) => p.position === 'dataset 1 (a-1)' && p.message.startsWith('breaks the Project Open Data v1.1 schema: '))).toBe(true);
		expect(report.skipped).toEqual([{ record: 'data.json, dataset 2', reason: 'has no identifier' }]);
		expect(report.datasets.created).toBe(1);
		expect((await validate(out)).errors).toEqual([]);
	});
});
