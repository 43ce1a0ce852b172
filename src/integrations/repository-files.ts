/**
 * An Astro integration that refuses to build (or serve) a catalogue holding a symbolic link, FIFO
 * or device in its folders or its public folder, before Vite copies `public/` into the site (Vite's
 * copy follows links) and before any page reads a data file. It runs whether or not the catalogue
 * was validated, so `npm run build -- --no-validate` and a bare `astro build` are covered too.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatText } from '../lib/diagnostics/format.ts';
import { CATALOGUE_ENTRIES, findUnsafeFiles } from '../lib/repository/unsafe-files.ts';

/** Thrown when the catalogue holds entries the build must not follow. */
export class UnsafeFilesError extends Error {}

/**
 * Checks the catalogue at `catalogueDir` and the public folder Astro will copy; throws an
 * {@link UnsafeFilesError} listing every offending entry.
 */
export function checkRepositoryFiles(catalogueDir: string, publicDir: string): void {
	const diagnostics = findUnsafeFiles(catalogueDir, [...CATALOGUE_ENTRIES, publicDir]);
	if (diagnostics.length === 0) return;
	throw new UnsafeFilesError(
		`The catalogue holds ${diagnostics.length === 1 ? 'an entry' : `${diagnostics.length} entries`} the build will not follow or publish:\n${formatText(diagnostics)}`,
	);
}

/** The integration, registered in astro.config.mjs with the catalogue's folder. */
export default function repositoryFiles(options: { catalogueDir: string }): AstroIntegration {
	return {
		name: 'open-data-catalogue:repository-files',
		hooks: {
			'astro:config:setup': ({ config }) => {
				checkRepositoryFiles(options.catalogueDir, fileURLToPath(config.publicDir));
			},
		},
	};
}
