/**
 * The project's favicon for a catalogue whose own public/ folder has none. Astro copies one public
 * folder into the site: the catalogue's when it has one (for its data files), else the project's.
 * A catalogue with data files but no favicon.svg would lose the icon every page links to, so the
 * project's is copied in after the build when the site has none.
 */
import { copyFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The favicon every page links to, in the project's public/ folder. */
const PROJECT_FAVICON = resolve(import.meta.dirname, '../../public/favicon.svg');

export default function defaultFavicon(): AstroIntegration {
	return {
		name: 'odc-default-favicon',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const target = join(fileURLToPath(dir), 'favicon.svg');
				if (existsSync(target)) return;
				copyFileSync(PROJECT_FAVICON, target);
				logger.info('the catalogue’s public/ has no favicon.svg: using the project’s');
			},
		},
	};
}
