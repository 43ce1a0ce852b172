/** Launches the system Chromium through playwright-core, and watches pages for trouble. */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--headless',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/** Launches Chromium, or fails with how to install it: browser tests are never skipped. */
export async function launchBrowser(): Promise<Browser> {
	if (!existsSync(CHROMIUM_PATH)) {
		throw new Error(
			`Chromium not found at ${CHROMIUM_PATH}. The browser tests need Debian's chromium package: ` +
				'run `sudo apt-get update && sudo apt-get install -y chromium` (or set CHROMIUM_PATH to another Chromium).',
		);
	}
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** What went wrong on a page while it was watched. */
export interface PageProblems {
	consoleErrors: string[];
	/** Requests to any host but the test server's. */
	foreignRequests: string[];
	/** Content-Security-Policy violations the page reported (`securitypolicyviolation` events). */
	cspViolations: string[];
}

/**
 * Records console errors, uncaught page errors, Content-Security-Policy violations and requests to
 * hosts other than 127.0.0.1; the foreign requests are aborted so that a test never reaches the
 * network.
 */
export async function watchPage(page: Page): Promise<PageProblems> {
	const problems: PageProblems = { consoleErrors: [], foreignRequests: [], cspViolations: [] };
	await page.exposeBinding('__odcCspViolation', ({ frame }, text: string) => problems.cspViolations.push(`${frame.url()}: ${text}`));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { __odcCspViolation(text: string): void }).__odcCspViolation;
			report(`${event.effectiveDirective} refused ${event.blockedURI || '(inline)'} (${event.sourceFile}:${event.lineNumber})`);
		});
	});
	page.on('console', (message) => {
		if (message.type() === 'error') problems.consoleErrors.push(`${page.url()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.consoleErrors.push(`${page.url()}: ${error.message}`));
	await page.route('**/*', (route) => {
		const url = new URL(route.request().url());
		const local = (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname === '127.0.0.1';
		if (local || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
		problems.foreignRequests.push(url.href);
		return route.abort('blockedbyclient');
	});
	return problems;
}
