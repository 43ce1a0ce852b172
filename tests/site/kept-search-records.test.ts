import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { emptySchedule } from '../../src/lib/model/build-schedule.ts';
import type { Catalogue, Dataset } from '../../src/lib/model/catalogue.ts';
import { datasetFreshnessState } from '../../src/lib/search/index-data.ts';
import { catalogueSearchRecords } from '../../src/lib/search/catalogue-search-records.ts';
import { searchRecordFile } from '../../src/lib/search/search-record-store.ts';
import { makeCatalogue, makeDataset } from './fixtures.ts';

const folders: string[] = [];
afterEach(() => {
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A fresh cache folder and catalogue scope for one test. */
function cache(): { cacheDir: string; cacheFolder: string } {
	const cacheDir = mkdtempSync(join(tmpdir(), 'odc-kept-records-'));
	folders.push(cacheDir);
	return { cacheDir, cacheFolder: join(cacheDir, 'catalogue') };
}

/** Three datasets, two of one publisher; one with an apostrophe and Markdown, one with no licence. */
function datasets(): Dataset[] {
	return [
		makeDataset({
			identifier: 'a',
			title: { en: 'Traffic counts', fr: 'Comptages de la circulation' },
			description: { en: 'Counts *per* hour.', fr: 'L’heure **de pointe**.' },
		}),
		makeDataset({ identifier: 'b', title: { en: 'Clinic visits' }, publisher: 'moh', licence: undefined, modified: '2026-11-01', update_frequency: 'MONTHLY' }),
		makeDataset({ identifier: 'c', title: { en: 'Road salt' } }),
	];
}

/** The records, and how many of each language were made, with the kept records of `where` (none: every record made, none kept). */
function records(catalogue: Catalogue, where?: { cacheDir: string; cacheFolder: string }, version = 'v1') {
	const made: Record<string, number> = {};
	const all = [...catalogueSearchRecords(catalogue, { ...where, version, made: (lang, count) => (made[lang] = count) })];
	return { all, made };
}

describe('catalogueSearchRecords with kept records', () => {
	it('takes every record from the last build when nothing changed, and gives what making them gives', () => {
		const where = cache();
		const first = records(makeCatalogue(datasets()), where);
		expect(first.made).toEqual({ en: 3, fr: 3 });
		// Another catalogue object, loaded again from the same files.
		const again = records(makeCatalogue(datasets()), where);
		expect(again.made).toEqual({ en: 0, fr: 0 });
		expect(again.all).toEqual(records(makeCatalogue(datasets())).all);
		expect(JSON.stringify(again.all)).toBe(JSON.stringify(first.all));
	});

	it('uses the kept text, not a record made again (a kept record that was changed shows)', () => {
		const where = cache();
		records(makeCatalogue(datasets()), where);
		const file = searchRecordFile(where.cacheFolder, 'en', where.cacheDir);
		// Rewritten as a build would have written it, with another text for one record: the header's digest made anew.
		const [header, ...lines] = readFileSync(file, 'utf8').split('\n');
		const body = lines.map((line) => line.replace('Road salt', 'Kept salt')).join('\n');
		const parsed = JSON.parse(header!) as { sha256: string };
		writeFileSync(file, `${JSON.stringify({ ...parsed, sha256: createHash('sha256').update(body).digest('hex') })}\n${body}`);
		const { all, made } = records(makeCatalogue(datasets()), where);
		expect(made).toEqual({ en: 0, fr: 0 });
		expect(all.find((record) => record.url === '/en/datasets/c/')!.content).toContain('Kept salt');
	});

	it('makes again the records of a dataset whose text changed, and no other', () => {
		const where = cache();
		records(makeCatalogue(datasets()), where);
		const changed = datasets();
		changed[2] = { ...changed[2]!, description: { en: 'Tonnes of salt per *winter*.' } };
		const { all, made } = records(makeCatalogue(changed), where);
		// The digest is the same in every language: the French record (its description falls back to English) is made again too.
		expect(made).toEqual({ en: 1, fr: 1 });
		expect(all).toEqual(records(makeCatalogue(changed)).all);
		expect(all.find((record) => record.url === '/en/datasets/c/')!.content).toContain('Tonnes of salt per winter.');
	});

	it("makes again the records of a publisher's datasets when its name changes", () => {
		const where = cache();
		records(makeCatalogue(datasets()), where);
		const catalogue = makeCatalogue(datasets());
		const transport = catalogue.publisherById.get('mto')!;
		const renamed = { ...transport, name: { en: 'Transportation and Highways', fr: 'Transports et Routes' } };
		catalogue.publisherById.set('mto', renamed);
		catalogue.publishers = catalogue.publishers.map((publisher) => (publisher.id === 'mto' ? renamed : publisher));
		const { all, made } = records(catalogue, where);
		expect(made).toEqual({ en: 2, fr: 2 });
		expect(all).toEqual(records(catalogue).all);
		expect(all.find((record) => record.url === '/fr/datasets/a/')!.filters.publisher).toEqual(['Transports et Routes']);
	});

	it('makes again the records a licence or the languages setting changes, and none for a setting records do not show', () => {
		const where = cache();
		records(makeCatalogue(datasets()), where);
		// Another title for the site: no record shows it.
		const title = makeCatalogue(datasets());
		title.config = { ...title.config, title: { en: 'Another catalogue', fr: 'Un autre catalogue' } };
		expect(records(title, where).made).toEqual({ en: 0, fr: 0 });
		expect(records(title, where).all).toEqual(records(title).all);
		const licence = makeCatalogue(datasets());
		licence.licenceById.set('ogl', { id: 'ogl', name: { en: 'Open Government Licence' }, url: 'https://example.org/ogl' });
		expect(records(licence, where).made).toEqual({ en: 2, fr: 2 });
		expect(records(licence, where).all).toEqual(records(licence).all);
		// The languages' order is every text's fallback order: every record is made again.
		const languages = makeCatalogue(datasets());
		languages.languages = ['fr', 'en'];
		const reordered = records(languages, where);
		expect(reordered.made).toEqual({ fr: 3, en: 3 });
		expect(reordered.all).toEqual(records(languages).all);
		expect(reordered.all.find((record) => record.url === '/fr/datasets/b/')!.content).toContain('Clinic visits');
	});

	it('follows the as-of date through the freshness it gives, and nothing else', () => {
		const where = cache();
		records(makeCatalogue(datasets()), where);
		// Another day on which no dataset's freshness changes: every record kept.
		const nextDay = makeCatalogue(datasets());
		nextDay.schedule = emptySchedule('2026-11-24');
		expect(records(nextDay, where).made).toEqual({ en: 0, fr: 0 });
		expect(records(nextDay, where).all).toEqual(records(nextDay).all);
		// Months later the monthly dataset is overdue (the annual ones were already): its records only.
		const later = makeCatalogue(datasets());
		later.schedule = emptySchedule('2027-06-01');
		const monthly = datasets()[1]!;
		expect(datasetFreshnessState(monthly, later)).not.toBe(datasetFreshnessState(monthly, makeCatalogue(datasets())));
		expect(datasets().filter((dataset) => datasetFreshnessState(dataset, later) !== datasetFreshnessState(dataset, nextDay))).toEqual([monthly]);
		const { all, made } = records(later, where);
		expect(made).toEqual({ en: 1, fr: 1 });
		expect(all).toEqual(records(later).all);
	});

	it("makes every record again under another code's version", () => {
		const where = cache();
		records(makeCatalogue(datasets()), where, 'v1');
		expect(records(makeCatalogue(datasets()), where, 'v2').made).toEqual({ en: 3, fr: 3 });
		expect(records(makeCatalogue(datasets()), where, 'v2').made).toEqual({ en: 0, fr: 0 });
	});

	it('makes again what a damaged file holds, and drops a dataset that is gone', () => {
		const where = cache();
		records(makeCatalogue(datasets()), where);
		const file = searchRecordFile(where.cacheFolder, 'en', where.cacheDir);
		const text = readFileSync(file, 'utf8');
		writeFileSync(file, text.replace('Traffic counts', 'Traffic countz'));
		const damaged = records(makeCatalogue(datasets()), where);
		expect(damaged.made).toEqual({ en: 3, fr: 0 });
		expect(damaged.all).toEqual(records(makeCatalogue(datasets())).all);
		const fewer = records(makeCatalogue(datasets().slice(1)), where);
		expect(fewer.made).toEqual({ en: 0, fr: 0 });
		expect(readFileSync(file, 'utf8').split('\n')).toHaveLength(3);
	});

	it('keeps a file of many megabytes, written as the records come, whole', () => {
		const where = cache();
		// ~2.5 MB of records a language: written in several pieces, the header last.
		const many = Array.from({ length: 800 }, (_, index) =>
			makeDataset({ identifier: `d${index}`, title: { en: `Dataset ${index}` }, description: { en: `Row ${index} `.repeat(300) } }),
		);
		expect(records(makeCatalogue(many), where).made).toEqual({ en: 800, fr: 800 });
		expect(statSync(searchRecordFile(where.cacheFolder, 'en', where.cacheDir)).size).toBeGreaterThan(2 * 1024 * 1024);
		const again = records(makeCatalogue(many), where);
		expect(again.made).toEqual({ en: 0, fr: 0 });
		expect(again.all).toEqual(records(makeCatalogue(many)).all);
	});

	it('gives every record when its file cannot be written, and keeps nothing', () => {
		const where = cache();
		// A file where the records' folder would be: no folder can be made under it.
		writeFileSync(join(where.cacheDir, 'search-records'), 'in the way');
		const blocked = records(makeCatalogue(datasets()), where);
		expect(blocked.all).toEqual(records(makeCatalogue(datasets())).all);
		expect(records(makeCatalogue(datasets()), where).made).toEqual({ en: 3, fr: 3 });
		expect(readdirSync(where.cacheDir)).toEqual(['search-records']);
	});

	it('keeps nothing without a cache folder, and nothing for a language not asked to its end', () => {
		const where = cache();
		const iterator = catalogueSearchRecords(makeCatalogue(datasets()), { ...where, version: 'v1' });
		iterator.next();
		iterator.return(undefined);
		// Not even a file begun: the language was being written from its first record on.
		expect(readdirSync(where.cacheDir, { recursive: true }).filter((path) => String(path).endsWith('.tmp'))).toEqual([]);
		expect(existsSync(searchRecordFile(where.cacheFolder, 'en', where.cacheDir))).toBe(false);
		expect(records(makeCatalogue(datasets()), where).made).toEqual({ en: 3, fr: 3 });
		expect(records(makeCatalogue(datasets())).made).toEqual({ en: 3, fr: 3 });
	});
});
