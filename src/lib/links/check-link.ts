/**
 * Checks one address the way a reader's browser would reach it: HEAD first, and a ranged GET when
 * the server refuses HEAD (403, 405, 501); redirects followed (at most {@link MAX_REDIRECTS}, never
 * back to an address already visited) with the final address recorded; a time-out per request;
 * answers that may be passing (5xx, time-outs) asked again after an exponentially growing pause.
 * ftp addresses are not asked at all (no HEAD, no ranged GET over ftp): they come back `not-checked`.
 */
import { errorCode, isRetryable, outcomeOfError, outcomeOfStatus } from './classify.ts';
import { UNCHECKED_SCHEMES, type LinkResult } from './link-result.ts';
import { requestOnce, type RequestOptions } from './request.ts';

/** The most redirects followed from one address. */
export const MAX_REDIRECTS = 10;

/** Statuses that mean "not with HEAD": the address is asked again with a ranged GET. */
const HEAD_REFUSED = new Set([403, 405, 501]);

/** How to check. */
export interface CheckOptions extends Omit<RequestOptions, 'method'> {
	/** How many more times to ask after an answer that may be passing. */
	retries: number;
	/** The first pause before asking again, doubled each time, in milliseconds. */
	backoffMs: number;
	/** Waits; tests may pass one that does not. */
	sleep?: (ms: number) => Promise<void>;
	/** The current time, for `checkedAt`. */
	now?: () => Date;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Checks `address` and says what came of it. Never throws. */
export async function checkLink(address: string, options: CheckOptions): Promise<LinkResult> {
	const now = options.now ?? (() => new Date());
	const sleep = options.sleep ?? defaultSleep;
	let attempts = 0;
	const done = (result: Omit<LinkResult, 'attempts' | 'checkedAt'>): LinkResult => ({ ...result, attempts, checkedAt: now().toISOString() });

	let url: URL;
	try {
		url = new URL(address);
	} catch {
		return done({ outcome: 'invalid', error: 'not a URL' });
	}
	if (UNCHECKED_SCHEMES.has(url.protocol)) return done({ outcome: 'not-checked', error: url.protocol.slice(0, -1) });
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return done({ outcome: 'invalid', error: `${url.protocol} is not http or https` });

	const visited = new Set<string>([url.href]);
	for (let redirects = 0; ; redirects++) {
		let method: 'HEAD' | 'GET' = 'HEAD';
		let answer;
		for (let retry = 0; ; retry++) {
			attempts++;
			try {
				answer = await requestOnce(url, { ...options, method });
				if (method === 'HEAD' && HEAD_REFUSED.has(answer.status)) {
					method = 'GET';
					attempts++;
					answer = await requestOnce(url, { ...options, method });
				}
			} catch (error) {
				const code = errorCode(error);
				const outcome = outcomeOfError(code);
				if (isRetryable(outcome) && retry < options.retries) {
					await sleep(options.backoffMs * 2 ** retry);
					continue;
				}
				return done({ outcome, error: code, method, ...finalUrl(url, address) });
			}
			if (isRetryable(outcomeOfStatus(answer.status)) && retry < options.retries) {
				await sleep(options.backoffMs * 2 ** retry);
				method = 'HEAD';
				continue;
			}
			break;
		}
		const { status, location } = answer;
		if (status >= 300 && status < 400 && location !== undefined) {
			let next: URL;
			try {
				next = new URL(location, url);
			} catch {
				return done({ outcome: 'invalid', status, error: `redirect to an invalid address: ${location.slice(0, 200)}`, method, ...finalUrl(url, address) });
			}
			if (visited.has(next.href) || redirects + 1 > MAX_REDIRECTS) {
				return done({
					outcome: 'redirect-loop',
					status,
					method,
					error: visited.has(next.href) ? `redirects back to ${next.href}` : `more than ${MAX_REDIRECTS} redirects`,
					...finalUrl(url, address),
				});
			}
			if (next.protocol !== 'http:' && next.protocol !== 'https:')
				return done({ outcome: 'invalid', status, method, error: `redirect to ${next.protocol}`, ...finalUrl(next, address) });
			visited.add(next.href);
			url = next;
			continue;
		}
		return done({ outcome: outcomeOfStatus(status), status, method, ...finalUrl(url, address) });
	}
}

function finalUrl(url: URL, address: string): { finalUrl?: string } {
	return url.href === address || url.href === new URL(address).href ? {} : { finalUrl: url.href };
}
