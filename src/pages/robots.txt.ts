/**
 * `robots.txt`: crawl everything; the sitemap is here. Only read when the site is served at the
 * root of its host (crawlers read `/robots.txt` only): under a base path the build says so, with
 * the Sitemap line the host's own robots.txt needs, and the file carries the same note.
 */
import type { APIRoute } from 'astro';
import { robotsTxtNote, toRobotsTxt } from '../lib/export/sitemap.ts';
import { metadataHref } from '../lib/routes.ts';
import { siteLocation } from '../lib/site/site-iris.ts';

export const GET: APIRoute = ({ site }) => {
	const { siteUrl, base } = siteLocation(site);
	const sitemapUrl = new URL(metadataHref('sitemap.xml'), siteUrl).href;
	const note = robotsTxtNote(sitemapUrl, base);
	if (note) console.warn(note);
	return new Response(toRobotsTxt(sitemapUrl, base), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
