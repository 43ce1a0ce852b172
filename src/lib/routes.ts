/**
 * Every address of the site, in one place. Pages and components never write a path by hand: they
 * describe the page they link to as a {@link Route} and call {@link href}, which adds the language
 * and the base path the site is served under (`/` locally, `/<repository>/` on GitHub Pages).
 *
 * Addresses use the same slugs in every language and always end with a slash:
 * `/en/`, `/en/datasets/`, `/en/datasets/page/2/`, `/en/datasets/{id}/`, `/en/publishers/`,
 * `/en/publishers/{id}/`, `/en/themes/`, `/en/themes/{code-lowercase}/`, `/en/search/`,
 * `/en/docs/fields/` (the stewards' field reference), `/en/docs/{slug}/` (the stewards' guides,
 * written in MDX in src/content/docs/<lang>/{slug}.mdx, with the same slug in every language),
 * `/en/edit/` (the dataset editor; `?dataset=<id>` opens a dataset), `/en/feedback/` (the feedback form; src/lib/feedback/prefill.ts adds what it is about as query
 * parameters), `/en/requests/` (the public request log) and `/en/requests/{id}/`,
 * `/en/inventory/` (every data holding by access level), `/en/schedule/` (the implementation plan's
 * progress), `/en/schedule/publishers/{id}/` (a ministry's release schedule),
 * `/en/schedule/commitments/{id}/` (one commitment and its milestones), `/en/quality/` (metadata
 * quality, freshness and broken links), `/en/changes/` (what changed, from the git history) and
 * `/en/scorecard/` (the Charter scorecard). Long lists of a publisher's
 * or a theme's datasets continue at `…/page/{n}/` the way the dataset list does.
 */

/** A page of the site, independent of its language and of where the site is served. */
export type Route =
	| { page: 'home' }
	| { page: 'datasets'; pageNumber?: number }
	| { page: 'dataset'; id: string }
	| { page: 'publishers' }
	| { page: 'publisher'; id: string; pageNumber?: number }
	| { page: 'themes' }
	| { page: 'theme'; code: string; pageNumber?: number }
	| { page: 'docs' }
	| { page: 'fields' }
	| { page: 'search' }
	| { page: 'guide'; slug: string }
	| { page: 'feedback' }
	| { page: 'editor'; dataset?: string }
	| { page: 'requests' }
	| { page: 'request'; id: string }
	| { page: 'inventory' }
	| { page: 'schedule' }
	| { page: 'schedulePublisher'; id: string }
	| { page: 'commitment'; id: string }
	| { page: 'quality' }
	| { page: 'changes' }
	| { page: 'scorecard' };

/** The slug of a theme page: the EU theme code in lower case (`TRAN` → `tran`). */
export function themeSlug(code: string): string {
	return code.toLowerCase();
}

/** The path of page `pageNumber` of a list that starts at `listPath`; page 1 is the list itself. */
export function pagedPath(listPath: string, pageNumber = 1): string {
	return pageNumber > 1 ? `${listPath}page/${pageNumber}/` : listPath;
}

/**
 * The value of a `[...page]` rest parameter for page `pageNumber` of a list: `undefined` for the
 * first page (the list's own address), `page/2` for the second, and so on. Matches {@link pagedPath}.
 */
export function pageParam(pageNumber: number): string | undefined {
	return pageNumber > 1 ? `page/${pageNumber}` : undefined;
}

/**
 * The path of a page in `lang`, without the base path: `routePath('fr', { page: 'dataset', id: 'x' })`
 * → `/fr/datasets/x/`. Identifiers are percent-encoded defensively, although the schema already
 * limits them to lower-case letters, digits and hyphens.
 */
export function routePath(lang: string, route: Route): string {
	const root = `/${encodeURIComponent(lang)}/`;
	switch (route.page) {
		case 'home':
			return root;
		case 'datasets':
			return pagedPath(`${root}datasets/`, route.pageNumber);
		case 'dataset':
			return `${root}datasets/${encodeURIComponent(route.id)}/`;
		case 'publishers':
			return `${root}publishers/`;
		case 'publisher':
			return pagedPath(`${root}publishers/${encodeURIComponent(route.id)}/`, route.pageNumber);
		case 'themes':
			return `${root}themes/`;
		case 'theme':
			return pagedPath(`${root}themes/${encodeURIComponent(themeSlug(route.code))}/`, route.pageNumber);
		case 'docs':
			return `${root}docs/`;
		case 'fields':
			return `${root}docs/fields/`;
		case 'search':
			return `${root}search/`;
		case 'guide':
			return `${root}docs/${encodeURIComponent(route.slug)}/`;
		case 'feedback':
			return `${root}feedback/`;
		case 'editor':
			return route.dataset === undefined ? `${root}edit/` : `${root}edit/?dataset=${encodeURIComponent(route.dataset)}`;
		case 'requests':
			return `${root}requests/`;
		case 'request':
			return `${root}requests/${encodeURIComponent(route.id)}/`;
		case 'inventory':
			return `${root}inventory/`;
		case 'schedule':
			return `${root}schedule/`;
		case 'schedulePublisher':
			return `${root}schedule/publishers/${encodeURIComponent(route.id)}/`;
		case 'commitment':
			return `${root}schedule/commitments/${encodeURIComponent(route.id)}/`;
		case 'quality':
			return `${root}quality/`;
		case 'changes':
			return `${root}changes/`;
		case 'scorecard':
			return `${root}scorecard/`;
	}
}

/**
 * The base path the site is built for (always starts and ends with `/`). It comes from the value
 * astro.config.mjs compiles in, not from `import.meta.env.BASE_URL`, which a stray `BASE_URL`
 * environment variable (set by test runners and some CI systems) silently overrides.
 */
export function basePath(): string {
	return normalizeBase(compiledBase() ?? '/');
}

/**
 * The base compiled in by Vite, or nothing in plain Node (a CLI script), where Vite's env object is
 * undefined. Read only as whole `import.meta.env.KEY` reads, and never named bare, not even in a
 * comment: Astro replaces a bare reference with a copy of the environment (`_`, the program that
 * started the build, among it), so a build started another way (`env`, `npx`, another shell) had
 * other code and the incremental build rendered every page again.
 */
function compiledBase(): string | undefined {
	try {
		return import.meta.env.SITE_BASE ?? import.meta.env.BASE_URL;
	} catch {
		return undefined;
	}
}

/** `catalogue` → `/catalogue/`, `/` → `/`, `` → `/`. */
export function normalizeBase(base: string): string {
	const trimmed = base.replace(/^\/+|\/+$/g, '');
	return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * A site path (starting with `/`) prefixed with the base path: `withBase('/en/', '/catalogue/')` →
 * `/catalogue/en/`. The base defaults to the one the site is being built for.
 */
export function withBase(path: string, base: string = basePath()): string {
	return normalizeBase(base) + path.replace(/^\/+/, '');
}

/**
 * The link to a page in `lang`, base path included: the one way the site writes internal links.
 *
 * @example href('en', { page: 'datasets', pageNumber: 2 }) // → '/catalogue/en/datasets/page/2/' when base is /catalogue/
 */
export function href(lang: string, route: Route, base: string = basePath()): string {
	return withBase(routePath(lang, route), base);
}

/** The link to a file in `public/` (e.g. `favicon.svg`), base path included. */
export function assetHref(file: string, base: string = basePath()): string {
	return withBase(`/${file}`, base);
}

/**
 * An absolute address for a site path that already includes the base, for `rel=canonical` and
 * `hreflang` alternates: `absoluteUrl('/catalogue/en/', 'https://ontario.github.io')`.
 * Returns the path itself when the site's address is unknown.
 */
export function absoluteUrl(pathWithBase: string, site: URL | string | undefined): string {
	return site ? new URL(pathWithBase, site).href : pathWithBase;
}

/**
 * A machine-readable file of the site: the DCAT-AP exports, data.json, the sitemap, the inventory
 * and the release schedule (CSV and JSON), a language's feed.
 */
export type MetadataFile =
	| 'catalog.jsonld'
	| 'catalog.ttl'
	| 'data.json'
	| 'sitemap.xml'
	| 'inventory.csv'
	| 'inventory.json'
	| 'schedule.csv'
	| 'schedule.json'
	| 'quality.csv'
	| 'quality.json'
	| 'scorecard.csv'
	| 'scorecard.json'
	| { dataset: string }
	| { tableSchema: { dataset: string; distribution: number } }
	| { feed: string }
	| { changesFeed: string };

/** The name, without `.json`, of a distribution's published Table Schema: `distribution-1.schema`. */
export function tableSchemaStem(distribution: number): string {
	return `distribution-${distribution}.schema`;
}

/**
 * The path of a machine-readable file, base path included: `/catalog.jsonld`, `/data.json`, `/sitemap.xml`, `/schedule.csv`,
 * `{ dataset: 'traffic-volumes' }` → `/datasets/traffic-volumes.jsonld`, `{ feed: 'fr' }` → `/fr/feed.xml`,
 * `{ tableSchema: { dataset: 'traffic-volumes', distribution: 1 } }` → the first distribution's data
 * dictionary as a Table Schema, `/datasets/traffic-volumes/distribution-1.schema.json`.
 */
export function metadataHref(file: MetadataFile, base: string = basePath()): string {
	if (typeof file === 'string') return withBase(`/${file}`, base);
	if ('dataset' in file) return withBase(`/datasets/${encodeURIComponent(file.dataset)}.jsonld`, base);
	if ('tableSchema' in file) {
		const { dataset, distribution } = file.tableSchema;
		return withBase(`/datasets/${encodeURIComponent(dataset)}/${tableSchemaStem(distribution)}.json`, base);
	}
	if ('changesFeed' in file) return withBase(`/${encodeURIComponent(file.changesFeed)}/changes.xml`, base);
	return withBase(`/${encodeURIComponent(file.feed)}/feed.xml`, base);
}
