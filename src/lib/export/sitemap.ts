/**
 * `sitemap.xml` and `robots.txt` (https://www.sitemaps.org/protocol.html): every page a reader
 * lands on — home, lists, each dataset, publisher, theme and request of the request log, the
 * feedback form, the inventory and the schedule pages — in every language, each with its language
 * alternates, and the date a dataset or request last changed. Continuation pages of long lists
 * (`…/page/2/`) are left out: search engines reach them from the first page. A sitemap holds at
 * most 50,000 addresses, enough for 7,000+ datasets in each of the languages of a bilingual site.
 */
import type { Catalogue } from '../model/catalogue.ts';
import type { Route } from '../routes.ts';
import type { DcatIris } from './dcat-ap/iris.ts';
import { escapeXml } from './xml.ts';

/** The pages of the sitemap, each with the date it last changed when known. */
export function sitemapRoutes(catalogue: Catalogue): Array<{ route: Route; lastmod?: string }> {
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
		{ route: { page: 'changes' } },
		{ route: { page: 'scorecard' } },
	];
}

/** The sitemap of the site, as XML. */
export function toSitemap(catalogue: Catalogue, iris: DcatIris): string {
	const urls = sitemapRoutes(catalogue).flatMap(({ route, lastmod }) => {
		const alternates = catalogue.languages.map((lang) => `<xhtml:link rel="alternate" hreflang="${escapeXml(lang)}" href="${escapeXml(iris.page(lang, route))}"/>`).join('');
		return catalogue.languages.map((lang) => `<url><loc>${escapeXml(iris.page(lang, route))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}${alternates}</url>`);
	});
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

/** `robots.txt`: everything may be crawled; the sitemap is at `sitemapUrl`. */
export function toRobotsTxt(sitemapUrl: string): string {
	return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
