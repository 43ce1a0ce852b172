import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { formatSummary, formatText, formatWarningGroups, groupWarnings } from '../../src/lib/diagnostics/format.ts';
import { formatCodeFor } from '../../src/lib/vocabularies/format-names.ts';
import { fileType } from '../../src/lib/vocabularies/index.ts';
import { catalogueWith, cleanUp, minimalDataset } from './support.ts';

afterAll(cleanUp);

const AS_OF = '2026-11-23';
const DATASET = 'datasets/mto/traffic-volumes.yaml';

async function load(extra: Record<string, string>) {
	const result = await loadCatalogue(catalogueWith(undefined, extra), { asOf: AS_OF });
	return {
		...result,
		text: formatText(result.diagnostics),
		errors: result.diagnostics.filter((d) => d.severity === 'error'),
		warnings: result.diagnostics.filter((d) => d.severity === 'warning'),
	};
}

/** The minimal dataset with some lines replaced. */
function dataset(replace: Array<[string | RegExp, string]>): string {
	return replace.reduce<string>((text, [from, to]) => text.replace(from, to), minimalDataset());
}

const CATALOGUE_LICENCES = `licences:
  - id: ogl
    name:
      en: Open Government Licence
      fr: Licence du gouvernement ouvert
    url: https://example.org/ogl
    equivalent: CC-BY-4.0
  - id: all-rights
    name:
      en: All rights reserved
      fr: Tous droits réservés
    url: https://example.org/copyright
    open: false
`;

describe('file types', () => {
	it('accepts every code of the EU table, such as TIFF, GDB, DWG, LAZ, GZIP, WMTS_SRVC and ODP', async () => {
		for (const code of ['TIFF', 'GDB', 'DWG', 'DGN', 'DXF', 'LAZ', 'GZIP', 'WMTS_SRVC', 'ODP']) {
			const { errors } = await load({ [DATASET]: dataset([['format: CSV', `format: ${code}`]]) });
			expect(errors, code).toEqual([]);
			expect(fileType(code)?.iri).toBe(`http://publications.europa.eu/resource/authority/file-type/${code}`);
		}
	});

	it('suggests the code for the names people write', async () => {
		for (const [name, code] of [
			['Shapefile', 'SHP'],
			['Excel', 'XLSX'],
			['WMS', 'WMS_SRVC'],
			['ESRI REST', 'REST'],
			['API', 'REST'],
			['text/csv', 'CSV'],
		]) {
			expect(formatCodeFor(name!), name).toBe(code);
			const { errors } = await load({ [DATASET]: dataset([['format: CSV', `format: ${name}`]]) });
			expect(errors[0]?.hint, name).toBe(`did you mean "${code}"?`);
		}
		expect(formatCodeFor('ARCGIS HUB DATASET')).toBeUndefined();
	});

	it('says where the whole list is instead of cutting it', async () => {
		const { errors } = await load({ [DATASET]: dataset([['format: CSV', 'format: NOPE']]) });
		expect(errors[0]!.expected).toMatch(/^one of the \d+ codes listed in schemas\/vocabularies\.schema\.json, under \$defs\/fileTypeCode/);
		expect(errors[0]!.expected).not.toContain('…');
	});
});

describe('addresses', () => {
	it('allows an ftp download with a warning and still refuses javascript: and data:', async () => {
		const ftp = await load({ [DATASET]: dataset([['https://example.org/traffic.csv', 'ftp://ftp.example.org/pub/traffic.csv']]) });
		expect(ftp.errors).toEqual([]);
		expect(ftp.warnings.map((w) => `${w.code} ${w.field}`)).toEqual(['link.non-web-scheme distributions[0].download_url']);
		expect(ftp.catalogue?.datasets[0]?.distributions?.[0]?.download_url).toBe('ftp://ftp.example.org/pub/traffic.csv');
		for (const bad of ['javascript:alert(1)', 'data:text/csv,a', 'file:///etc/passwd']) {
			const { errors } = await load({ [DATASET]: dataset([['https://example.org/traffic.csv', bad]]) });
			expect(
				errors.map((e) => e.field),
				bad,
			).toContain('distributions[0].download_url');
		}
	});

	it('holds a landing page and documentation links, and an open dataset may have only a landing page', async () => {
		const text = dataset([[/distributions:[\s\S]*$/, 'landing_page: https://example.org/traffic\ndocumentation:\n  - https://example.org/traffic/method\n']]);
		const { errors, catalogue } = await load({ [DATASET]: text });
		expect(errors).toEqual([]);
		expect(catalogue?.datasets[0]).toMatchObject({ landing_page: 'https://example.org/traffic', documentation: ['https://example.org/traffic/method'] });
	});

	it('still asks an open dataset with neither for one of them', async () => {
		const { errors, text } = await load({ [DATASET]: dataset([[/distributions:[\s\S]*$/, '']]) });
		expect(errors.map((e) => e.field)).toEqual(['distributions']);
		expect(text).toContain('an open dataset needs a distribution or a landing_page');
	});
});

describe('licence openness', () => {
	it('refuses an open dataset under a licence marked open: false, with a hint', async () => {
		const catalogueText = (await import('node:fs'))
			.readFileSync(new URL('../fixtures/minimal/catalogue.yaml', import.meta.url), 'utf8')
			.replace(/licences:[\s\S]*?themes:/, `${CATALOGUE_LICENCES}themes:`);
		const { errors, catalogue } = await load({ 'catalogue.yaml': catalogueText, [DATASET]: dataset([['licence: ogl', 'licence: all-rights']]) });
		expect(errors.map((e) => `${e.code} ${e.field}`)).toEqual(['licence.not-open licence']);
		expect(errors[0]!.hint).toContain('open licence');
		expect(catalogue).toBeUndefined();
	});
});

describe('titles', () => {
	it('accept 316 characters (a real Statistics Canada French title) and refuse more than 500', async () => {
		const ok = await load({ [DATASET]: dataset([['fr: Volumes de circulation', `fr: ${'é'.repeat(316)}`]]) });
		expect(ok.errors).toEqual([]);
		const long = await load({ [DATASET]: dataset([['fr: Volumes de circulation', `fr: ${'é'.repeat(501)}`]]) });
		expect(long.errors.map((e) => `${e.field} ${e.message}`)).toEqual(['title.fr is too long']);
	});
});

describe('metadata language and missing translations', () => {
	const frenchOnly = dataset([
		['  en: Traffic volumes\n', ''],
		['  en: Daily traffic counts.\n', ''],
		['      en: Counts (CSV)\n', ''],
	]);

	it('warns once per field for a French-only record', async () => {
		const { warnings } = await load({ [DATASET]: frenchOnly });
		expect(warnings.map((w) => w.field)).toEqual(['title.en', 'description.en', 'distributions[0].title.en']);
	});

	it('is quiet when the dataset or its publisher says it is written in French', async () => {
		expect((await load({ [DATASET]: `${frenchOnly}metadata_language: fr\n` })).warnings).toEqual([]);
		const publisher = (await import('node:fs')).readFileSync(new URL('../fixtures/minimal/publishers/mto.yaml', import.meta.url), 'utf8');
		expect((await load({ [DATASET]: frenchOnly, 'publishers/mto.yaml': `${publisher}metadata_language: fr\n` })).warnings).toEqual([]);
	});

	it('still warns about a field missing the declared language', async () => {
		const { warnings } = await load({ [DATASET]: `${frenchOnly.replace('  fr: Volumes de circulation\n', '  en: Traffic volumes\n')}metadata_language: fr\n` });
		expect(warnings.map((w) => w.field)).toEqual(['title.fr']);
	});

	it('makes every missing translation an error when the catalogue requires them', async () => {
		const catalogueText = (await import('node:fs')).readFileSync(new URL('../fixtures/minimal/catalogue.yaml', import.meta.url), 'utf8');
		const { errors, catalogue } = await load({
			'catalogue.yaml': `${catalogueText}missing_translations: error\n`,
			[DATASET]: `${frenchOnly}metadata_language: fr\n`,
		});
		expect(errors.map((e) => e.field)).toEqual(['title.en', 'description.en', 'distributions[0].title.en']);
		expect(catalogue).toBeUndefined();
	});
});

describe('drafts', () => {
	it('reports what a draft lacks as warnings and does not publish it', async () => {
		const draft = dataset([
			['licence: ogl\n', ''],
			['identifier: traffic-volumes\n', 'identifier: traffic-volumes\nstatus: draft\n'],
			['contact_point:\n  email: mto@example.org\n', ''],
		]);
		const { errors, warnings, catalogue, diagnostics } = await load({ [DATASET]: draft });
		expect(errors).toEqual([]);
		expect(warnings.map((w) => `${w.code} ${w.field}`)).toEqual([
			'draft.schema.required contact_point',
			'draft.schema.required licence',
			'draft.unpublished status',
		]);
		expect(catalogue?.datasets).toEqual([]);
		expect(formatSummary(diagnostics, 3)).toBe('0 errors and 3 warnings (1 draft, not published) in 3 files checked');
	});

	it('does not publish a complete draft either', async () => {
		const { warnings, catalogue } = await load({ [DATASET]: dataset([['identifier: traffic-volumes\n', 'identifier: traffic-volumes\nstatus: draft\n']]) });
		expect(warnings.map((w) => w.message)).toEqual(['is draft: the record is complete but not published']);
		expect(catalogue?.datasets).toEqual([]);
	});

	it('turns a dangling reference in a draft into a warning too', async () => {
		const { errors, warnings } = await load({
			[DATASET]: dataset([
				['identifier: traffic-volumes\n', 'identifier: traffic-volumes\nstatus: draft\n'],
				['licence: ogl', 'licence: cc-by'],
			]),
		});
		expect(errors).toEqual([]);
		expect(warnings.map((w) => w.code)).toEqual(['draft.unpublished', 'draft.ref.licence']);
	});
});

describe('draft publishers', () => {
	it('keep the publisher and all its datasets unpublished, reporting what the publisher lacks', async () => {
		const { errors, warnings, catalogue } = await load({
			'publishers/mto.yaml': 'id: mto\nstatus: draft\nname:\n  en: Ministry of Transportation\n  fr: Ministère des Transports\n',
		});
		expect(errors).toEqual([]);
		expect(warnings.map((w) => `${w.file} ${w.code} ${w.field}`)).toEqual([
			'datasets/mto/traffic-volumes.yaml draft.unpublished ',
			'publishers/mto.yaml draft.schema.required email',
			'publishers/mto.yaml draft.schema.required type',
			'publishers/mto.yaml draft.unpublished status',
		]);
		expect(warnings[0]!.message).toBe('is not published: its publisher is a draft: the record is complete but not published');
		expect(catalogue?.datasets).toEqual([]);
		expect(catalogue?.publishers).toEqual([]);
	});
});

describe('the summary groups warnings by kind', () => {
	it('counts each kind once, most frequent first', async () => {
		const { diagnostics } = await load({
			[DATASET]: dataset([
				['  en: Traffic volumes\n', ''],
				['  en: Daily traffic counts.\n', ''],
				['https://example.org/traffic.csv', 'ftp://example.org/t.csv'],
			]),
		});
		expect(groupWarnings(diagnostics).map((g) => [g.code, g.count, g.files])).toEqual([
			['text.missing-translation', 2, 1],
			['link.non-web-scheme', 1, 1],
		]);
		expect(formatWarningGroups(diagnostics)).toMatchInlineSnapshot(`
			"Warnings by kind:
			  2  text.missing-translation  in 1 file  (e.g. title.en is missing: the translation is not given)
			  1  link.non-web-scheme       in 1 file  (e.g. distributions[0].download_url is not a web address: most browsers no longer open it)"
		`);
	});
});
