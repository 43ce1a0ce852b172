/**
 * The steward's edit-and-look loop (`npm run dev`): an Astro integration for the dev server that
 * watches the catalogue's files (catalogue.yaml, datasets/, publishers/, requests/, schedules/ and
 * the data files in public/data/), reloads the catalogue when one is saved, prints what is wrong
 * in the terminal (file, line, message: diagnostics/dev-report.ts) and makes the open pages
 * reload. A catalogue with errors renders as Astro's error overlay listing them
 * (site/get-catalogue.ts); the next save that fixes them brings the pages back.
 */
import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { devServerReport } from '../lib/diagnostics/dev-report.ts';
import { formatSummary } from '../lib/diagnostics/format.ts';
import { catalogueRoot, loadedCatalogue, reloadCatalogue } from '../lib/site/catalogue-store.ts';
import { markDevServer } from '../lib/site/dev-server-flag.ts';
import { catalogueReloads } from './catalogue-reloads.ts';
import { isPageRequest, pageGenerations, type PageGenerations } from './page-generations.ts';

/** The catalogue's files and folders, relative to its root. */
const WATCHED = ['catalogue.yaml', 'datasets', 'publishers', 'requests', 'schedules', 'public/data'];

/** How long to wait after a change for the others of the same save (editors write in steps), in ms. */
const SETTLE_MS = 40;

/** How long the server environments get to drop their cached pages before the browsers reload, in ms. */
const RELOAD_DELAY_MS = 100;

/** Whether `file` (absolute) is one of the catalogue's files under `root`. */
export function isCatalogueFile(root: string, file: string): boolean {
	const path = relative(root, file).split(sep).join('/');
	return WATCHED.some((watched) => path === watched || path.startsWith(`${watched}/`));
}

/** Vite's message that makes a browser reload its page. */
const FULL_RELOAD = { type: 'full-reload', path: '*' } as const;

/** The integration; it does nothing outside `astro dev`. */
export default function catalogueDev(): AstroIntegration {
	let serving = false;
	return {
		name: 'open-data-catalogue:catalogue-dev',
		hooks: {
			'astro:config:setup': ({ command }) => {
				serving = command === 'dev';
			},
			// Astro also sets up a Vite server inside `astro build` when NODE_ENV is not production (under a test runner, say).
			'astro:server:setup': ({ server, logger }) => {
				if (!serving) return;
				markDevServer();
				const root = resolve(catalogueRoot());
				server.watcher.add(WATCHED.map((path) => resolve(root, path)));
				const started = performance.now();
				void report(logger, loadedCatalogue(), started, 'loaded');
				const generations = pageGenerations(randomUUID().slice(0, 8));
				followPages(server, generations);
				const changed = catalogueReloads({
					settleMs: SETTLE_MS,
					signature: fileSignature,
					reload: async (files) => {
						const started = performance.now();
						const names = files.map((file) => relative(root, file).split(sep).join('/'));
						logger.info(`${names.join(', ')} changed: reloading the catalogue`);
						await report(logger, reloadCatalogue(), started, 'reloaded', names);
					},
					refresh: () => refreshPages(server, generations),
				});
				const onChange = (file: string) => {
					if (isCatalogueFile(root, file)) changed(file);
				};
				for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onChange);
			},
		},
	};
}

/** A file's size, modification time and inode, or `missing` (or why it cannot be looked at: the loader reports it). */
function fileSignature(file: string): string {
	try {
		const stats = statSync(file, { throwIfNoEntry: false });
		return stats ? `${stats.size}:${stats.mtimeMs}:${stats.ino}` : 'missing';
	} catch (error) {
		return `unreadable: ${(error as NodeJS.ErrnoException).code ?? 'unknown'}`;
	}
}

/**
 * Marks every page response with the refreshes sent so far, and reloads a browser that connects
 * showing an older page: it was reloading when the last refresh was sent (page-generations.ts).
 */
function followPages(server: ViteDevServer, generations: PageGenerations): void {
	// Before Astro's handler and Vite's middlewares, whichever ends the response.
	server.httpServer?.prependListener('request', (request, response) => {
		if (isPageRequest(request.headers)) response.setHeader('Set-Cookie', generations.cookie());
	});
	server.ws.on('connection', (socket, request) => {
		if (generations.isStale(request.headers.cookie)) socket.send(JSON.stringify(FULL_RELOAD));
	});
}

/**
 * Makes Astro forget the pages' getStaticPaths results (its route cache keeps their props, built
 * from the old catalogue) and the browser reload. Astro clears that cache on its own
 * `astro:content-changed` event, which its content layer sends to the server environments when a
 * collection changes: the catalogue is such a collection kept outside the content layer.
 */
async function refreshPages(server: ViteDevServer, generations: PageGenerations): Promise<void> {
	for (const environment of Object.values(server.environments)) {
		if (environment.name !== 'client') environment.hot.send('astro:content-changed', {});
	}
	// The server environments clear their route cache on that event asynchronously; a reload that
	// arrives first renders from the old cache, and its error can outlive the fix as a stale overlay.
	await new Promise((done) => setTimeout(done, RELOAD_DELAY_MS));
	generations.refreshed();
	server.environments.client.hot.send(FULL_RELOAD);
}

/**
 * Prints the outcome of a load: every error with its file and line, the warnings of the files just
 * `saved` (relative to the root; all of them when few: diagnostics/dev-report.ts), then a summary
 * and the time taken.
 */
async function report(
	logger: AstroIntegrationLogger,
	loading: ReturnType<typeof loadedCatalogue>,
	started: number,
	verb: string,
	saved?: readonly string[],
): Promise<void> {
	try {
		const { diagnostics, fileCount } = await loading;
		const seconds = ((performance.now() - started) / 1000).toFixed(2);
		const text = devServerReport(diagnostics, saved);
		if (diagnostics.some((d) => d.severity === 'error')) logger.error(`\n${text}`);
		else if (text) logger.warn(`\n${text}`);
		logger.info(`catalogue ${verb} in ${seconds} s: ${formatSummary(diagnostics, fileCount)}`);
	} catch (error) {
		logger.error(`the catalogue could not be loaded: ${(error as Error).message}`);
	}
}
