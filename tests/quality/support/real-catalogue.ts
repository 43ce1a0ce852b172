/**
 * A realistic test catalogue made from real catalogues in ../shared/realdata, for the quality
 * score, the quality page and the link checker's output on real metadata.
 *
 * How it is made, in a temporary folder (the importers are not changed, nothing is copied into the
 * project):
 * 1. The importers read three real sources: NRCan's CKAN records (bilingual, long French notes, ftp
 *    addresses), Rostock's DCAT-AP.de catalogue (many distributions per dataset, German text) and
 *    GSA's data.json (US). (The FreshCheck view of Québec records, French-only, was tried: none of
 *    its records has a distribution, so none could be kept without making one up.)
 * 2. Nearly every imported record is a draft: the sources lack what the catalogue requires. The
 *    records kept are those whose only gaps are in {@link FILLABLE}; a record lacking anything
 *    else (a distribution's format, an exemption, any distribution at all) is left out rather than
 *    made up. Of each source, the first {@link PER_SOURCE} by identifier are kept, plus the record
 *    with the most distributions, the longest title and, when there is one, a record with an ftp
 *    address.
 * 3. Each kept record gets only what it lacks, always the same way, and the fills are listed
 *    (`fills`): `status: draft` removed; themes GOVE (government and public sector); frequency
 *    UNKNOWN; `issued` from `modified` or the other way round (2020-01-01 when neither is given);
 *    the catalogue office's mailbox as contact; the catalogue's open licence; the title as
 *    description. Draft publishers get kind `agency` and the office's mailbox.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { parseDocument } from 'yaml';
import { loadCatalogue } from '../../../src/lib/catalogue.ts';
import { IMPORTERS } from '../../../src/lib/import/importers.ts';
import { runImport } from '../../../src/lib/import/run.ts';
import type { SourceSystem } from '../../../src/lib/import/types.ts';
import { REPO_ROOT } from '../../browser/support/build.ts';
import { sharedPath } from '../../support/shared-folder.ts';

/** The real sources imported, each into its own folder first. */
export const REAL_SOURCES: ReadonlyArray<{ name: string; system: SourceSystem; path: string }> = [
	{ name: 'nrcan', system: 'ckan', path: 'ckan-gc/ckanext-canada_data_nrcan-test_2013.jl' },
	{ name: 'rostock', system: 'dcat', path: 'dcat/dcat-ap-de-govdata-real-catalogues/rostock-catalog-original-input.rdf' },
	{ name: 'gsa', system: 'datajson', path: 'dcat/us-data-json/gsa.json' },
];

/** The gaps the test fills (the schema's names of the required fields). */
export const FILLABLE: ReadonlySet<string> = new Set(['themes', 'update_frequency', 'issued', 'modified', 'contact_point', 'licence', 'description']);

/** How many records of each source are kept, besides the stress picks. */
export const PER_SOURCE = 8;

/** The mailbox and licence of the test catalogue (tests/fixtures/minimal/catalogue.yaml). */
const OFFICE_EMAIL = 'opendata@example.org';
const OPEN_LICENCE = 'ogl';

/** The date the catalogue's freshness is judged on. */
export const REAL_AS_OF = '2026-11-23';

/** The catalogue made, and what was filled in. */
export interface RealCatalogue {
	dir: string;
	/** `source/identifier: field, field` for every record kept. */
	fills: string[];
	/** The identifiers kept, by source. */
	kept: Record<string, string[]>;
	remove: () => void;
}

/** Imports the real sources and makes the catalogue described above. */
export async function makeRealCatalogue(): Promise<RealCatalogue> {
	const work = mkdtempSync(join(tmpdir(), 'odc-real-quality-'));
	const dir = join(work, 'catalogue');
	mkdirSync(join(dir, 'publishers'), { recursive: true });
	cpSync(join(REPO_ROOT, 'tests/fixtures/minimal/catalogue.yaml'), join(dir, 'catalogue.yaml'));
	const fills: string[] = [];
	const kept: Record<string, string[]> = {};
	for (const source of REAL_SOURCES) {
		const out = join(work, source.name);
		mkdirSync(out);
		cpSync(join(REPO_ROOT, 'tests/fixtures/minimal/catalogue.yaml'), join(out, 'catalogue.yaml'));
		await runImport(IMPORTERS[source.system], { source: sharedPath('realdata', source.path), out });
		const { diagnostics } = await loadCatalogue(out, { asOf: REAL_AS_OF });
		const gaps = new Map<string, Set<string>>();
		for (const d of diagnostics) {
			if (!d.code.startsWith('draft.schema') || !d.file.startsWith('datasets/')) continue;
			const set = gaps.get(d.file) ?? new Set();
			set.add(d.code === 'draft.schema.required' ? (d.field ?? '?').replace(/^.*\./, '') : `${d.code} ${d.field}`);
			gaps.set(d.file, set);
		}
		const files = datasetFiles(out).filter((file) => [...(gaps.get(file) ?? [])].every((gap) => FILLABLE.has(gap)));
		const chosen = choose(out, files);
		kept[source.name] = [];
		for (const file of chosen) {
			const filled = fillDataset(join(out, file));
			mkdirSync(dirname(join(dir, file)), { recursive: true });
			writeFileSync(join(dir, file), filled.text);
			const publisher = `publishers/${basename(dirname(file))}.yaml`;
			writeFileSync(join(dir, publisher), fillPublisher(join(out, publisher)));
			fills.push(`${source.name}/${filled.identifier}: ${filled.fields.join(', ') || 'nothing'}`);
			kept[source.name]!.push(filled.identifier);
		}
		mergeLicences(join(dir, 'catalogue.yaml'), join(out, 'catalogue.yaml'));
	}
	return { dir, fills, kept, remove: () => rmSync(work, { recursive: true, force: true }) };
}

function datasetFiles(root: string): string[] {
	return (readdirSync(join(root, 'datasets'), { recursive: true }) as string[])
		.filter((file) => file.endsWith('.yaml'))
		.map((file) => `datasets/${file}`)
		.sort();
}

/** The first records by identifier, plus the one with the most distributions, the longest title and one with an ftp address. */
function choose(root: string, files: readonly string[]): string[] {
	const text = new Map(files.map((file) => [file, readFileSync(join(root, file), 'utf8')]));
	const by = (score: (yaml: string) => number) => [...files].sort((a, b) => score(text.get(b)!) - score(text.get(a)!) || (a < b ? -1 : 1))[0];
	const distributions = (yaml: string) => (yaml.match(/^ {2}- title:/gm) ?? []).length;
	const titleLength = (yaml: string) => Math.max(...[...yaml.matchAll(/^title:\n(?: {2}\w\w: (.*)\n)+/gm)].map((m) => m[0].length), 0);
	const ftp = files.find((file) => /(download|access)_url: ftp:\/\//.test(text.get(file)!));
	return [...new Set([...files.slice(0, PER_SOURCE), by(distributions), by(titleLength), ftp].filter((file): file is string => file !== undefined))];
}

/** The record with only its gaps filled, and the fields filled. */
function fillDataset(path: string): { text: string; identifier: string; fields: string[] } {
	const doc = parseDocument(readFileSync(path, 'utf8'));
	const fields: string[] = [];
	const fill = (field: string, value: unknown) => {
		if (doc.has(field)) return;
		doc.set(field, value);
		fields.push(field);
	};
	doc.delete('status');
	const themes = doc.get('themes') as { items?: unknown[] } | undefined;
	if (!themes?.items?.length) {
		doc.delete('themes');
		fill('themes', ['GOVE']);
	}
	fill('update_frequency', 'UNKNOWN');
	const issued = doc.get('issued');
	const modified = doc.get('modified');
	fill('issued', String(modified ?? '2020-01-01'));
	fill('modified', String(issued ?? '2020-01-01'));
	fill('contact_point', { email: OFFICE_EMAIL });
	fill('licence', OPEN_LICENCE);
	fill('description', (doc.get('title') as { toJSON(): unknown }).toJSON());
	return { text: doc.toString({ lineWidth: 0 }), identifier: String(doc.get('identifier')), fields };
}

function fillPublisher(path: string): string {
	const doc = parseDocument(readFileSync(path, 'utf8'));
	doc.delete('status');
	if (!doc.has('type')) doc.set('type', 'agency');
	if (!doc.has('email')) doc.set('email', OFFICE_EMAIL);
	return doc.toString({ lineWidth: 0 });
}

/** Adds to the catalogue the licences an import added to its own catalogue.yaml. */
function mergeLicences(target: string, source: string): void {
	const into = parseDocument(readFileSync(target, 'utf8'));
	const from = parseDocument(readFileSync(source, 'utf8')).toJSON() as { licences: Array<{ id: string }>; themes: string[] };
	const current = into.toJSON() as { licences: Array<{ id: string }>; themes: string[] };
	const ids = new Set(current.licences.map((l) => l.id));
	into.set('licences', [...current.licences, ...from.licences.filter((l) => !ids.has(l.id))]);
	into.set('themes', [...new Set([...current.themes, ...from.themes, 'GOVE'])]);
	writeFileSync(target, into.toString({ lineWidth: 0 }));
}
