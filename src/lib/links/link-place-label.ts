/** Where a broken link appears, in the page's language, for the quality page's table of broken links. */
import type { UiLanguage } from '../i18n/languages.ts';
import { t } from '../i18n/translate.ts';
import type { DatasetLink } from './dataset-links.ts';

/** `Publisher’s page`, `Documentation`, or `Distribution 2, download address`. */
export function linkPlaceLabel(link: Pick<DatasetLink, 'field' | 'distribution'>, lang: UiLanguage): string {
	const field = t(lang, `link.field.${link.field}`);
	return link.distribution === undefined ? field : t(lang, 'link.inDistribution', { number: link.distribution, field });
}
