// @ts-check
/**
 * Astro's log destination (astro.config.mjs's `logger`; Astro loads it itself, so it is JavaScript):
 * Astro's own, without the two lines it writes for each page it generates ("├─ /en/datasets/…/"
 * then "(+12ms)"), which at 10,000 datasets are 48,000 lines, each timestamped and written on the
 * thread the pages wait for (~1.3 s of it, issue 19). A line every {@link PAGES_PER_LINE} pages
 * says how far the build has got instead. Every other line is Astro's, as Astro writes it. With
 * `pages` set (astro.config.mjs sets it when ODC_LOG_PAGES=1), every page's line is written as
 * Astro writes it: which pages an incremental build rendered again and which it put back.
 */
import nodeDestination from 'astro/logger/node';

/** Pages between two progress lines. */
export const PAGES_PER_LINE = 2000;

/** A page's line: Astro's branch, maybe coloured, before the page's file. */
const PAGE_LINE = /^\s*(?:\x1b\[[\d;]*m)*[├└]─/;

/** The end of a page's line: its time, or that it was restored or cached, maybe with why no file was made. */
const PAGE_LINE_END = /^\s*(?:\x1b\[[\d;]*m)*\((?:\+[\d.]+m?s|restored|cached)\)/;

/**
 * Astro's node destination for `config`, leaving out each page's line and writing
 * "  … 2000 pages (12.3 s)" every {@link PAGES_PER_LINE} pages, unless `config.pages` is set.
 * @param {import('astro/logger/node').NodeHandlerConfig & { pages?: boolean }} [config]
 * @returns {import('astro').AstroLoggerDestination}
 */
export default function quietPagesDestination(config = {}) {
	const { pages: everyPage = false, ...astroConfig } = config;
	const destination = nodeDestination(astroConfig);
	if (everyPage) return destination;
	let pages = 0;
	let started = 0;
	return {
		...destination,
		write(event) {
			if (event.label === null && PAGE_LINE.test(event.message)) {
				if (pages++ === 0) started = performance.now();
				if (pages % PAGES_PER_LINE === 0) {
					const seconds = ((performance.now() - started) / 1000).toFixed(1);
					destination.write({ ...event, message: `  … ${pages} pages (${seconds} s)`, newLine: true });
				}
				return;
			}
			if (event.label === 'SKIP_FORMAT' && PAGE_LINE_END.test(event.message)) return;
			destination.write(event);
		},
	};
}
