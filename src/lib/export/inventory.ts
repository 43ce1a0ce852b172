/**
 * `inventory.csv` and `inventory.json`: the government's complete data inventory (International
 * Open Data Charter, principles 1b and 2a): every dataset whatever its access level, with the
 * exemption and rationale of restricted data, and the planned release of anything scheduled,
 * including datasets that ministries plan to release but have not described yet.
 */
import type { Catalogue } from '../model/catalogue.ts';
import type { DcatIris } from './dcat-ap/iris.ts';
import { toCsv, type CsvValue } from './csv.ts';
import { withoutEmpty } from './schedule.ts';

/** The export columns, with a text column per catalogue language. */
export function inventoryColumns(languages: readonly string[]): string[] {
	const perLanguage = (base: string) => languages.map((lang) => `${base}_${lang}`);
	return [
		'identifier',
		...perLanguage('title'),
		'publisher',
		'in_catalogue',
		'access_level',
		'exemption',
		...perLanguage('rationale'),
		'issued',
		'modified',
		'high_value',
		'planned_release',
		'release_state',
		'url',
	];
}

/** Every dataset of the catalogue by identifier, then the planned datasets not described yet, by due date. */
export function inventoryRows(catalogue: Catalogue, iris: DcatIris): Array<Record<string, CsvValue>> {
	const lang = catalogue.defaultLanguage;
	const { releaseByDataset, releases } = catalogue.schedule;
	const described = catalogue.datasets.map((dataset) => {
		const release = releaseByDataset.get(dataset.identifier);
		const texts: Record<string, CsvValue> = {};
		for (const code of catalogue.languages) {
			texts[`title_${code}`] = dataset.title[code];
			texts[`rationale_${code}`] = dataset.rationale?.[code];
		}
		return {
			identifier: dataset.identifier,
			publisher: dataset.publisher,
			in_catalogue: true,
			access_level: dataset.access_level,
			exemption: dataset.exemption,
			issued: dataset.issued,
			modified: dataset.modified,
			high_value: dataset.high_value ?? false,
			planned_release: release?.planned.text,
			release_state: release?.state,
			url: iris.page(lang, { page: 'dataset', id: dataset.identifier }),
			...texts,
		};
	});
	const planned = releases
		.filter((release) => !catalogue.datasetById.has(release.datasetId))
		.map((release) => ({
			identifier: release.datasetId,
			publisher: release.publisher,
			in_catalogue: false,
			high_value: release.highValue,
			planned_release: release.planned.text,
			release_state: release.state,
			url: `${iris.page(lang, { page: 'schedulePublisher', id: release.publisher })}#${release.anchor}`,
			...Object.fromEntries(catalogue.languages.map((code) => [`title_${code}`, release.title?.[code]])),
		}));
	return [...described, ...planned];
}

/** `inventory.csv`. */
export function toInventoryCsv(catalogue: Catalogue, iris: DcatIris): string {
	return toCsv(inventoryColumns(catalogue.languages), inventoryRows(catalogue, iris));
}

/** `inventory.json`: the as-of date of the release states, and one object per holding. */
export function toInventoryJson(catalogue: Catalogue, iris: DcatIris): object {
	return { as_of: catalogue.schedule.asOf, datasets: inventoryRows(catalogue, iris).map(withoutEmpty) };
}
