// @ts-check
/**
 * Astro configuration. The site's address and base path come from catalogue.yaml (`site.url`,
 * `site.base`) in the catalogue folder (CATALOGUE_DIR, else the working directory), so a ministry
 * configures its catalogue in one place. For GitHub Pages the workflow overrides them with
 * SITE_URL and BASE_PATH; OUT_DIR moves the output folder (default dist/).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { parse } from 'yaml';
import { astroCacheFolder } from './src/lib/build/build-cache.ts';
import catalogueDev from './src/integrations/catalogue-dev.ts';
import dataExports from './src/integrations/data-exports.ts';
import defaultFavicon from './src/integrations/default-favicon.ts';
import keptPages from './src/integrations/kept-pages.ts';
import pagefind from './src/integrations/pagefind.ts';
import repositoryFiles from './src/integrations/repository-files.ts';

const catalogueDir = resolve(process.env.CATALOGUE_DIR ?? process.cwd());

/**
 * `site.url` and `site.base` from catalogue.yaml, or nothing when the file is missing or unreadable:
 * the catalogue itself is validated (with proper messages) when the pages load it.
 * @returns {{ url?: string, base?: string }}
 */
function readSiteConfig() {
	const file = resolve(catalogueDir, 'catalogue.yaml');
	if (!existsSync(file)) return {};
	try {
		const site = parse(readFileSync(file, 'utf8'))?.site;
		return {
			url: typeof site?.url === 'string' ? site.url : undefined,
			base: typeof site?.base === 'string' ? site.base : undefined,
		};
	} catch {
		return {};
	}
}

/** `catalogue` → `/catalogue/`; empty → `/`. */
function normalizeBase(/** @type {string} */ base) {
	const trimmed = base.replace(/^\/+|\/+$/g, '');
	return trimmed === '' ? '/' : `/${trimmed}/`;
}

const fromCatalogue = readSiteConfig();
// The catalogue's own public/ folder (favicon, data files in public/data/) is copied into the site;
// a catalogue kept elsewhere without one (a test fixture) gets the project's, and one whose public/
// has no favicon.svg gets the project's favicon (src/integrations/default-favicon.ts).
const cataloguePublic = resolve(catalogueDir, 'public');
const base = normalizeBase(process.env.BASE_PATH || fromCatalogue.base || '/');

export default defineConfig({
	site: process.env.SITE_URL || fromCatalogue.url || 'http://localhost:4321',
	base,
	outDir: process.env.OUT_DIR || './dist',
	publicDir: existsSync(cataloguePublic) ? cataloguePublic : './public',
	output: 'static',
	trailingSlash: 'always',
	build: {
		format: 'directory',
		// One cached stylesheet for 20,000 pages rather than a copy inlined in each.
		inlineStylesheets: 'never',
		// Four pages in flight: while one waits for its file to be written another renders (one at a
		// time left the main thread idle a quarter of the build). 10,000 datasets, cold, one run each
		// alternated: 80–88 s against 92–99 s, the same CPU and peak memory, the same output.
		concurrency: 4,
	},
	// Pages link to each other with plain links; nothing to prefetch. The only client scripts are the
	// search element (src/components/search/), the feedback form (src/components/feedback/) and the
	// data preview element and its worker (src/components/preview/), bundled by Astro.
	prefetch: false,
	devToolbar: { enabled: false },
	// Astro's log without a line per page generated: a progress line every 2,000 pages instead; with
	// ODC_LOG_PAGES=1, every page's line, as Astro writes it (what an incremental build put back).
	logger: { entrypoint: './src/lib/build/astro-log-destination.mjs', config: { pages: process.env.ODC_LOG_PAGES === '1' } },
	// Astro's cache (Vite's, and the incremental build's manifest and page copies) is kept per
	// catalogue folder, so two catalogues built from one checkout never share page copies.
	cacheDir: astroCacheFolder(catalogueDir),
	// With `npm run build` (which sets ODC_INCREMENTAL once it holds the cache's lock), a page whose
	// getStaticPaths() entry has a cacheKey (src/lib/site/page-cache-key.ts) is copied from the
	// previous build when neither its key nor its code changed: after one dataset file changes, only
	// that dataset's pages and the lists that show it are rendered again.
	experimental: { incrementalBuild: process.env.ODC_INCREMENTAL === '1' },
	// A catalogue holding a symbolic link (or FIFO, device) is refused before anything is copied or
	// read (src/integrations/repository-files.ts). Pagefind indexes the datasets' search records, made
	// from the catalogue, while the pages are built (src/integrations/pagefind.ts). The stewards' guides (src/content/docs/) use plain code blocks,
	// styled by global.css, focusable (CodeBlock.astro). A catalogue with its own public/ keeps the
	// default favicon (src/integrations/default-favicon.ts). The DCAT-AP export, data.json, the
	// per-dataset JSON-LD and the editor's records are made in a worker thread beside the pages
	// (src/integrations/data-exports.ts). In `npm run dev`, catalogueDev reloads the catalogue and
	// the open pages when a catalogue file is saved.
	// keptPages first: its astro:build:done waits for the kept pages to be in the output before any other hook runs.
	integrations: [keptPages(), repositoryFiles({ catalogueDir }), mdx({ syntaxHighlight: false }), pagefind(), dataExports(), defaultFavicon(), catalogueDev()],
	// The base path, compiled in for src/lib/routes.ts (see basePath() there for why).
	vite: { define: { 'import.meta.env.SITE_BASE': JSON.stringify(base) } },
});
