/** The export IRIs of the site being built: its address (Astro's `site`) and base path. */
import { catalogueIris } from '../export/dcat-ap/catalogue.ts';
import type { DcatIris } from '../export/dcat-ap/iris.ts';
import type { Catalogue } from '../model/catalogue.ts';
import { basePath } from '../routes.ts';

/** Where the site is published: `site` (Astro's) or the dev server's address when none is set. */
export function siteLocation(site: URL | undefined): { siteUrl: string; base: string } {
	return { siteUrl: site?.href ?? 'http://localhost:4321/', base: basePath() };
}

/** Absolute page and node addresses for the site being built. */
export function siteIris(catalogue: Catalogue, site: URL | undefined): DcatIris {
	return catalogueIris(catalogue, siteLocation(site));
}
