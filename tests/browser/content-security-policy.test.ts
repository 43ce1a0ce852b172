/**
 * The Content-Security-Policy in Chromium, on the built example catalogue: every page type is opened
 * (and its scripts exercised: a search, a build-time preview, a remote preview, a feedback message
 * prepared) while the session fails the test on any `securitypolicyviolation` event or console
 * error; and the policy is shown to be in force by things it must refuse.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { MIN_FILL_MS } from '../../src/lib/feedback/spam.ts';
import { useBrowserSession } from './support/session.ts';

const session = useBrowserSession();
let page: Page;
beforeEach(() => {
	page = session.page;
});

/** Opens `path`, checks it carries the policy, and lets its scripts start. */
async function visit(path: string): Promise<void> {
	await session.goto(path);
	const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
	expect(policy, path).toMatch(/^default-src 'self'; script-src 'self';/);
	await page.waitForLoadState('networkidle');
}

describe('pages without interaction raise no violation', () => {
	const pages = [
		'/',
		'/en/',
		'/fr/',
		'/en/datasets/',
		'/fr/datasets/page/2/',
		'/en/publishers/',
		'/fr/publishers/mto/',
		'/en/themes/',
		'/en/themes/tran/',
		'/en/schedule/',
		'/fr/schedule/publishers/mto/',
		'/en/schedule/commitments/open-data-charter/',
		'/en/inventory/',
		'/en/requests/',
		'/fr/requests/highway-7-traffic-counts/',
		'/en/docs/publish-a-dataset/',
		'/fr/docs/fields/',
		'/en/datasets/physician-billing/',
	];
	for (const path of pages) it(path, () => visit(path));

	it('the 404 page', async () => {
		session.expectConsoleErrors(/404/);
		const response = await page.goto(`${session.origin}/no/such/page/`);
		expect(response?.status()).toBe(404);
		expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
	});
});

describe('pages with their scripts at work raise no violation', () => {
	it('a search, with results and facets', async () => {
		await visit('/en/search/');
		await page.locator('#search-input').pressSequentially('traffic', { delay: 20 });
		await expect.poll(() => page.locator('[data-search-results] li h3 a').count(), { timeout: 15_000 }).toBeGreaterThan(0);
		await page.waitForLoadState('networkidle');
	});

	it('a preview made at build time, opened', async () => {
		await visit('/en/datasets/traffic-volumes/');
		const details = page.locator('.data-preview details').first();
		await details.locator('summary').click();
		expect(await details.locator('table').first().isVisible()).toBe(true);
	});

	it('a remote preview, loaded from the data server the policy names', async () => {
		await visit('/en/datasets/graduation-rates/');
		const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
		expect(policy).toContain("connect-src 'self' https://data.belle-riviere.example;");
		// Stands in for the ministry's server (registered after the session's guard, so it answers first).
		let served = 0;
		await page.route('https://data.belle-riviere.example/**', (route) => {
			served++;
			return route.fulfill({
				status: 200,
				headers: { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/csv' },
				body: 'board,rate\nNorth,87.5\nSouth,91.2\n',
			});
		});
		const block = page.locator('.data-preview', { has: page.locator('odc-csv-preview') }).first();
		await block.getByRole('button', { name: /Load a preview/ }).click();
		await block.locator('table.preview-table').waitFor({ state: 'visible', timeout: 15_000 });
		expect(await block.locator('table.preview-table tbody td').allInnerTexts()).toContain('North');
		expect(served).toBe(1);
	});

	it('a feedback message prepared and handed over', async () => {
		await page.clock.install();
		await visit('/fr/feedback/?type=general');
		await page.fill('#feedback-message', 'Il manque les comptages de 2024.');
		await page.clock.fastForward(MIN_FILL_MS);
		await page.locator('[data-feedback-form] button[type="submit"]').click();
		await page.locator('[data-feedback-ready]').waitFor({ state: 'visible' });
		expect(await page.locator('a[data-feedback-link]').getAttribute('href')).toMatch(/^https:\/\/github\.com\//);
	});
});

describe('the policy is in force', () => {
	it('refuses a connection to a server no preview needs, an injected inline script and style, and an image from elsewhere', async () => {
		await visit('/en/datasets/graduation-rates/');
		session.expectCspViolations(
			/^.*: connect-src refused https:\/\/elsewhere\.example/,
			/: script-src-elem refused inline/,
			/: style-src-elem refused inline/,
			/: img-src refused https:\/\/tracker\.example/,
		);
		session.expectConsoleErrors(/Content Security Policy/);
		const outcome = await page.evaluate(async () => {
			const ran = window as unknown as { injected?: boolean };
			const script = document.createElement('script');
			script.textContent = 'window.injected = true';
			document.body.append(script);
			const style = document.createElement('style');
			style.textContent = 'body { display: none }';
			document.head.append(style);
			const image = new Image();
			image.src = 'https://tracker.example/pixel.png';
			document.body.append(image);
			const fetched = await fetch('https://elsewhere.example/data.csv').then(
				() => 'fetched',
				() => 'refused',
			);
			await new Promise((done) => setTimeout(done, 200));
			return { fetched, injected: ran.injected === true, hidden: getComputedStyle(document.body).display === 'none' };
		});
		expect(outcome).toEqual({ fetched: 'refused', injected: false, hidden: false });
	});
});
