import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { parseYaml } from '../../src/lib/load/parse-yaml.ts';
import { checkPlaceholders, isDemoCatalogue, isExampleHost } from '../../src/lib/validate/placeholders.ts';
import { catalogueWith, cleanUp, minimal, minimalDataset } from './support.ts';

afterAll(cleanUp);

/** The minimal catalogue moved to a real address, so example domains count as placeholders. */
const realCatalogue = () => readFileSync(join(minimal, 'catalogue.yaml'), 'utf8').replace('url: https://example.org\n', 'url: https://data.mto.gov.example\n');

async function problems(extra: Record<string, string>) {
	const { diagnostics } = await loadCatalogue(catalogueWith(undefined, extra), { asOf: '2026-11-23' });
	return diagnostics.filter((d) => d.code.startsWith('placeholder.')).map((d) => `${d.file}:${d.line} ${d.field} ${d.code}`);
}

describe('placeholders are errors', () => {
	it('refuses unwritten text in either language, whatever its case, schema-valid or not', async () => {
		const text = minimalDataset()
			.replace('en: Daily traffic counts.', 'en: "TO BE WRITTEN: counts."')
			.replace('fr: Comptages quotidiens de la circulation.', 'fr: "À rédiger"')
			.replace('en: Counts (CSV)', 'en: Lorem ipsum')
			.replace('fr: Comptages (CSV)', 'fr: "Titre à compléter"')
			.replace('update_frequency: ANNUAL', 'update_frequency: SOMETIMES');
		expect(await problems({ 'datasets/mto/traffic-volumes.yaml': text })).toEqual([
			'datasets/mto/traffic-volumes.yaml:6 description.en placeholder.text',
			'datasets/mto/traffic-volumes.yaml:7 description.fr placeholder.text',
			'datasets/mto/traffic-volumes.yaml:19 distributions[0].title.en placeholder.text',
			'datasets/mto/traffic-volumes.yaml:20 distributions[0].title.fr placeholder.text',
		]);
	});

	it('matches the phrases as words, not inside other words', async () => {
		const text = minimalDataset().replace('en: Daily traffic counts.', 'en: "Counts to be written up yearly are not placeholders, nor is a Ràrédiger town."');
		expect(await problems({ 'datasets/mto/traffic-volumes.yaml': text })).toEqual(['datasets/mto/traffic-volumes.yaml:6 description.en placeholder.text']);
		const fine = minimalDataset().replace('en: Daily traffic counts.', 'en: "The counts, written by the ministry, are complete."');
		expect(await problems({ 'datasets/mto/traffic-volumes.yaml': fine })).toEqual([]);
	});

	it('refuses unwritten text in a release schedule’s cells', async () => {
		const schedule =
			'dataset_id,title_en,title_fr,planned_release,status,notes_en,notes_fr\nferries,Ferries,Traversiers,2027-Q1,planned,To be written,À rédiger\n';
		expect(await problems({ 'schedules/mto.csv': schedule })).toEqual([
			'schedules/mto.csv:2 row 2:notes_en placeholder.text',
			'schedules/mto.csv:2 row 2:notes_fr placeholder.text',
		]);
	});

	it('refuses the scaffolder’s replace-me address even in a demonstration catalogue', async () => {
		const text = minimalDataset().replace('https://example.org/traffic.csv', 'https://example.org/replace-me/traffic-volumes.csv');
		expect(await problems({ 'datasets/mto/traffic-volumes.yaml': text })).toEqual([
			'datasets/mto/traffic-volumes.yaml:21 distributions[0].download_url placeholder.address',
		]);
	});

	it('refuses example.org, .com and .net addresses and mailboxes in a catalogue published at a real address', async () => {
		const text = minimalDataset().replace('https://example.org/traffic.csv', 'https://www.example.com/traffic.csv');
		expect(await problems({ 'catalogue.yaml': realCatalogue(), 'datasets/mto/traffic-volumes.yaml': text })).toEqual([
			'catalogue.yaml:11 publisher.email placeholder.example-domain',
			'catalogue.yaml:20 licences[0].url placeholder.example-domain',
			'datasets/mto/traffic-volumes.yaml:10 contact_point.email placeholder.example-domain',
			'datasets/mto/traffic-volumes.yaml:21 distributions[0].download_url placeholder.example-domain',
			'publishers/mto.yaml:6 email placeholder.example-domain',
		]);
	});

	it('passes the bundled example catalogue, whose fictional province uses the .example top-level domain', async () => {
		const { diagnostics } = await loadCatalogue(join(import.meta.dirname, '..', '..'), { asOf: '2026-11-23' });
		expect(diagnostics.filter((d) => d.code.startsWith('placeholder.'))).toEqual([]);
	});
});

describe('locating placeholders', () => {
	/** `text` parsed, counting how often its YAML document (what locating a value builds) is asked for. */
	function counted(text: string) {
		const { parsed } = parseYaml('datasets/mto/traffic-volumes.yaml', text);
		let built = 0;
		const document = Object.getOwnPropertyDescriptor(parsed!, 'document')!.get!;
		Object.defineProperty(parsed!, 'document', { get: () => (built++, document.call(parsed)) });
		return { parsed: parsed!, built: () => built };
	}

	it('builds no YAML document for a file without placeholders (at 10,000 datasets that cost seconds)', () => {
		const file = counted(minimalDataset());
		expect(checkPlaceholders(file.parsed, { demo: true })).toEqual([]);
		expect(file.built()).toBe(0);
	});

	it('still gives the line and column of each placeholder found', () => {
		const file = counted(minimalDataset().replace('en: Daily traffic counts.', 'en: "To be written"'));
		expect(checkPlaceholders(file.parsed, { demo: true }).map((d) => [d.line, d.column, d.field])).toEqual([[6, 7, 'description.en']]);
		expect(file.built()).toBeGreaterThan(0);
	});
});

describe('example hosts', () => {
	it('are example.org, .com, .net and their subdomains only', () => {
		expect(['example.org', 'data.example.com', 'a.b.example.net'].every(isExampleHost)).toBe(true);
		expect(['example.ca', 'belle-riviere.example', 'myexample.org', 'example.org.evil.ca'].some(isExampleHost)).toBe(false);
	});

	it('make a demonstration catalogue when its site is on one', () => {
		expect(
			['https://bench.example.org/', 'http://127.0.0.1', 'http://localhost:4321/', 'https://catalogue.test/'].every((url) =>
				isDemoCatalogue({ site: { url } }),
			),
		).toBe(true);
		expect(isDemoCatalogue({ site: { url: 'https://127.0.0.1.evil.ca/' } })).toBe(false);
		expect(isDemoCatalogue({ site: { url: 'https://open-data-catalogue.github.io' } })).toBe(false);
		expect(isDemoCatalogue(null)).toBe(false);
	});
});
