/** A dataset as a data.json (Project Open Data v1.1) `dcat:Dataset`. */
import { localize, localizedString } from '../../i18n/localize.ts';
import type { Catalogue, Dataset } from '../../model/catalogue.ts';
import type { DataJsonCodes } from '../../records.ts';
import { themeLabel } from '../../vocabularies/index.ts';
import type { DcatIris } from '../dcat-ap/iris.ts';
import { mailto } from '../dcat-ap/values.ts';
import { toPodDistribution } from './distribution.ts';
import type { PodDataset } from './types.ts';
import { definedOnly, podAccessLevel, podAccrualPeriodicity, podRights, podSpatial, podTemporal } from './values.ts';

/**
 * The US federal codes of a dataset: its publisher's own (`data_json` in publishers/<id>.yaml),
 * else the catalogue's.
 */
function dataJsonCodes(dataset: Dataset, catalogue: Catalogue): DataJsonCodes {
	return catalogue.publisherById.get(dataset.publisher)?.data_json ?? catalogue.config.data_json;
}

/**
 * The dataset in the catalogue's first language. Its `identifier` is the dataset's IRI in the
 * DCAT-AP export, stable and unique beyond the catalogue, so a harvester can match the two files;
 * `landingPage` is the dataset's page on its publisher's site when it has one, else its page here;
 * `references` are its documentation pages. Keywords fall back to another language's, then to the names of its
 * themes (the schema requires at least one keyword; themes are required here).
 */
export function toPodDataset(dataset: Dataset, catalogue: Catalogue, iris: DcatIris): PodDataset {
	const lang = catalogue.defaultLanguage;
	const { languages } = catalogue;
	const text = (value: Partial<Record<string, string>> | undefined) => localizedString(value, lang, languages);
	const publisher = catalogue.publisherById.get(dataset.publisher);
	const themes = dataset.themes.map((code) => themeLabel(code, lang));
	const codes = dataJsonCodes(dataset, catalogue);
	const licence = dataset.licence ? catalogue.licenceById.get(dataset.licence) : undefined;
	const distributions = (dataset.distributions ?? []).map((distribution, index) =>
		toPodDistribution(
			distribution,
			lang,
			languages,
			distribution.dictionary ? iris.tableSchema(dataset.identifier, index + 1) : undefined,
			iris.download(distribution),
		),
	);
	const optional = definedOnly({
		license: licence?.url,
		rights: podRights(dataset, lang, languages),
		spatial: podSpatial(dataset.spatial_coverage, lang, languages),
		temporal: podTemporal(dataset.temporal_coverage),
		distribution: distributions.length > 0 ? distributions : undefined,
		accrualPeriodicity: podAccrualPeriodicity(dataset.update_frequency),
		language: dataset.languages && dataset.languages.length > 0 ? [...dataset.languages] : undefined,
		references: dataset.documentation && dataset.documentation.length > 0 ? [...dataset.documentation] : undefined,
	});
	return {
		'@type': 'dcat:Dataset',
		title: text(dataset.title),
		description: text(dataset.description),
		keyword: [...(localize(dataset.keywords, lang, languages)?.value ?? themes)],
		modified: dataset.modified,
		publisher: { '@type': 'org:Organization', name: text(publisher?.name) || dataset.publisher },
		contactPoint: {
			'@type': 'vcard:Contact',
			fn: text(dataset.contact_point.name) || text(publisher?.name) || dataset.publisher,
			hasEmail: mailto(dataset.contact_point.email),
		},
		identifier: iris.dataset(dataset.identifier),
		accessLevel: podAccessLevel(dataset.access_level),
		bureauCode: [codes.bureau_code],
		programCode: [codes.program_code],
		...optional,
		issued: dataset.issued,
		landingPage: dataset.landing_page ?? iris.page(lang, { page: 'dataset', id: dataset.identifier }),
		theme: themes,
	};
}
