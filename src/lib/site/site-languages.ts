/** The languages pages are generated in. */
import type { Catalogue } from '../model/catalogue.ts';
import { isUiLanguage, type UiLanguage } from '../i18n/languages.ts';

/**
 * The catalogue's languages that the interface is written in, in the catalogue's order (the default
 * first). The schema only allows `en` and `fr`, so this is normally all of them.
 */
export function siteLanguages(catalogue: Pick<Catalogue, 'languages'>): UiLanguage[] {
	return catalogue.languages.filter(isUiLanguage);
}

/** `getStaticPaths` entries for one page per site language: `[{ params: { lang: 'en' } }, …]`. */
export function languagePaths(catalogue: Pick<Catalogue, 'languages'>): { params: { lang: UiLanguage } }[] {
	return siteLanguages(catalogue).map((lang) => ({ params: { lang } }));
}
