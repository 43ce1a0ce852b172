/** `sitemap.xml`: every page in every language, with its alternates, the stewards' guides included. */
import type { APIRoute } from 'astro';
import { listGuides, type GuideModule } from '../lib/docs/guides.ts';
import { toSitemap } from '../lib/export/sitemap.ts';
import { getCatalogue } from '../lib/site/get-catalogue.ts';
import { siteIris } from '../lib/site/site-iris.ts';

export const GET: APIRoute = async ({ site }) => {
	const catalogue = await getCatalogue();
	const guides = listGuides(import.meta.glob<GuideModule>('../content/docs/*/*.mdx', { eager: true }));
	// A guide is listed when it is written in every language of the site, as the alternates say.
	const slugs = [...new Set(guides.map((guide) => guide.slug))].filter((slug) =>
		catalogue.languages.every((lang) => guides.some((guide) => guide.slug === slug && guide.lang === lang)),
	);
	return new Response(toSitemap(catalogue, siteIris(catalogue, site), slugs), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
