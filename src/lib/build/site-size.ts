/**
 * The size of a built site, said when it is written: GitHub Pages, where the deploy workflow
 * publishes, takes sites of up to 1 GB ("GitHub Pages limits" in GitHub's documentation;
 * actions/upload-pages-artifact warns above it and a deployment may then fail or time out). The
 * bench's catalogue of 10,000 datasets builds to 1.04 GB, so an office learns it from its own
 * build rather than from a failed deployment. Other hosts have no such limit: it is a warning only.
 */
import { escapeData } from '../diagnostics/format.ts';

/** A built site's regular files and the bytes they hold. */
export interface SiteSize {
	files: number;
	bytes: number;
}

/** The largest site GitHub Pages publishes, in bytes (1 GiB, which GitHub writes "1 GB"). */
export const GITHUB_PAGES_MAX_BYTES = 1024 ** 3;

/** `bytes` in the unit a reader expects: KB, MB or GB (binary multiples; two decimals under 10, else one). */
export function formatSize(bytes: number): string {
	const units = ['bytes', 'KB', 'MB', 'GB'] as const;
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit += 1;
	}
	return unit === 0 ? `${value} bytes` : `${value.toFixed(value < 10 ? 2 : 1)} ${units[unit]}`;
}

/**
 * The lines the build prints once the site is in `outDir`: its size, and a warning when it is larger
 * than GitHub Pages publishes.
 */
export function siteSizeLines(outDir: string, size: SiteSize): { info: string; warning?: string } {
	const info = `Site written to ${outDir}: ${size.files.toLocaleString('en')} files, ${formatSize(size.bytes)}`;
	if (size.bytes <= GITHUB_PAGES_MAX_BYTES) return { info };
	return {
		info,
		warning:
			`${outDir}: the site is ${formatSize(size.bytes)}, more than the 1 GB GitHub Pages publishes; ` +
			'deploying it there may fail (docs/stewards.md, "Deploy on GitHub Pages", says what to do)',
	};
}

/**
 * How the build prints `warning`: in a GitHub Actions run (the deploy workflow) as a workflow
 * command, so that it is shown on the run's page beside the upload that may fail; elsewhere as a line.
 */
export function warningLine(warning: string, inGithubActions: boolean): string {
	return inGithubActions ? `::warning title=Site larger than GitHub Pages publishes::${escapeData(warning)}` : `Warning: ${warning}`;
}
