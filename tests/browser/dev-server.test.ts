/**
 * `npm run dev` in a real browser, on a copy of the example catalogue: saving a dataset, publisher,
 * schedule, request or catalogue file changes the open page without a restart; a file with an
 * error shows the error (file, line, message) in the page and in the terminal, and fixing it
 * brings the page back. Prints how long each change took to show.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { REPO_ROOT } from './support/build.ts';
import { startDevServer, type DevServer } from './support/dev-server.ts';

const copy = mkdtempSync(join(tmpdir(), 'odc-dev-'));
let server: DevServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
	for (const part of ['catalogue.yaml', 'datasets', 'publishers', 'requests', 'schedules', 'public'])
		cpSync(join(REPO_ROOT, part), join(copy, part), { recursive: true });
	server = await startDevServer(copy);
	browser = await launchBrowser();
	page = await browser.newPage();
}, 120_000);

afterAll(async () => {
	await browser?.close();
	await server?.stop();
	rmSync(copy, { recursive: true, force: true });
});

/** Replaces `from` by `to` in the catalogue file `path` (it must be there), as an editor's save does. */
function edit(path: string, from: string | RegExp, to: string): void {
	const file = join(copy, path);
	const before = readFileSync(file, 'utf8');
	const after = before.replace(from, to);
	if (after === before) throw new Error(`${path} has no ${from}`);
	writeFileSync(file, after);
}

/** Edits a file and waits until the page shows `expected` in `selector`; returns the milliseconds from the save. */
async function timeChange(path: string, from: string | RegExp, to: string, selector: string, expected: string): Promise<number> {
	const started = performance.now();
	edit(path, from, to);
	await page.waitForFunction(([s, text]) => document.querySelector(s!)?.textContent?.includes(text!) === true, [selector, expected], {
		timeout: 20_000,
		polling: 50,
	});
	return Math.round(performance.now() - started);
}

describe('npm run dev', () => {
	const timings: Record<string, number> = {};
	afterAll(() => console.log(`dev server, save to page changed (ms): ${JSON.stringify(timings)}`));

	it('shows a saved dataset, publisher, schedule, request and catalogue file in the open page', async () => {
		const refused: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error' && message.text().includes('Content Security Policy')) refused.push(message.text());
		});
		await page.goto(`${server.origin}/en/datasets/traffic-volumes/`);
		await expect(page.locator('h1').textContent()).resolves.toContain('Traffic volumes on provincial highways');
		// Styled: Vite's inline stylesheets were let in (the pages' design tokens are set), and nothing was refused.
		await expect(page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--font-body'))).resolves.toContain('system-ui');
		expect(refused).toEqual([]);
		timings.dataset = await timeChange(
			'datasets/mto/traffic-volumes.yaml',
			'en: Traffic volumes on provincial highways',
			'en: Traffic volumes, edited live',
			'h1',
			'Traffic volumes, edited live',
		);
		timings.publisher = await timeChange('publishers/mto.yaml', 'en: Ministry of Transportation', 'en: Ministry of Roads', 'main', 'Ministry of Roads');
		timings.catalogue = await timeChange(
			'catalogue.yaml',
			'en: Belle-Rivière Open Data Catalogue',
			'en: Belle-Rivière Data, edited live',
			'body',
			'Belle-Rivière Data, edited live',
		);

		await page.goto(`${server.origin}/en/schedule/publishers/mto/`);
		timings.schedule = await timeChange('schedules/mto.csv', 'Bridge condition ratings', 'Bridge ratings edited live', 'main', 'Bridge ratings edited live');
		await page.goto(`${server.origin}/en/requests/highway-7-traffic-counts/`);
		timings.request = await timeChange(
			'requests/highway-7-traffic-counts.yaml',
			'en: Missing traffic counts on Highway 7',
			'en: Highway 7 counts, edited live',
			'h1',
			'Highway 7 counts, edited live',
		);
	}, 120_000);

	it('shows an error in the page and the terminal, and recovers once the file is fixed', async () => {
		await page.goto(`${server.origin}/en/datasets/traffic-volumes/`);
		const path = 'datasets/mto/traffic-volumes.yaml';
		const good = readFileSync(join(copy, path), 'utf8');
		const issuedLine = good.split('\n').findIndex((line) => line.startsWith('issued: ')) + 1;
		const from = server.output().length;
		edit(path, /^issued: .*$/m, 'issued: 2026-11-31');
		await server.waitForOutput(new RegExp(`${path}:${issuedLine}:9 {2}error {2}issued {2}is not a real date`), from, 20_000);
		const overlay = page.locator('vite-error-overlay');
		await overlay.waitFor({ timeout: 20_000 });
		// Astro's overlay draws the error inside its shadow root.
		const drawn = await overlay.evaluate((element) => element.shadowRoot?.textContent ?? '');
		expect(drawn).toMatch(new RegExp(`${path}:${issuedLine}:9 +error +issued +is not a real date[\\s\\S]*November has 30 days`));
		await page.screenshot({ path: join(tmpdir(), 'odc-dev-error-overlay.png') });

		/** The heading and whether an error overlay is drawn, or undefined while the page reloads. */
		const shown = () =>
			page
				.evaluate(() => ({ overlay: document.querySelector('vite-error-overlay') !== null, h1: document.querySelector('h1')?.textContent ?? '' }))
				.catch(() => undefined);
		const recovered = { overlay: false, h1: expect.stringContaining('Traffic volumes, edited live') };
		const started = performance.now();
		writeFileSync(join(copy, path), good);
		// The overlay is drawn over the page that was open, whose heading is already the expected one:
		// recovery is the overlay gone (the page reloaded) with the heading there. writeFileSync
		// truncates, then writes, as many editors save: under load the watcher can read the file
		// between the two and show the emptied file's error for a moment, so the overlay may come back
		// before it goes for good (catalogue-reloads.ts reads the file again).
		await expect.poll(shown, { timeout: 30_000, interval: 50 }).toEqual(recovered);
		timings.recovery = Math.round(performance.now() - started);
		// Recovered means no overlay stays.
		await new Promise((done) => setTimeout(done, 500));
		await expect.poll(shown, { timeout: 20_000, interval: 50 }).toEqual(recovered);
	}, 60_000);

	it('ends on the saved file after saves in two steps (emptied, then written), however far apart', async () => {
		await page.goto(`${server.origin}/en/datasets/traffic-volumes/`);
		const file = join(copy, 'datasets/mto/traffic-volumes.yaml');
		const good = readFileSync(file, 'utf8');
		/** The heading and whether an error overlay is drawn, or undefined while the page reloads. */
		const shown = () =>
			page
				.evaluate(() => ({ overlay: document.querySelector('vite-error-overlay') !== null, h1: document.querySelector('h1')?.textContent ?? '' }))
				.catch(() => undefined);
		// Under load the watcher can drop the second event of such a save; the page must not stay on the empty file's error.
		for (const [i, gapMs] of [0, 50, 120].entries()) {
			const title = `Traffic volumes, save ${i + 1}`;
			writeFileSync(file, '');
			await new Promise((done) => setTimeout(done, gapMs));
			writeFileSync(file, good.replace('en: Traffic volumes, edited live', `en: ${title}`));
			await expect.poll(shown, { timeout: 20_000, interval: 50 }).toEqual({ overlay: false, h1: expect.stringContaining(title) });
			await new Promise((done) => setTimeout(done, 500));
			await expect(shown()).resolves.toEqual({ overlay: false, h1: expect.stringContaining(title) });
		}
	}, 90_000);

	it('reloads a page that was on its way when the others were told to reload', async () => {
		const url = `${server.origin}/en/datasets/traffic-volumes/`;
		const title = 'Traffic volumes, saved while a page loaded';
		const shows = (target: Page) =>
			target.waitForFunction((text) => document.querySelector('h1')?.textContent?.includes(text), title, { timeout: 20_000, polling: 50 });
		// Another browser (its own cookies) stays connected, so Vite sends the reload to it and keeps
		// none for the late page, as when a page reloads while its old connection is closing.
		const other = await browser.newContext();
		try {
			const witness = await other.newPage();
			await witness.goto(url);
			// The page is rendered before the save; its connection waits for Vite's client script
			// until the reload has been sent.
			let release!: () => void;
			const held = new Promise<void>((done) => (release = done));
			let asked!: () => void;
			const asking = new Promise<void>((done) => (asked = done));
			await page.route('**/@vite/client', async (route) => {
				asked();
				await held;
				await route.continue();
			});
			await page.goto(url, { waitUntil: 'commit' });
			await asking;
			edit('datasets/mto/traffic-volumes.yaml', /^ {2}en: Traffic volumes.*$/m, `  en: ${title}`);
			await shows(witness);
			release();
			await shows(page);
			await page.unroute('**/@vite/client');
		} finally {
			await other.close();
		}
	}, 60_000);
});
