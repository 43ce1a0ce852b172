/** `<lang>/changes.xml`: an Atom feed of what changed in the catalogue (from its git history), in each language. */
import type { APIRoute } from 'astro';
import { toChangesFeed } from '../../lib/export/changes-atom.ts';
import { catalogueEvents } from '../../lib/history/events.ts';
import type { UiLanguage } from '../../lib/i18n/languages.ts';
import { metadataHref } from '../../lib/routes.ts';
import { CHANGES_FEED_LENGTH, eventViews } from '../../lib/site/changes.ts';
import { getCatalogue } from '../../lib/site/get-catalogue.ts';
import { getHistory } from '../../lib/site/get-history.ts';
import { siteIris, siteLocation } from '../../lib/site/site-iris.ts';
import { languagePaths } from '../../lib/site/site-languages.ts';

export async function getStaticPaths() {
	return languagePaths(await getCatalogue());
}

export const GET: APIRoute = async ({ params, site }) => {
	const catalogue = await getCatalogue();
	const history = await getHistory();
	const lang = (params.lang ?? catalogue.defaultLanguage) as UiLanguage;
	const feedUrl = new URL(metadataHref({ changesFeed: lang }), siteLocation(site).siteUrl).href;
	const views = eventViews(catalogueEvents(history, catalogue.schedule.asOf).slice(0, CHANGES_FEED_LENGTH), catalogue, history, lang);
	return new Response(toChangesFeed(views, catalogue, lang, siteIris(catalogue, site), feedUrl), {
		headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
	});
};
