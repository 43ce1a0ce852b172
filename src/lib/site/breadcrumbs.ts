/** Building breadcrumb trails that start at the home page. */
import type { UiLanguage } from '../i18n/languages.ts';
import { t } from '../i18n/translate.ts';
import { href, type Route } from '../routes.ts';
import type { Crumb } from './navigation.ts';

/** A step of a trail before it has an address: a label and, except for the last, the page it links to. */
export interface TrailStep {
	label: string;
	route?: Route;
	/** The label's language when it is not the page's (a missing translation). */
	lang?: string;
}

/**
 * The breadcrumb trail Home › …steps, with addresses in `lang`. The last step is the current page.
 *
 * @example trail('en', { label: 'Datasets', route: { page: 'datasets' } }, { label: 'Traffic volumes' })
 */
export function trail(lang: UiLanguage, ...steps: TrailStep[]): Crumb[] {
	const home: Crumb = { label: t(lang, 'nav.home'), href: href(lang, { page: 'home' }) };
	return [home, ...steps.map((step) => ({ label: step.label, href: step.route && href(lang, step.route), lang: step.lang }))];
}

/**
 * The last steps of a trail for page `pageNumber` of a list: the list's name alone on its first
 * page; on later pages the name links back to the first page and "Page n" follows.
 */
export function listSteps(lang: UiLanguage, list: Required<Pick<TrailStep, 'label' | 'route'>> & Pick<TrailStep, 'lang'>, pageNumber: number): TrailStep[] {
	if (pageNumber <= 1) return [{ label: list.label, lang: list.lang }];
	return [list, { label: t(lang, 'pagination.page', { page: pageNumber }) }];
}
