/**
 * The stable IRIs of the export. Every node the catalogue describes gets an address under the
 * site, on the page that shows it in the default language, so a harvester can dereference it:
 * `https://example.org/en/datasets/traffic-volumes/#dataset`, `…#distribution-1`.
 * Identifiers never change once published (see README), so neither do these IRIs.
 */
import { publicUrlPath } from '../../data-files/site-file.ts';
import type { Distribution } from '../../model/catalogue.ts';
import { metadataHref, routePath, withBase, type Route } from '../../routes.ts';

/** Where the site is published: its origin and base path. */
export interface SiteLocation {
	/** The site's address, e.g. `https://open-data-catalogue.github.io`. */
	siteUrl: string;
	/** The base path the site is served under, e.g. `/` or `/catalogue/`. */
	base: string;
}

/** The IRI builders for one site. */
export interface DcatIris {
	/** The absolute address of a page in `lang`. */
	page(lang: string, route: Route): string;
	catalogue: string;
	cataloguePublisher: string;
	/** The area the catalogue covers, when catalogue.yaml names it without a gazetteer IRI. */
	catalogueSpatial: string;
	dataset(id: string): string;
	/** Distributions are numbered from 1, in the order of the dataset file. */
	distribution(datasetId: string, position: number): string;
	/**
	 * The address of a distribution's file: a file published with the site (public/data/) at the
	 * address the site is built for, wherever catalogue.yaml says the site is; any other file where
	 * its download_url says.
	 */
	download(distribution: Pick<Distribution, 'download_url' | 'siteFile'>): string | undefined;
	/** The address of a distribution's data dictionary published as a Table Schema document. */
	tableSchema(datasetId: string, position: number): string;
	contactPoint(datasetId: string): string;
	temporal(datasetId: string): string;
	spatial(datasetId: string): string;
	rights(datasetId: string): string;
	publisher(id: string): string;
}

/** IRI builders for a site, with `defaultLanguage` as the language of node addresses. */
export function dcatIris(site: SiteLocation, defaultLanguage: string): DcatIris {
	// Each dataset's page address is asked for by every node it owns and by several
	// catalogue-wide files: parsed once per page.
	const pages = new Map<string, string>();
	const page = (lang: string, route: Route) => {
		const path = withBase(routePath(lang, route), site.base);
		let href = pages.get(path);
		if (href === undefined) pages.set(path, (href = new URL(path, site.siteUrl).href));
		return href;
	};
	const root = new URL(withBase('/', site.base), site.siteUrl).href;
	const datasetPage = (id: string) => page(defaultLanguage, { page: 'dataset', id });
	return {
		page,
		catalogue: `${root}#catalogue`,
		cataloguePublisher: `${root}#publisher`,
		catalogueSpatial: `${root}#spatial-coverage`,
		dataset: (id) => `${datasetPage(id)}#dataset`,
		distribution: (id, position) => `${datasetPage(id)}#distribution-${position}`,
		download: (distribution) =>
			distribution.siteFile && distribution.download_url
				? new URL(withBase(`/${publicUrlPath(distribution.siteFile)}`, site.base), site.siteUrl).href
				: distribution.download_url,
		tableSchema: (id, position) => new URL(metadataHref({ tableSchema: { dataset: id, distribution: position } }, site.base), site.siteUrl).href,
		contactPoint: (id) => `${datasetPage(id)}#contact-point`,
		temporal: (id) => `${datasetPage(id)}#temporal-coverage`,
		spatial: (id) => `${datasetPage(id)}#spatial-coverage`,
		rights: (id) => `${datasetPage(id)}#access-rights-statement`,
		publisher: (id) => `${page(defaultLanguage, { page: 'publisher', id })}#publisher`,
	};
}
