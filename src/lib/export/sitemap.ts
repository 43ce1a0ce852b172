/**
 * `sitemap.xml` and `robots.txt` (https://www.sitemaps.org/protocol.html): every page a reader
 * lands on — home, lists, each dataset, publisher, theme and request of the request log, the
 * feedback form, the inventory and the schedule pages, the field reference and the stewards' guides —
 * in every language, each with its language
 * alternates, and the date a dataset or request last changed. Continuation pages of long lists
 * (`…/page/2/`) are left out: search engines reach them from the first page. A sitemap holds at
 * most 50,000 addresses, enough for 7,000+ datasets in each of the languages of a bilingual site.
 */
import type { Catalogue } from '../model/catalogue.ts';
import type { Route } from '../routes.ts';
import type { DcatIris } from './dcat-ap/iris.ts';
import { escapeXml } from './xml.ts';

/**
 * The pages of the sitemap, each with the date it last changed when known. `guides` are the slugs
 * of the stewards' guides (src/content/docs/<lang>/<slug>.mdx, one per language).
 */
export function sitemapRoutes(catalogue: Catalogue, guides: readonly string[] = []): Array<{ route: Route; lastmod?: string }> {
	return [
		{ route: { page: 'home' } },
		{ route: { page: 'datasets' } },
		{ route: { page: 'publishers' } },
		{ route: { page: 'themes' } },
		// Requests are ordered most recently updated first: the first one dates the log.
		{ route: { page: 'requests' }, lastmod: catalogue.requests[0]?.current.date },
		{ route: { page: 'feedback' } },
		...catalogue.datasets.map((dataset) => ({ route: { page: 'dataset', id: dataset.identifier } as Route, lastmod: dataset.modified })),
		...catalogue.publishers.map((publisher) => ({ route: { page: 'publisher', id: publisher.id } as Route })),
		...catalogue.config.themes.map((code) => ({ route: { page: 'theme', code } as Route })),
		...catalogue.requests.map((request) => ({ route: { page: 'request', id: request.id } as Route, lastmod: request.current.date })),
		{ route: { page: 'inventory' } },
		{ route: { page: 'schedule' } },
		...[...catalogue.schedule.releasesByPublisher.keys()].map((id) => ({ route: { page: 'schedulePublisher', id } as Route })),
		...catalogue.schedule.commitments.map((commitment) => ({ route: { page: 'commitment', id: commitment.id } as Route })),
		{ route: { page: 'quality' } },
		{ route: { page: 'changes' } },
		{ route: { page: 'scorecard' } },
		{ route: { page: 'fields' } },
		...guides.map((slug) => ({ route: { page: 'guide', slug } as Route })),
	];
}

/** The sitemap of the site, as XML, with the guides whose slugs are `guides`. */
export function toSitemap(catalogue: Catalogue, iris: DcatIris, guides: readonly string[] = []): string {
	const urls = sitemapRoutes(catalogue, guides).flatMap(({ route, lastmod }) => {
		const alternates = catalogue.languages
			.map((lang) => `<xhtml:link rel="alternate" hreflang="${escapeXml(lang)}" href="${escapeXml(iris.page(lang, route))}"/>`)
			.join('');
		return catalogue.languages.map(
			(lang) => `<url><loc>${escapeXml(iris.page(lang, route))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}${alternates}</url>`,
		);
	});
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

/**
 * `robots.txt`: everything may be crawled; the sitemap is at `sitemapUrl`. Under a base path
 * (`base` other than `/`) the file says that crawlers will not read it there.
 */
export function toRobotsTxt(sitemapUrl: string, base = '/'): string {
	const note =
		base === '/'
			? ''
			: `# Crawlers read robots.txt only at the root of a host, not under ${base}: this file is not read there.\n# The host's own /robots.txt should carry the Sitemap line below.\n`;
	return `${note}User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}

/**
 * What the build says when the site is served under a base path, where crawlers never read its
 * robots.txt: the line the host's own /robots.txt needs for search engines to find the sitemap.
 * Undefined at the root of the host.
 */
export function robotsTxtNote(sitemapUrl: string, base: string): string | undefined {
	if (base === '/') return undefined;
	const hostRobots = new URL('/robots.txt', sitemapUrl).href;
	return `robots.txt: the site is served under ${base}, and crawlers read robots.txt only at ${hostRobots}; for search engines to find the sitemap, add this line there: Sitemap: ${sitemapUrl}`;
}
