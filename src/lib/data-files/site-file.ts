/**
 * Data files published with the site. A ministry can commit a CSV to the repository under
 * `public/data/` (e.g. `public/data/mto/traffic-counts.csv`) and give its address on the published
 * site as the distribution's download_url (`https://<site>/<base>data/mto/traffic-counts.csv`):
 * the build previews it from the disk and checks it against its data dictionary.
 */

/** The folder, under `public/` and under the site's base path, that data files go in. */
export const DATA_FOLDER = 'data/';

/**
 * The catalogue-relative path (`public/data/…`) of the file a download address points to, when the
 * address is on the site (`site.url` + `site.base`) and in its data folder; undefined otherwise. Any
 * address that could leave the folder (`..`, encoded slashes, backslashes) is not a site file.
 */
export function siteDataFile(downloadUrl: string | undefined, site: { url: string; base: string }): string | undefined {
	if (downloadUrl === undefined) return undefined;
	let url: URL;
	let root: URL;
	try {
		url = new URL(downloadUrl);
		root = new URL(site.base, site.url);
	} catch {
		return undefined;
	}
	if (url.origin !== root.origin || url.search !== '' || url.hash !== '') return undefined;
	const prefix = `${root.pathname.replace(/\/?$/, '/')}${DATA_FOLDER}`;
	if (!url.pathname.startsWith(prefix)) return undefined;
	const segments: string[] = [];
	for (const encoded of url.pathname.slice(root.pathname.replace(/\/?$/, '/').length).split('/')) {
		let segment: string;
		try {
			segment = decodeURIComponent(encoded);
		} catch {
			return undefined;
		}
		if (segment === '' || segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) return undefined;
		segments.push(segment);
	}
	return `public/${segments.join('/')}`;
}

/** A site data file's path under the base path, percent-encoded: `public/data/a b.csv` → `data/a%20b.csv`. */
export function publicUrlPath(siteFile: string): string {
	return siteFile
		.replace(/^public\//, '')
		.split('/')
		.map(encodeURIComponent)
		.join('/');
}
