/**
 * Whether the pages are being rendered by the dev server (`npm run dev`) rather than built. Vite's
 * `import.meta.env.DEV` is no such witness: it follows NODE_ENV, so a build run with
 * NODE_ENV=test or development (a test runner, a shell that exports it) would get the dev server's
 * policy. The flag is set by the dev server's integration (integrations/catalogue-dev.ts) and kept
 * on `globalThis`, which the integration and the pages' modules share (as catalogue-store.ts does).
 */

const KEY = Symbol.for('open-data-catalogue.dev-server');

/** Records that this process serves the pages with `astro dev`. */
export function markDevServer(): void {
	(globalThis as Record<symbol, unknown>)[KEY] = true;
}

/** Whether {@link markDevServer} was called in this process. */
export function isDevServer(): boolean {
	return (globalThis as Record<symbol, unknown>)[KEY] === true;
}
