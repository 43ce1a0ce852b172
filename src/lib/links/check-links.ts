/**
 * Checks many addresses at once, within a limit overall and per host, with connections kept open
 * between requests to the same host, and gathers the results into a link report (addresses in
 * order, so that the committed report's history shows only real changes).
 */
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { checkLink, type CheckOptions } from './check-link.ts';
import { createLimiter } from './limiter.ts';
import type { LinkReport } from './link-report.ts';
import type { LinkResult } from './link-result.ts';

/** The user agent the checker sends: it names the catalogue, so a server's operators can tell who asks. */
export function userAgent(catalogueName: string, siteUrl: string): string {
	return `OpenDataCatalogue-LinkChecker/1.0 (+${siteUrl}; ${catalogueName.replace(/[^\x20-\x7e]/g, '')})`;
}

/** How to check a whole list. */
export interface CheckLinksOptions extends Omit<CheckOptions, 'agents'> {
	/** Requests at once, overall. */
	concurrency: number;
	/** Requests at once to any one host. */
	perHost: number;
	/** Called after each address is checked. */
	onResult?: (url: string, result: LinkResult, done: number, total: number) => void;
}

/** Checks every address of `urls` (duplicates once) and returns the report. */
export async function checkLinks(urls: Iterable<string>, options: CheckLinksOptions): Promise<LinkReport> {
	const now = options.now ?? (() => new Date());
	const startedAt = now().toISOString();
	const unique = [...new Set(urls)].sort();
	const limiter = createLimiter({ overall: options.concurrency, perHost: options.perHost });
	const agentOptions = { keepAlive: true, maxSockets: options.perHost };
	const agents = { http: new HttpAgent(agentOptions), https: new HttpsAgent({ ...agentOptions, ...(options.ca ? { ca: options.ca } : {}) }) };
	const results = new Map<string, LinkResult>();
	let done = 0;
	try {
		await Promise.all(
			unique.map((url) =>
				limiter.run(hostOf(url), async () => {
					const result = await checkLink(url, { ...options, agents });
					results.set(url, result);
					options.onResult?.(url, result, ++done, unique.length);
				}),
			),
		);
	} finally {
		agents.http.destroy();
		agents.https.destroy();
	}
	return { startedAt, finishedAt: now().toISOString(), links: Object.fromEntries(unique.map((url) => [url, results.get(url)!])) };
}

function hostOf(url: string): string {
	try {
		return new URL(url).host;
	} catch {
		return '';
	}
}
