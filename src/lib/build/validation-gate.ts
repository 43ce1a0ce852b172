/**
 * Where an Astro build started before the catalogue is validated waits for it (scripts/build.ts):
 * an integration adding, at `astro:build:setup` (so that only the build's Vite configuration has
 * it: in the configuration of Astro's start-up, another plugin made Vite optimize its dependencies
 * again), a Vite plugin whose `buildApp` hook, ordered after the builds of Astro's bundles and before
 * Astro's own `buildApp` hook that generates the pages (static-build.ts's "astro:build-generate"),
 * waits for validation. Astro's start-up and Vite's bundling (rolldown: native, on the other core)
 * go on meanwhile; no page's getStaticPaths runs, and no page is written, before the catalogue has
 * passed. When it fails, the build stops at the next of the plugin's hooks: a bundle not yet written
 * is not written, the pages are never generated.
 */
import type { AstroInlineConfig, AstroIntegration } from 'astro';

/** A Vite plugin, as Astro's configuration takes it. */
type VitePlugin = NonNullable<NonNullable<AstroInlineConfig['vite']>['plugins']>[number];

/** The integration adding {@link pagesAfterValidation}'s plugin to the build's Vite configuration. */
export function validationGate(passed: Promise<boolean>): AstroIntegration {
	return {
		name: 'open-data-catalogue:validation-gate',
		hooks: {
			'astro:build:setup': ({ updateConfig }) => {
				updateConfig({ plugins: [pagesAfterValidation(passed)] });
			},
		},
	};
}

/** The error the gate stops Astro's build with when the catalogue did not pass. */
export class CatalogueNotValidatedError extends Error {
	constructor() {
		super('The catalogue did not pass validation: the pages were not generated.');
		this.name = 'CatalogueNotValidatedError';
	}
}

/**
 * The plugin holding page generation until `passed` settles: it goes on when it gives true, and
 * stops the build with {@link CatalogueNotValidatedError} when it gives false or rejects, at once
 * if Vite is still bundling (its next bundle's start, or before a bundle is written).
 */
export function pagesAfterValidation(passed: Promise<boolean>): VitePlugin {
	let failed = false;
	const verdict = passed.then(
		(ok) => ok,
		() => false,
	);
	void verdict.then((ok) => (failed = !ok));
	const stopIfFailed = () => {
		if (failed) throw new CatalogueNotValidatedError();
	};
	return {
		name: 'open-data-catalogue:pages-after-validation',
		buildStart: stopIfFailed,
		generateBundle: stopIfFailed,
		buildApp: {
			// 'post' hooks run after the builds of the configured buildApp (Astro's bundles); this plugin
			// comes before Astro's generating one (enforce: 'post'), so its hook runs first.
			order: 'post',
			async handler() {
				if (!(await verdict)) throw new CatalogueNotValidatedError();
			},
		},
	};
}
