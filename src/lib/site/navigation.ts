/** The site's sections, for the main menu and breadcrumbs. */
import type { UiKey } from '../i18n/translate.ts';
import type { Route } from '../routes.ts';

/** A top-level section of the site, as the main menu lists it. */
export interface Section {
	route: Route;
	label: UiKey;
}

/** The main menu, in order. */
export const SECTIONS: readonly Section[] = [
	{ route: { page: 'home' }, label: 'nav.home' },
	{ route: { page: 'datasets' }, label: 'nav.datasets' },
	{ route: { page: 'publishers' }, label: 'nav.publishers' },
	{ route: { page: 'themes' }, label: 'nav.themes' },
	{ route: { page: 'inventory' }, label: 'nav.inventory' },
	{ route: { page: 'schedule' }, label: 'nav.schedule' },
	{ route: { page: 'requests' }, label: 'nav.requests' },
	{ route: { page: 'scorecard' }, label: 'nav.scorecard' },
];

/** The index page of the section a route belongs to: a dataset belongs to the datasets section. */
export function sectionOf(route: Route): Route['page'] {
	switch (route.page) {
		case 'dataset':
			return 'datasets';
		case 'publisher':
			return 'publishers';
		case 'theme':
			return 'themes';
		case 'request':
			return 'requests';
		case 'schedulePublisher':
		case 'commitment':
			return 'schedule';
		default:
			return route.page;
	}
}

/**
 * The `aria-current` value of a main-menu entry while `current` is shown: `page` on the section's
 * own first page, `true` anywhere else inside the section, nothing outside it.
 */
export function menuCurrent(section: Route, current: Route | undefined): 'page' | 'true' | undefined {
	if (!current || sectionOf(current) !== section.page) return undefined;
	const isFirstPage = current.page === section.page && !('pageNumber' in current && (current.pageNumber ?? 1) > 1);
	return isFirstPage ? 'page' : 'true';
}

/** One step of a breadcrumb trail. The last step is the current page and has no link. */
export interface Crumb {
	label: string;
	href?: string;
	/** Set when the label is in another language than the page (a missing translation). */
	lang?: string;
}
