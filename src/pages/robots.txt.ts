/**
 * `robots.txt`: crawl everything; the sitemap is here. Only useful when the site is served at the
 * root of its host (crawlers read `/robots.txt` only), but harmless under a base path.
 */
import type { APIRoute } from 'astro';
import { toRobotsTxt } from '../lib/export/sitemap.ts';
import { metadataHref } from '../lib/routes.ts';
import { siteLocation } from '../lib/site/site-iris.ts';

export const GET: APIRoute = ({ site }) => {
	const { siteUrl } = siteLocation(site);
	return new Response(toRobotsTxt(new URL(metadataHref('sitemap.xml'), siteUrl).href), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
