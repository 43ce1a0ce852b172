/** Document titles for paginated lists. */
import type { UiLanguage } from '../i18n/languages.ts';
import { t } from '../i18n/translate.ts';
import type { ListPage } from './pagination.ts';

/**
 * The `<title>` text of a list page: the list's name alone on page 1, with "page 2 of 40" after it
 * on later pages, so every page of the list has a distinct title.
 */
export function listTitle(lang: UiLanguage, name: string, page: Pick<ListPage<unknown>, 'pageNumber' | 'totalPages'>): string {
	if (page.pageNumber <= 1) return name;
	return `${name} – ${t(lang, 'list.pageSuffix', { page: page.pageNumber, total: page.totalPages })}`;
}
