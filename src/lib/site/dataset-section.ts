import type { UiLanguage } from '../i18n/languages.ts';
import type { Catalogue, Dataset } from '../model/catalogue.ts';

/** What every section of a dataset page is given: the dataset, the catalogue it is in, and the page language. */
export interface DatasetSectionProps {
	dataset: Dataset;
	catalogue: Catalogue;
	lang: UiLanguage;
}
