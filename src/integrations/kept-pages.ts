/**
 * Waits, at the first astro:build:done hook, for the pages kept from the last build to be in the
 * output: they are put back off the main thread while Astro goes on with its pages
 * (src/lib/build/deferred-restores.ts). Listed first in astro.config.mjs, so that no other hook
 * (nor scripts/build.ts, which publishes the output after the build) sees the output without them;
 * a page that could not be put back fails the build here, naming it.
 */
import type { AstroIntegration } from 'astro';
import { finishRestores } from '../lib/build/deferred-restores.ts';

/** The integration: its astro:build:done fails the build, naming the page, when a kept page could not be put back. */
export default function keptPages(): AstroIntegration {
	return {
		name: 'open-data-catalogue:kept-pages',
		hooks: {
			'astro:build:done': async ({ logger }) => {
				const started = performance.now();
				const restored = await finishRestores();
				if (restored > 0) logger.info(`${restored} pages kept from the last build put back (waited ${Math.round(performance.now() - started)} ms)`);
			},
		},
	};
}
