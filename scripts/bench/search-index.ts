/** What the benchmark reports about the search index a build wrote (src/integrations/pagefind.ts). */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The indexing time, in seconds, from the build's output: the integration logs
 * `Indexed 44 en, 44 fr pages for search in 0.21s (…)`. Undefined when the line is missing.
 */
export function searchIndexSeconds(buildOutput: string): number | undefined {
	const match = /Indexed .* pages for search in (\d+(?:\.\d+)?)s/.exec(buildOutput);
	return match ? Number(match[1]) : undefined;
}

/** Files and total bytes of the search bundle in `outDir` (`<outDir>/pagefind`); zeros when absent. */
export function searchIndexSize(outDir: string): { files: number; bytes: number } {
	const dir = join(outDir, 'pagefind');
	let files = 0;
	let bytes = 0;
	let entries;
	try {
		entries = readdirSync(dir, { withFileTypes: true, recursive: true });
	} catch {
		return { files, bytes };
	}
	for (const entry of entries) {
		if (!entry.isFile()) continue;
		files++;
		bytes += statSync(join(entry.parentPath, entry.name)).size;
	}
	return { files, bytes };
}
