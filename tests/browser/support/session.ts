/** One browser session per test file (or describe block): a site built and served, Chromium, a fresh page per test. */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchBrowser, watchPage, type PageProblems } from './browser.ts';
import { buildExampleSite, type BuiltSite } from './build.ts';
import { serveStatic, type StaticServer } from './server.ts';

/** What a test sees of the session: the current page and the address the site is served at. */
export interface BrowserSession {
	readonly page: Page;
	readonly origin: string;
	/** Replaces the page with one in a new context, e.g. with JavaScript turned off. */
	restart(options?: BrowserContextOptions): Promise<Page>;
	/** Opens `path` (from the server's root) in the current page and fails the test unless it answers 200. */
	goto(path: string): Promise<void>;
	/**
	 * Lets the current test log console errors matching each pattern (the browser logs a failed
	 * request the page handles), and fails it unless each pattern did match one.
	 */
	expectConsoleErrors(...patterns: RegExp[]): void;
	/** Lets the current test cause Content-Security-Policy violations matching each pattern, and fails it unless each did. */
	expectCspViolations(...patterns: RegExp[]): void;
}

/** What a test file may change about its session. */
export interface SessionOptions {
	/** Builds the site to serve (default: the example catalogue). */
	build?: () => Promise<BuiltSite>;
	/** Console errors the test expects (a failed request it makes on purpose), which do not fail it. */
	expectedConsoleError?: (message: string) => boolean;
}

/**
 * Registers the hooks of a browser test file (or of the describe block it is called in): build and
 * serve the site (the example catalogue unless `options.build` builds another), launch Chromium, and
 * give every test a new page that fails the test on a console error, a Content-Security-Policy
 * violation or a request that leaves 127.0.0.1.
 */
export function useBrowserSession(options: SessionOptions = {}): BrowserSession {
	let site: BuiltSite | undefined;
	let server: StaticServer | undefined;
	let browser: Browser | undefined;
	let context: BrowserContext | undefined;
	let page: Page | undefined;
	let problems: PageProblems = { consoleErrors: [], foreignRequests: [], cspViolations: [] };
	let expectedErrors: RegExp[] = [];
	let expectedViolations: RegExp[] = [];

	const open = async (options?: BrowserContextOptions) => {
		await context?.close();
		context = await browser!.newContext(options);
		page = await context.newPage();
		problems = await watchPage(page);
		return page;
	};

	beforeAll(async () => {
		// Launch first: a missing Chromium fails at once with how to install it, before the build.
		browser = await launchBrowser();
		site = await (options.build ?? buildExampleSite)();
		server = await serveStatic(site.dir);
	}, 240_000);

	afterAll(async () => {
		await browser?.close();
		await server?.close();
		await site?.remove();
	});

	beforeEach(async () => {
		await open();
	});

	afterEach(async () => {
		await context?.close();
		context = undefined;
		const expected = expectedErrors;
		expectedErrors = [];
		const allowed = options.expectedConsoleError ?? (() => false);
		for (const pattern of expected)
			expect(
				problems.consoleErrors.some((error) => pattern.test(error)),
				`a console error matching ${pattern}`,
			).toBe(true);
		expect(
			problems.consoleErrors.filter((error) => !allowed(error) && !expected.some((pattern) => pattern.test(error))),
			'console errors',
		).toEqual([]);
		expect(problems.foreignRequests, 'requests to hosts other than 127.0.0.1').toEqual([]);
		const violations = expectedViolations;
		expectedViolations = [];
		for (const pattern of violations)
			expect(
				problems.cspViolations.some((violation) => pattern.test(violation)),
				`a CSP violation matching ${pattern}`,
			).toBe(true);
		expect(
			problems.cspViolations.filter((violation) => !violations.some((pattern) => pattern.test(violation))),
			'Content-Security-Policy violations',
		).toEqual([]);
	});

	return {
		get page() {
			return page!;
		},
		get origin() {
			return server!.origin;
		},
		restart: open,
		async goto(path: string) {
			const response = await page!.goto(server!.origin + path);
			expect(response?.status(), `status of ${path}`).toBe(200);
		},
		expectConsoleErrors(...patterns: RegExp[]) {
			expectedErrors.push(...patterns);
		},
		expectCspViolations(...patterns: RegExp[]) {
			expectedViolations.push(...patterns);
		},
	};
}
