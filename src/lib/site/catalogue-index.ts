/**
 * Everything the pages need to know about the catalogue as a whole (dataset lists per publisher and
 * per theme, counts, the latest changes), computed once per catalogue and per language, so that
 * rendering one of 20,000 pages never walks the whole catalogue again.
 */
import { localizedString } from '../i18n/localize.ts';
import type { Catalogue, Dataset, Publisher } from '../model/catalogue.ts';
import { countByAccess, type AccessCounts } from './access-counts.ts';
import { recentlyUpdated, sortByTitle } from './dataset-order.ts';

/** How many datasets the home page lists as recently updated. */
export const RECENT_COUNT = 10;

/** The dataset lists in one language's reading order. */
export interface LanguageIndex {
	/** All datasets, by title. */
	datasets: Dataset[];
	/** Each publisher's datasets, by title; every publisher has an entry. */
	byPublisher: ReadonlyMap<string, Dataset[]>;
	/** Each theme's datasets, by title; every theme of `config.themes` has an entry. */
	byTheme: ReadonlyMap<string, Dataset[]>;
	/** All publishers, by name. */
	publishers: Publisher[];
}

/** Counts and lists that do not depend on the language. */
export interface CatalogueIndex {
	access: AccessCounts;
	accessByPublisher: ReadonlyMap<string, AccessCounts>;
	accessByTheme: ReadonlyMap<string, AccessCounts>;
	/** The most recently modified datasets, newest first. */
	recentlyUpdated: Dataset[];
	/** The lists in `lang`'s reading order (computed on first use, then kept). */
	inLanguage(lang: string): LanguageIndex;
}

const indexes = new WeakMap<Catalogue, CatalogueIndex>();

/** The index of a catalogue, built on first use and kept for the catalogue's lifetime. */
export function catalogueIndex(catalogue: Catalogue): CatalogueIndex {
	let index = indexes.get(catalogue);
	if (!index) {
		index = buildIndex(catalogue);
		indexes.set(catalogue, index);
	}
	return index;
}

function buildIndex(catalogue: Catalogue): CatalogueIndex {
	const byPublisher = groupBy(catalogue, catalogue.datasets);
	const languageIndexes = new Map<string, LanguageIndex>();
	return {
		access: countByAccess(catalogue.datasets),
		accessByPublisher: mapValues(byPublisher.publishers, countByAccess),
		accessByTheme: mapValues(byPublisher.themes, countByAccess),
		recentlyUpdated: recentlyUpdated(catalogue.datasets, RECENT_COUNT),
		inLanguage(lang) {
			let languageIndex = languageIndexes.get(lang);
			if (!languageIndex) {
				const datasets = sortByTitle(catalogue.datasets, lang, catalogue.languages);
				const groups = groupBy(catalogue, datasets);
				const publishers = sortPublishersByName(catalogue, lang);
				languageIndex = { datasets, byPublisher: groups.publishers, byTheme: groups.themes, publishers };
				languageIndexes.set(lang, languageIndex);
			}
			return languageIndex;
		},
	};
}

/** Splits datasets by publisher and by theme, keeping their order; every publisher and theme gets a list. */
function groupBy(catalogue: Catalogue, datasets: readonly Dataset[]) {
	const publishers = new Map<string, Dataset[]>(catalogue.publishers.map((p) => [p.id, []]));
	const themes = new Map<string, Dataset[]>(catalogue.config.themes.map((code) => [code, []]));
	for (const dataset of datasets) {
		publishers.get(dataset.publisher)?.push(dataset);
		for (const code of dataset.themes) themes.get(code)?.push(dataset);
	}
	return { publishers, themes };
}

function sortPublishersByName(catalogue: Catalogue, lang: string): Publisher[] {
	const collator = new Intl.Collator(lang, { sensitivity: 'base' });
	const name = (publisher: Publisher) => localizedString(publisher.name, lang, catalogue.languages, publisher.id);
	return [...catalogue.publishers].sort((a, b) => collator.compare(name(a), name(b)) || (a.id < b.id ? -1 : 1));
}

function mapValues<K, V, W>(map: ReadonlyMap<K, V>, fn: (value: V) => W): Map<K, W> {
	return new Map([...map].map(([key, value]) => [key, fn(value)]));
}
