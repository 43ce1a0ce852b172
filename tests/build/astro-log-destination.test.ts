import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import quietPagesDestination, { PAGES_PER_LINE } from '../../src/lib/build/astro-log-destination.mjs';

type Event = Parameters<ReturnType<typeof quietPagesDestination>['write']>[0];

const info = (label: string | null, message: string, newLine = true): Event => ({ label, level: 'info', message, newLine });
const pageLine = (path: string) => info(null, `  \x1b[34m├─\x1b[39m \x1b[2m${path}\x1b[22m`, false);

/** What the destination writes to standard output for `events`, ANSI colours taken out. */
function written(events: Event[], config: Parameters<typeof quietPagesDestination>[0] = {}): string {
	let out = '';
	const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
		out += String(chunk);
		return true;
	});
	try {
		const destination = quietPagesDestination(config);
		for (const event of events) destination.write(event);
	} finally {
		spy.mockRestore();
	}
	return out.replace(/\x1b\[[\d;]*m/g, '');
}

describe("Astro's log destination", () => {
	afterEach(() => vi.restoreAllMocks());

	it("leaves out each page's line and its time, restored or cached mark", () => {
		const out = written([
			pageLine('/en/datasets/a/index.html'),
			info('SKIP_FORMAT', ' \x1b[2m(+12ms)\x1b[22m '),
			pageLine('/fr/datasets/a/index.html'),
			info('SKIP_FORMAT', ' \x1b[31m(+1.52s)\x1b[39m \x1b[33m(file not created, response body was empty)\x1b[39m'),
			info(null, '  \x1b[32m├─\x1b[39m /en/index.html', false),
			info('SKIP_FORMAT', ' \x1b[32m(restored)\x1b[39m'),
			info(null, '  \x1b[32m└─\x1b[39m /fr/index.html', false),
			info('SKIP_FORMAT', ' \x1b[32m(cached)\x1b[39m'),
		]);
		expect(out).toBe('');
	});

	it("writes every other line as Astro's own destination does, labelled or not with its timestamp", () => {
		const out = written([
			info('SKIP_FORMAT', '\x1b[42m generating static routes \x1b[49m'),
			info('build', 'Complete!'),
			info(null, '\x1b[32m✓ Completed in 55.53s.\x1b[39m'),
		]);
		expect(out).toMatch(/^ generating static routes \n\d\d:\d\d:\d\d \[build\] Complete!\n\d\d:\d\d:\d\d ✓ Completed in 55\.53s\.\n$/);
	});

	it("writes every page's line as Astro does when asked to (ODC_LOG_PAGES=1)", () => {
		const events = [pageLine('/en/datasets/a/index.html'), info('SKIP_FORMAT', ' (restored)')];
		expect(written(events, { pages: true })).toMatch(/^\d\d:\d\d:\d\d {3}├─ \/en\/datasets\/a\/index\.html \(restored\)\n$/);
		expect(written(events)).toBe('');
	});

	it(`says how many pages are done every ${PAGES_PER_LINE} pages`, () => {
		const events: Event[] = [];
		for (let page = 1; page <= PAGES_PER_LINE * 2 + 1; page++) events.push(pageLine(`/en/datasets/d${page}/index.html`), info('SKIP_FORMAT', ' (+3ms) '));
		const lines = written(events).split('\n').filter(Boolean);
		expect(lines).toHaveLength(2);
		expect(lines[0]).toMatch(new RegExp(`^\\d\\d:\\d\\d:\\d\\d   … ${PAGES_PER_LINE} pages \\(\\d+\\.\\d s\\)$`));
		expect(lines[1]).toContain(`… ${PAGES_PER_LINE * 2} pages`);
	});
});

describe("the site's Astro configuration", () => {
	it('logs through the quiet destination', async () => {
		const { default: config } = await import('../../astro.config.mjs');
		const entrypoint = String(config.logger?.entrypoint);
		expect(new URL(entrypoint, pathToFileURL(`${process.cwd()}/`)).href).toBe(new URL('../../src/lib/build/astro-log-destination.mjs', import.meta.url).href);
	});
});
