/** `<lang>/feed.xml`: an Atom feed of the most recently updated datasets, in each language. */
import type { APIRoute } from 'astro';
import { toAtomFeed } from '../../lib/export/atom.ts';
import { metadataHref } from '../../lib/routes.ts';
import { getCatalogue } from '../../lib/site/get-catalogue.ts';
import { siteIris, siteLocation } from '../../lib/site/site-iris.ts';
import { languagePaths } from '../../lib/site/site-languages.ts';

export async function getStaticPaths() {
	return languagePaths(await getCatalogue());
}

export const GET: APIRoute = async ({ params, site }) => {
	const catalogue = await getCatalogue();
	const lang = params.lang ?? catalogue.defaultLanguage;
	const feedUrl = new URL(metadataHref({ feed: lang }), siteLocation(site).siteUrl).href;
	return new Response(toAtomFeed(catalogue, lang, siteIris(catalogue, site), feedUrl), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
