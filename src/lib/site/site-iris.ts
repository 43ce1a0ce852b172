/** The export IRIs of the site being built: its address (Astro's `site`) and base path. */
import { catalogueIris } from '../export/dcat-ap/catalogue.ts';
import type { DcatIris } from '../export/dcat-ap/iris.ts';
import type { Catalogue } from '../model/catalogue.ts';
import { basePath } from '../routes.ts';

/** Where the site is published: `site` (Astro's) or the dev server's address when none is set. */
export function siteLocation(site: URL | undefined): { siteUrl: string; base: string } {
	return { siteUrl: site?.href ?? 'http://localhost:4321/', base: basePath() };
}

// Each dataset page asks for the same builders (its schema.org block): made once per catalogue and address.
const kept = new WeakMap<Catalogue, Map<string, DcatIris>>();

/** Absolute page and node addresses for the site being built. */
export function siteIris(catalogue: Catalogue, site: URL | undefined): DcatIris {
	const location = siteLocation(site);
	let byLocation = kept.get(catalogue);
	if (!byLocation) {
		byLocation = new Map();
		kept.set(catalogue, byLocation);
	}
	const key = `${location.siteUrl} ${location.base}`;
	let iris = byLocation.get(key);
	if (!iris) {
		iris = catalogueIris(catalogue, location);
		byLocation.set(key, iris);
	}
	return iris;
}
