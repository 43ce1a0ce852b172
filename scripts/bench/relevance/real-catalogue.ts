/**
 * The relevance benchmark's test catalogue: real government records from `../shared/realdata/`
 * turned into our YAML catalogue format, so that search is judged on real titles, descriptions and
 * keywords rather than on the synthetic words of the speed benchmark.
 *
 * Private to the benchmark and deliberately small: it keeps what search reads (titles,
 * descriptions, keywords, publisher, distribution titles and formats) and fills the rest with
 * fixed valid values. It is not an importer (the real importers live in the product).
 *
 * Sources (see the shared README): the Government of Canada CKAN samples (2014 bilingual schema,
 * NRCan 2013, the modern `package_show` shape), the FreshCheck view of open.canada.ca municipal
 * records (English titles only), the City of Toronto's dataset YAML, and the bilingual titles of
 * open.canada.ca's deleted-datasets report (titles and organisation only).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as jsYaml from 'js-yaml';
import { stringify } from 'yaml';
import Papa from 'papaparse';
import { slugify } from '../../../src/lib/text/slugify.ts';
import { catalogueRecord } from '../synthetic-publishers.ts';

/** The shared real data, beside the repository (`../shared/realdata`). */
export const REALDATA_DIR = join(import.meta.dirname, '../../../../shared/realdata');

type Text = { en?: string; fr?: string };

/** One record as the benchmark keeps it, before it is written as YAML. */
export interface RealRecord {
	/** Where it came from, e.g. `gc2014:27bfe874`; the judgments refer to records by their identifier. */
	source: string;
	identifier: string;
	title: Text;
	description: Text;
	keywords: { en?: string[]; fr?: string[] };
	publisher: Text;
	distributions: { title: Text; format: string; url: string }[];
	modified: string;
}

const FORMATS = new Set([
	'CSV',
	'TSV',
	'JSON',
	'GEOJSON',
	'XML',
	'TXT',
	'HTML',
	'PDF',
	'ODS',
	'XLSX',
	'XLS',
	'DOCX',
	'ZIP',
	'SHP',
	'KML',
	'KMZ',
	'GPKG',
	'GML',
	'GTFS',
	'SQL',
	'ATOM',
	'RSS',
	'PNG',
	'JPEG',
]);
const FORMAT_ALIASES: Record<string, string> = {
	'ESRI REST': 'REST',
	API: 'REST',
	WMS: 'WMS_SRVC',
	WFS: 'WFS_SRVC',
	SHAPE: 'SHP',
	XLSM: 'XLSX',
	JPG: 'JPEG',
	'CSV (ZIP)': 'ZIP',
	TEXT: 'TXT',
};

/** An EU file-type code for a source's format string (HTML when unknown: the link is a page). */
function formatCode(raw: unknown): string {
	const text = String(raw ?? '')
		.trim()
		.toUpperCase();
	if (FORMATS.has(text)) return text;
	return FORMAT_ALIASES[text] ?? 'HTML';
}

/** `"Geo Data | G\\u00e9o"` (escaped twice in the NRCan file) decoded; other text unchanged. */
function unescapeTwice(text: string): string {
	return text.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** `"English | Français"` split into its languages. */
function pipePair(text: string): Text {
	const [en, fr] = unescapeTwice(text)
		.split(' | ')
		.map((part) => part.trim());
	return { en: en || undefined, fr: fr || en || undefined };
}

function clean(text: Text): Text {
	const out: Text = {};
	for (const lang of ['en', 'fr'] as const) {
		// Raw HTML is refused in our Markdown: the few records that have it keep their text.
		const value =
			text[lang] &&
			unescapeTwice(text[lang]!)
				.replace(/<br\s*\/?>/gi, '\n')
				.replace(/<[^>]*>/g, '')
				.trim();
		if (value) out[lang] = value.slice(0, 19_000);
	}
	return out;
}

function safeUrl(url: unknown): string {
	const text = String(url ?? '').trim();
	return /^https?:\/\/[^\s/?#]+/.test(text) && text.length < 2000 && !/\s/.test(text) ? text : 'https://open.canada.ca/data/';
}

function dateOf(raw: unknown): string {
	const match = /^\d{4}-\d{2}-\d{2}/.exec(String(raw ?? ''));
	return match && match[0] <= '2026-06-30' ? match[0] : '2020-01-01';
}

function lines(file: string): Record<string, unknown>[] {
	return readFileSync(file, 'utf8')
		.split('\n')
		.filter((line) => line.trim())
		.map((line) => JSON.parse(line) as Record<string, unknown>);
}

function commaList(raw: unknown): string[] {
	return String(raw ?? '')
		.split(',')
		.map((word) => word.trim())
		.filter(Boolean);
}

/** The 2014 and NRCan 2013 bilingual CKAN records. */
function oldCkan(file: string, prefix: string): RealRecord[] {
	return lines(file).map((r) => ({
		source: `${prefix}:${String(r.id ?? r.name)}`,
		identifier: `${prefix}-${slugify(String(r.id ?? r.name)).slice(0, 40)}`,
		title: clean({ en: r.title as string, fr: r.title_fra as string }),
		description: clean({ en: r.notes as string, fr: r.notes_fra as string }),
		keywords: { en: commaList(r.keywords), fr: commaList(r.keywords_fra) },
		publisher: r.author ? pipePair(r.author as string) : { en: String(r.owner_org ?? 'Government of Canada') },
		distributions: ((r.resources as Record<string, unknown>[] | undefined) ?? []).map((res) => ({
			title: clean({ en: (res.name as string) || 'Resource', fr: (res.name_fra as string) || (res.name as string) || 'Ressource' }),
			format: formatCode(res.format),
			url: safeUrl(res.url),
		})),
		modified: dateOf(r.date_modified || r.date_published),
	}));
}

/** The modern `package_show` records. */
function modernCkan(file: string): RealRecord[] {
	return lines(file).map((r) => {
		const keywords = (r.keywords ?? {}) as { en?: string[]; fr?: string[] };
		return {
			source: `obd:${r.id as string}`,
			identifier: `obd-${String(r.id).slice(0, 8)}`,
			title: clean(r.title_translated as Text),
			description: clean(r.notes_translated as Text),
			keywords: { en: keywords.en ?? [], fr: keywords.fr ?? [] },
			publisher: pipePair(
				String(r.org_title_at_publication ? Object.values(r.org_title_at_publication as object).join(' | ') : 'Statistics Canada | Statistique Canada'),
			),
			distributions: ((r.resources as Record<string, unknown>[] | undefined) ?? []).map((res) => ({
				title: clean((res.name_translated as Text) ?? { en: 'Resource' }),
				format: formatCode(res.format),
				url: safeUrl(res.url),
			})),
			modified: dateOf(r.metadata_modified),
		};
	});
}

/** The FreshCheck view of open.canada.ca municipal records: English titles and resource names. */
function freshCheck(file: string): RealRecord[] {
	const tree = JSON.parse(readFileSync(file, 'utf8')) as { packages: Record<string, unknown>[] };
	return tree.packages.map((p) => ({
		source: `fresh:${p.id as string}`,
		identifier: `fresh-${String(p.id).slice(0, 8)}`,
		title: clean({ en: p.title as string }),
		description: clean({ en: p.title as string }),
		keywords: {},
		publisher: pipePair(p.organization_title as string),
		distributions: ((p.resources as Record<string, unknown>[]) ?? []).slice(0, 80).map((res) => ({
			title: clean({ en: (res.name as string) || 'Resource' }),
			format: formatCode(res.format),
			url: 'https://open.canada.ca/data/',
		})),
		modified: dateOf(p.metadata_modified),
	}));
}

/** The City of Toronto's dataset YAML (one dataset per file, keyed by its name). */
function toronto(dir: string): RealRecord[] {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.yaml'))
		.sort()
		.flatMap((name) => {
			let doc: Record<string, Record<string, unknown>>;
			// js-yaml reads the few files whose quoted scalars span lines that the stricter `yaml` refuses.
			try {
				doc = jsYaml.load(readFileSync(join(dir, name), 'utf8')) as Record<string, Record<string, unknown>>;
			} catch {
				return [];
			}
			return Object.entries(doc).map(([key, r]) => ({
				source: `toronto:${key}`,
				identifier: `toronto-${slugify(key).slice(0, 80)}`,
				title: clean({ en: r.title as string }),
				description: clean({ en: [r.excerpt, r.notes].filter(Boolean).join('\n\n') || (r.title as string) }),
				keywords: { en: ((r.tags as { name: string }[] | null) ?? []).map((tag) => tag.name) },
				publisher: {
					en: `City of Toronto – ${(r.owner_division as string) || 'Open Data'}`,
					fr: `Ville de Toronto – ${(r.owner_division as string) || 'Données ouvertes'}`,
				},
				distributions: Object.entries((r.resources as Record<string, Record<string, unknown>>) ?? {}).map(([title, res]) => ({
					title: { en: title },
					format: formatCode(res.format),
					url: safeUrl(res.url),
				})),
				modified: dateOf(r.date_published),
			}));
		});
}

/**
 * The deleted-datasets report's bilingual titles, one record per identifier. Agriculture Canada's
 * 1,657 near-identical map-layer records are left out, and at most {@link PER_ORGANISATION} are kept
 * from each other organisation, so that the catalogue stays quick to build and no source drowns the others.
 */
const PER_ORGANISATION = 40;

function deletedReport(file: string): RealRecord[] {
	const rows = Papa.parse<string[]>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data.slice(1);
	const seen = new Set<string>();
	const perOrganisation = new Map<string, number>();
	const records: RealRecord[] = [];
	for (const [en, fr, org = '', id] of rows) {
		if (!id || seen.has(id) || !en || org.startsWith('Agriculture and Agri-Food')) continue;
		seen.add(id);
		const count = (perOrganisation.get(org) ?? 0) + 1;
		perOrganisation.set(org, count);
		if (count > PER_ORGANISATION) continue;
		const title = clean({ en, fr });
		records.push({
			source: `deleted:${id}`,
			identifier: `gc-${id.slice(0, 8)}`,
			title,
			description: title,
			keywords: {},
			publisher: pipePair(org ?? 'Government of Canada'),
			distributions: [{ title: title, format: 'HTML', url: `https://open.canada.ca/data/dataset/${id}` }],
			modified: '2025-01-01',
		});
	}
	return records;
}

/** Every record of the test catalogue, in a fixed order; throws when the shared data is missing. */
export function realRecords(dir: string = REALDATA_DIR): RealRecord[] {
	const gc = join(dir, 'ckan-gc');
	const all = [
		...oldCkan(join(gc, 'ckanext-canada_data_sample_2014.jl'), 'gc2014'),
		...oldCkan(join(gc, 'ckanext-canada_data_nrcan-test_2013.jl'), 'nrcan'),
		...modernCkan(join(gc, 'ckanext-canada_samples_obd_sample_2.jsonl')),
		...freshCheck(join(gc, 'analytics-corporate-reporting_FreshCheck_freshness_tree_municipal_user.json')),
		...toronto(join(dir, 'toronto-ckan-yaml/files_to_datastore')),
		...deletedReport(join(dir, 'csv/gc-open-canada-deleted-datasets-report.csv')),
	];
	const ids = new Set<string>();
	return all.filter((record) => record.title.en || record.title.fr).filter((record) => !ids.has(record.identifier) && ids.add(record.identifier));
}

/** Whether the shared real data is there (a clone without ../shared has none). */
export function hasRealData(dir: string = REALDATA_DIR): boolean {
	return existsSync(join(dir, 'ckan-gc'));
}

/** Keywords trimmed and without repeats (ignoring case), as the schema asks. */
function uniqueWords(words: unknown[]): string[] {
	const seen = new Set<string>();
	return words.flatMap((word) => {
		const text = typeof word === 'string' ? word.trim().slice(0, 100) : '';
		if (!text || seen.has(text.toLowerCase())) return [];
		seen.add(text.toLowerCase());
		return [text];
	});
}

function yamlFile(path: string, schema: string, record: unknown): void {
	// Titles reused as descriptions are written out twice, as the importers write them (import/write-file.ts).
	writeFileSync(path, `# yaml-language-server: $schema=${schema}\n${stringify(record, { lineWidth: 0, aliasDuplicateObjects: false })}`);
}

/** Writes the test catalogue into `out` (catalogue.yaml, publishers/, datasets/); returns its records. */
export function writeRealCatalogue(out: string, records: RealRecord[] = realRecords()): RealRecord[] {
	mkdirSync(join(out, 'publishers'), { recursive: true });
	const catalogue = catalogueRecord();
	catalogue.title = { en: 'Real records test catalogue', fr: 'Catalogue d’essai de notices réelles' };
	yamlFile(join(out, 'catalogue.yaml'), 'schemas/catalogue.schema.json', catalogue);
	const publishers = new Map<string, Text>();
	for (const record of records) {
		const name = clean(record.publisher);
		const id = slugify(name.en ?? name.fr ?? 'publisher').slice(0, 60) || 'publisher';
		if (!publishers.has(id)) publishers.set(id, name);
		const folder = join(out, 'datasets', id);
		mkdirSync(folder, { recursive: true });
		const keywords = Object.fromEntries(
			Object.entries(record.keywords)
				.filter(([, words]) => words && words.length > 0)
				.map(([lang, words]) => [lang, uniqueWords(words!).slice(0, 50)]),
		);
		yamlFile(join(folder, `${record.identifier}.yaml`), '../../schemas/dataset.schema.json', {
			identifier: record.identifier,
			title: Object.fromEntries(Object.entries(record.title).map(([lang, text]) => [lang, text.slice(0, 300)])),
			description: Object.keys(record.description).length > 0 ? record.description : record.title,
			publisher: id,
			contact_point: { name: { en: 'Open data team', fr: 'Équipe des données ouvertes' }, email: 'opendata@example.org' },
			...(Object.keys(keywords).length > 0 ? { keywords } : {}),
			themes: ['GOVE'],
			access_level: 'open',
			licence: 'ogl-bench',
			issued: record.modified,
			modified: record.modified,
			update_frequency: 'IRREG',
			distributions: (record.distributions.length > 0
				? record.distributions
				: [{ title: record.title, format: 'HTML', url: 'https://open.canada.ca/data/' }]
			).map((d) => ({
				title: Object.keys(d.title).length > 0 ? d.title : { en: 'Resource' },
				access_url: d.url,
				format: d.format,
			})),
		});
	}
	for (const [id, name] of publishers) {
		yamlFile(join(out, 'publishers', `${id}.yaml`), '../schemas/publisher.schema.json', { id, name, type: 'agency', email: 'opendata@example.org' });
	}
	return records;
}
