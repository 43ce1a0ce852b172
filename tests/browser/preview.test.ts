/**
 * Browser tests of data previews, on a catalogue built under a base path (/catalogue/) whose remote
 * CSV files are served by a local stand-in for a ministry's server on another port: a remote preview
 * loads on request through the site's own worker (decoding Windows-1252 too), every failure path
 * (404, CORS refusal, timeout, a file too large with and without Content-Length, a web page instead
 * of CSV) shows its explanation beside the download link, the build-time preview and the data
 * dictionary work without JavaScript, cell text is never markup, and axe-core finds nothing on a
 * page with previews open.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { buildSite, REPO_ROOT, servedUnderBase, type BuiltSite } from './support/build.ts';
import { serveData, type DataRoute, type DataServer } from './support/data-server.ts';
import { useBrowserSession } from './support/session.ts';

const LIMIT_BYTES = 50_000;

/** Windows-1252 bytes of a Latin-1 string. */
const cp1252 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

const ROUTES: Record<string, DataRoute> = {
	'/ok.csv': { cors: true, body: 'station,aadt,note\nS1,1200,"<img src=x onerror=alert(1)>"\nS2,800,"two\nlines"\nS3,950,\n' },
	'/latin.csv': { cors: true, body: cp1252('Région;Année;Taux\r\nMontréal;2024;12,5\r\nQuébec;2024;9,75\r\n') },
	'/missing.csv': { status: 404, cors: true, contentType: 'text/html', body: '<!doctype html><title>Not found</title>' },
	'/no-cors.csv': { cors: false, body: 'a,b\n1,2\n' },
	'/slow.csv': { cors: true, body: 'a,b\n1,2\n', delayMs: 8_000 },
	'/big.csv': { cors: true, body: `a,b\n${'1,2\n'.repeat(LIMIT_BYTES / 4)}` },
	'/big-chunked.csv': { cors: true, chunked: true, body: `a,b\n${'1,2\n'.repeat(LIMIT_BYTES / 4)}` },
	'/page.csv': { cors: true, contentType: 'text/html', body: '<!DOCTYPE html><html><body><h1>Open data portal</h1></body></html>' },
};

/** The remote distributions, in order: preview-1 … preview-8 on the page. */
const REMOTE = ['ok', 'latin', 'missing', 'no-cors', 'slow', 'big', 'big-chunked', 'page'];

function distribution(name: string, url: string, extra = ''): string {
	return `  - title:\n      en: ${name} (CSV)\n      fr: ${name} (CSV)\n    download_url: ${url}\n    format: CSV\n${extra}`;
}

/** Writes the test catalogue: the minimal one, plus a dataset of remote files and one file kept with the site. */
function writeCatalogue(origin: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'odc-preview-catalogue-'));
	cpSync(join(REPO_ROOT, 'tests/fixtures/minimal'), dir, { recursive: true });
	const write = (path: string, text: string) => {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	};
	write(
		'catalogue.yaml',
		`title: {en: Preview tests, fr: Essais d’aperçu}
description: {en: Previews., fr: Aperçus.}
publisher: {name: {en: Office, fr: Bureau}, email: opendata@example.org}
languages: [en, fr]
site: {url: 'http://127.0.0.1', base: /catalogue/}
licences: [{id: ogl, name: {en: OGL, fr: OGL}, url: 'https://example.org/ogl'}]
themes: [TRAN, HEAL]
data_json: {bureau_code: '000:00', program_code: '000:000'}
data_preview: {dictionary_check: error, remote_size_limit_mb: ${LIMIT_BYTES / 1_000_000}, remote_timeout_seconds: 2}
`,
	);
	const header = (id: string) => `identifier: ${id}
title: {en: ${id}, fr: ${id}}
description: {en: Files., fr: Fichiers.}
publisher: mto
contact_point: {email: mto@example.org}
themes: [TRAN]
access_level: open
licence: ogl
issued: 2020-01-15
modified: 2024-06-30
update_frequency: ANNUAL
distributions:
`;
	const remote = REMOTE.map((name) => distribution(name, `${origin}/${name}.csv`, name === 'ok' ? '    schema: stations.schema.yaml\n' : '')).join('');
	write('datasets/mto/remote-files.yaml', header('remote-files') + remote);
	write(
		'datasets/mto/stations.schema.yaml',
		'fields:\n  - name: station\n    title: {en: Station, fr: Station}\n    description: {en: The counting station., fr: La station de comptage.}\n    constraints: {required: true, unique: true}\n  - name: aadt\n    type: integer\n    constraints: {minimum: 0}\n  - name: note\n',
	);
	write(
		'datasets/mto/kept-files.yaml',
		header('kept-files') + distribution('Kept', 'http://127.0.0.1/catalogue/data/mto/kept.csv', '    schema: stations.schema.yaml\n'),
	);
	write('public/data/mto/kept.csv', 'station,aadt,note\nK1,10,first\nK2,20,"<b>bold?</b>"\n');
	cpSync(join(REPO_ROOT, 'public/favicon.svg'), join(dir, 'public/favicon.svg'));
	return dir;
}

let data: DataServer;
const session = useBrowserSession({
	async build(): Promise<BuiltSite> {
		data = await serveData(ROUTES);
		const catalogue = writeCatalogue(data.origin);
		const served = servedUnderBase(await buildSite(catalogue, { base: '/catalogue/', siteUrl: 'http://127.0.0.1' }), 'catalogue');
		return {
			dir: served.dir,
			async remove() {
				await served.remove();
				rmSync(catalogue, { recursive: true, force: true });
				await data.close();
			},
		};
	},
	// The failure paths make requests fail on purpose, and Chromium logs each one.
	expectedConsoleError: (message) =>
		message.includes(data.origin) || /Failed to load resource: (net::ERR_FAILED|the server responded with a status of 404)/.test(message),
});

let page: Page;

async function open(path: string) {
	page = session.page;
	await session.goto(`/catalogue${path}`);
}

const block = (n: number) => page.locator('.data-preview').nth(n - 1);

/** Presses the block's button and waits for the status line to settle. */
async function load(n: number): Promise<string> {
	await block(n)
		.getByRole('button', { name: /Load a preview|Afficher un aperçu/ })
		.click();
	const status = block(n).locator('[data-preview-status]');
	await expect.poll(() => status.innerText(), { timeout: 15_000 }).not.toMatch(/^$|Loading|Chargement/);
	return status.innerText();
}

describe('remote previews', () => {
	it('load only when asked, through the site’s own worker under the base path', async () => {
		const workers: string[] = [];
		session.page.on('worker', (worker) => workers.push(worker.url()));
		await open('/en/datasets/remote-files/');
		expect(data.hits.get('/ok.csv')).toBeUndefined();
		expect(await block(1).locator('[data-preview-nojs]').isHidden()).toBe(true);
		expect(await load(1)).toBe('Preview loaded: 3 rows, 3 columns.');
		expect(data.hits.get('/ok.csv')).toBe(1);
		expect(workers).toHaveLength(1);
		expect(new URL(workers[0]!).pathname).toMatch(/^\/catalogue\/_astro\/csv-preview-worker-[\w-]+\.js$/);

		const rows = block(1).locator('table.preview-table');
		expect(await rows.locator('caption').innerText()).toBe('All 3 rows of “ok (CSV)”');
		expect(await rows.locator('thead th').allInnerTexts()).toEqual(['Row', 'station', 'aadt', 'note']);
		// Markup in a cell is text, and a quoted line break stays in its cell.
		expect(await rows.locator('tbody tr').first().locator('td').last().innerText()).toBe('<img src=x onerror=alert(1)>');
		expect(await page.locator('.data-preview img').count()).toBe(0);
		expect(await rows.locator('tbody tr').nth(1).locator('td').last().textContent()).toBe('two\nlines');
		const columns = block(1).locator('table.preview-columns tbody tr');
		expect(await columns.nth(1).locator('td').allInnerTexts()).toEqual(['Whole number', '0%', '800 to 1200']);
		// Focus moves from the spent button to the rows, which scroll with the keyboard.
		expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).toBe('preview-1-rows');
	});

	it('decode a Windows-1252 file with semicolons, in French', async () => {
		await open('/fr/datasets/remote-files/');
		expect(await load(2)).toBe('Aperçu chargé : 2 lignes, 3 colonnes.');
		expect(await block(2).locator('table.preview-table thead th').allInnerTexts()).toEqual(['Ligne', 'Région', 'Année', 'Taux']);
		expect(await block(2).locator('tbody td').first().innerText()).toBe('Montréal');
		expect(await block(2).locator('.preview-facts').innerText()).toMatch(/Windows-1252/);
		expect(await block(2).locator('.preview-facts').innerText()).toMatch(/point-virgule/);
	});

	it.each([
		[3, /^No preview: the server answered with an error \(HTTP 404\)/],
		[4, /^No preview: the file could not be fetched\. .*\(CORS\)/],
		[5, /^No preview: the server took more than 2 seconds to send the file\.$/],
		[6, /^No preview: the file is larger than 50 kB, too large to preview in the browser\.$/],
		[7, /^No preview: the file is larger than 50 kB, too large to preview in the browser\.$/],
		[8, /^No preview: instead of a CSV file, the server sent a web page\.$/],
	])('explain why block %i has no preview, beside the download link, and offer to try again', async (n, explanation) => {
		await open('/en/datasets/remote-files/');
		expect(await load(n)).toMatch(explanation);
		expect(await block(n).locator('table').count()).toBe(0);
		const link = block(n).getByRole('link', { name: /^Download the file/ });
		expect(await link.getAttribute('href')).toBe(`${data.origin}/${REMOTE[n - 1]}.csv`);
		const button = block(n).getByRole('button', { name: /^Try again/ });
		expect(await button.isEnabled()).toBe(true);
	});

	it('say without JavaScript that the preview needs it, and keep the download link', async () => {
		page = await session.restart({ javaScriptEnabled: false });
		await page.goto(`${session.origin}/catalogue/en/datasets/remote-files/`);
		expect(await block(1).locator('[data-preview-nojs]').innerText()).toBe('The preview of this file needs JavaScript; you can still download the file.');
		expect(await block(1).getByRole('button').isVisible()).toBe(false);
		expect(
			await block(1)
				.getByRole('link', { name: /^Download the file/ })
				.isVisible(),
		).toBe(true);
	});
});

describe('the build-time preview and the data dictionary', () => {
	it('work without JavaScript, with the file linked under the base path', async () => {
		page = await session.restart({ javaScriptEnabled: false });
		await page.goto(`${session.origin}/catalogue/en/datasets/kept-files/`);
		const kept = block(1);
		expect(await kept.locator('.preview-facts').innerText()).toMatch(/Rows\s*2\s*Columns\s*3\s*Separator\s*comma\s*Encoding\s*UTF-8/);
		await kept.locator('summary', { hasText: 'Preview' }).click();
		expect(await kept.locator('table.preview-table tbody tr').nth(1).locator('td').last().innerText()).toBe('<b>bold?</b>');
		await kept.locator('summary', { hasText: 'Data dictionary' }).click();
		expect(await kept.locator('table.dictionary-table tbody tr').first().innerText()).toMatch(
			/station\s+Station\s+Text\s+The counting station\.\s+Always given\s+No value repeats/,
		);
		const download = page.locator('table.table a', { hasText: 'Download' });
		expect(await download.getAttribute('href')).toBe('/catalogue/data/mto/kept.csv');
		const file = await page.request.get(`${session.origin}/catalogue/data/mto/kept.csv`);
		expect(await file.text()).toContain('K1,10,first');
	});

	it('show the data dictionary beside a remote preview', async () => {
		await open('/fr/datasets/remote-files/');
		await block(1).locator('summary', { hasText: 'Dictionnaire de données' }).click();
		expect(await block(1).locator('table.dictionary-table caption').innerText()).toBe('Dictionnaire de données de « ok (CSV) »');
		expect(await block(1).locator('table.dictionary-table tbody tr').nth(1).innerText()).toMatch(/aadt\s+Nombre entier/);
	});

	it('let a keyboard user open the preview and scroll its table', async () => {
		await open('/en/datasets/kept-files/');
		const summary = block(1).locator('summary', { hasText: 'Preview' });
		await summary.focus();
		await page.keyboard.press('Enter');
		expect(await block(1).locator('details').first().getAttribute('open')).toBe('');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('region');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).toBe('preview-1-rows');
	});
});

describe('accessibility', () => {
	it.each(['en', 'fr'])('axe-core finds nothing with every preview and dictionary open (%s)', async (lang) => {
		await open(`/${lang}/datasets/remote-files/`);
		await load(1);
		await load(3);
		for (const details of await page.locator('details').all()) await details.evaluate((element) => ((element as HTMLDetailsElement).open = true));
		await expectNoAxeViolations(page, `${lang} remote-files`);

		await open(`/${lang}/datasets/kept-files/`);
		for (const details of await page.locator('details').all()) await details.evaluate((element) => ((element as HTMLDetailsElement).open = true));
		await expectNoAxeViolations(page, `${lang} kept-files`);
	});
});
