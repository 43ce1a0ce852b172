/**
 * What the frame of every page (BaseLayout.astro) writes that depends only on the catalogue and the
 * page language: the site's name, the feed link's title, the feedback endpoint's origin and the
 * Content-Security-Policy of a page that fetches nothing else. Made once per catalogue and language
 * rather than on each of ~24,000 pages (the policy is joined from eleven directives, the feedback
 * origin parsed as a URL). All of it comes from the catalogue's settings and languages, which the
 * catalogue-wide part of every page's cache key covers (page-cache-key.ts).
 */
import type { UiLanguage } from '../i18n/languages.ts';
import { localizedString } from '../i18n/localize.ts';
import { t } from '../i18n/translate.ts';
import type { Catalogue } from '../model/catalogue.ts';
import { contentSecurityPolicy, feedbackOrigins } from './content-security-policy.ts';

/** The language-wide part of a page's frame. */
export interface PageFrame {
	/** The catalogue's title in the language (or its fallback). */
	siteName: string;
	/** The title of the `<link rel="alternate">` to the language's Atom feed. */
	feedTitle: string;
	/** The feedback endpoint's origin, when it has one: every page may post to it and fetch from it. */
	feedback: readonly string[];
	/** The policy of a page that fetches from no other origin. */
	policy: string;
}

const frames = new WeakMap<Catalogue, Map<UiLanguage, PageFrame>>();

/** The frame of every page of `catalogue` in `lang`, made once and kept with the catalogue. */
export function pageFrame(catalogue: Catalogue, lang: UiLanguage): PageFrame {
	let byLanguage = frames.get(catalogue);
	if (!byLanguage) {
		byLanguage = new Map();
		frames.set(catalogue, byLanguage);
	}
	let frame = byLanguage.get(lang);
	if (!frame) {
		const siteName = localizedString(catalogue.config.title, lang, catalogue.languages);
		const feedback = feedbackOrigins(catalogue.config);
		frame = {
			siteName,
			feedTitle: t(lang, 'site.feedTitle', { site: siteName }),
			feedback,
			policy: contentSecurityPolicy({ connect: feedback, formAction: feedback }),
		};
		byLanguage.set(lang, frame);
	}
	return frame;
}

/** The Content-Security-Policy of a page of `frame` that also fetches from `dataOrigins` (a dataset page's remote previews). */
export function pagePolicy(frame: PageFrame, dataOrigins: readonly string[]): string {
	return dataOrigins.length === 0 ? frame.policy : contentSecurityPolicy({ connect: [...dataOrigins, ...frame.feedback], formAction: frame.feedback });
}
