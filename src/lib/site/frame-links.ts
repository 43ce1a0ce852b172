/**
 * The links of every page's header and footer in one language: the main menu, the footer's public
 * and stewards' lists and its machine-readable files. They are the same on each of a language's
 * ~12,000 pages, so each address and label is written once per language rather than once per page
 * (about thirty `href` and `t` calls). Only the menu's `aria-current` depends on the page shown.
 */
import type { UiLanguage } from '../i18n/languages.ts';
import { t } from '../i18n/translate.ts';
import { basePath, href, metadataHref, type Route } from '../routes.ts';
import { SECTIONS } from './navigation.ts';

/** A link as the frame writes it. */
export interface FrameLink {
	href: string;
	label: string;
}

/** A main-menu entry: its link and the section it opens (for `aria-current`). */
export interface MenuLink extends FrameLink {
	route: Route;
}

/** A link to a machine-readable file, with the file's media type. */
export interface TypedFrameLink extends FrameLink {
	type: string;
}

/** Every link of the header and footer in one language. */
export interface FrameLinks {
	/** The home page, which the catalogue's name in the header links to. */
	home: string;
	/** The main menu, in the order of {@link SECTIONS}. */
	menu: readonly MenuLink[];
	/** The footer's links for the public: feedback, requests, quality, changes. */
	public: readonly FrameLink[];
	/** The footer's links for data stewards: the guides and the field reference. */
	stewards: readonly FrameLink[];
	/** The footer's machine-readable files. */
	machineReadable: readonly TypedFrameLink[];
}

const kept = new Map<string, FrameLinks>();

/** The header's and footer's links in `lang`, written once per language and base path. */
export function frameLinks(lang: UiLanguage): FrameLinks {
	const key = `${lang} ${basePath()}`;
	let links = kept.get(key);
	if (!links) {
		links = {
			home: href(lang, { page: 'home' }),
			menu: SECTIONS.map((section) => ({ route: section.route, href: href(lang, section.route), label: t(lang, section.label) })),
			public: [
				{ href: href(lang, { page: 'feedback' }), label: t(lang, 'footer.feedback') },
				{ href: href(lang, { page: 'requests' }), label: t(lang, 'footer.requests') },
				{ href: href(lang, { page: 'quality' }), label: t(lang, 'footer.quality') },
				{ href: href(lang, { page: 'changes' }), label: t(lang, 'nav.changes') },
			],
			stewards: [
				{ href: href(lang, { page: 'docs' }), label: t(lang, 'footer.docs') },
				{ href: href(lang, { page: 'guide', slug: 'publish-a-dataset' }), label: t(lang, 'footer.publishGuide') },
				{ href: href(lang, { page: 'guide', slug: 'answer-requests' }), label: t(lang, 'footer.requestsGuide') },
				{ href: href(lang, { page: 'guide', slug: 'keep-your-release-schedule' }), label: t(lang, 'footer.scheduleGuide') },
				{ href: href(lang, { page: 'fields' }), label: t(lang, 'footer.fieldReference') },
			],
			machineReadable: [
				{ href: metadataHref('catalog.jsonld'), type: 'application/ld+json', label: t(lang, 'footer.dcatJsonLd') },
				{ href: metadataHref('catalog.ttl'), type: 'text/turtle', label: t(lang, 'footer.dcatTurtle') },
				{ href: metadataHref('data.json'), type: 'application/json', label: t(lang, 'footer.dataJson') },
				{ href: metadataHref({ feed: lang }), type: 'application/atom+xml', label: t(lang, 'footer.feed') },
			],
		};
		kept.set(key, links);
	}
	return links;
}
