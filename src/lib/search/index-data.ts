/**
 * What the search index knows about a dataset beyond its page's text: the values it can be
 * filtered by, the keys it can be sorted by and the fields a search result shows. The dataset page
 * writes them as Pagefind `data-pagefind-filter`, `-sort` and `-meta` attributes.
 */
import { t } from '../i18n/translate.ts';
import type { UiLanguage } from '../i18n/languages.ts';
import { localizedString } from '../i18n/localize.ts';
import type { Catalogue, Dataset } from '../model/catalogue.ts';
import { freshnessOf, type FreshnessState } from '../quality/freshness.ts';
import { formatLabel, frequencyLabel, themeLabel } from '../vocabularies/index.ts';
import type { Facet } from './state.ts';

/** A dataset's entry in the search index of one language. */
export interface DatasetIndexData {
	/** Facet values, as shown to readers in the page's language; several for themes and formats. */
	filters: Record<Facet, string[]>;
	/** Sort keys: `modified` as `YYYY-MM-DD` (sorts as text), `title`. */
	sort: { modified: string; title: string };
	/** Fields a search result shows. `access` is the access level code (`open`…); `formats` is a list joined with `, `. */
	meta: { title: string; publisher: string; access: string; formats: string; modified: string };
}

/**
 * The freshness `dataset` is filtered by: the one thing the search record takes from the as-of
 * date, so the kept records' key (search-record-inputs.ts) takes this rather than the date, and a
 * build on another day makes again only the records whose freshness changed.
 */
export function datasetFreshnessState(dataset: Dataset, catalogue: Pick<Catalogue, 'schedule'>): FreshnessState {
	return freshnessOf(dataset.modified, dataset.update_frequency, catalogue.schedule.asOf).state;
}

/**
 * Made per catalogue, dataset and language: each language's search page asks for every dataset's in
 * both languages (the filters' translations) and again in its own (the filters' totals).
 */
const made = new WeakMap<Catalogue, WeakMap<Dataset, Map<UiLanguage, DatasetIndexData>>>();

/** The values a dataset is indexed with in `lang`, made once per catalogue, dataset and language: not to be changed. */
export function datasetIndexData(dataset: Dataset, catalogue: Catalogue, lang: UiLanguage): DatasetIndexData {
	let byDataset = made.get(catalogue);
	if (!byDataset) made.set(catalogue, (byDataset = new WeakMap()));
	let byLanguage = byDataset.get(dataset);
	if (!byLanguage) byDataset.set(dataset, (byLanguage = new Map()));
	let data = byLanguage.get(lang);
	if (!data) byLanguage.set(lang, (data = indexData(dataset, catalogue, lang)));
	return data;
}

/** {@link datasetIndexData}, made. Pure apart from map look-ups. */
function indexData(dataset: Dataset, catalogue: Catalogue, lang: UiLanguage): DatasetIndexData {
	const { languages } = catalogue;
	const title = localizedString(dataset.title, lang, languages, dataset.identifier);
	const publisherRecord = catalogue.publisherById.get(dataset.publisher);
	const publisher = localizedString(publisherRecord?.name, lang, languages, dataset.publisher);
	const formats = [...new Set((dataset.distributions ?? []).map((distribution) => formatLabel(distribution.format, lang)))];
	const licenceRecord = dataset.licence === undefined ? undefined : catalogue.licenceById.get(dataset.licence);
	const licence = dataset.licence === undefined ? undefined : localizedString(licenceRecord?.name, lang, languages, dataset.licence);
	const modified = dataset.modified.slice(0, 10);
	return {
		filters: {
			publisher: [publisher],
			theme: dataset.themes.map((code) => themeLabel(code, lang)),
			format: formats,
			access: [t(lang, `access.${dataset.access_level}`)],
			licence: licence === undefined ? [] : [licence],
			frequency: [frequencyLabel(dataset.update_frequency, lang)],
			freshness: [t(lang, `freshness.${datasetFreshnessState(dataset, catalogue)}`)],
			highValue: [t(lang, dataset.high_value ? 'dataset.highValue.yes' : 'dataset.highValue.no')],
		},
		sort: { modified, title },
		meta: { title, publisher, access: dataset.access_level, formats: formats.join(', '), modified },
	};
}
