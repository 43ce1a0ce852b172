/** What the history section of a dataset's page lists. */
import { pageHistory, type PageEntry } from '../history/merge.ts';
import type { History } from '../history/read-history.ts';
import type { UiLanguage } from '../i18n/languages.ts';
import { t } from '../i18n/translate.ts';

/** The changes to dataset `id` and to its planned release, newest first, labelled in `lang`. */
export function datasetPageHistory(history: History, id: string, lang: UiLanguage): PageEntry[] {
	return pageHistory(history, [{ key: `dataset:${id}` }, { key: `release:${id}`, context: t(lang, 'history.release') }]);
}
