/**
 * What the link checker found at one address, as `link-report.json` keeps it. The build reads the
 * report (never the network): a dataset page says when a link did not answer, and the quality
 * score's accessibility points count only the links that did.
 */

/**
 * How a check ended. `ok`: a 2xx answer (after any redirects). The rest are broken:
 * `not-found` (404, 410), `client-error` (other 4xx), `server-error` (5xx), `timeout`,
 * `refused` (connection refused), `dns` (no such host), `tls` (certificate or TLS error),
 * `redirect-loop` (a redirect back to an address already visited, or too many redirects),
 * `network` (any other failure to get an answer), `invalid` (not an http(s) address).
 * `not-checked` is neither: an ftp, ftps or sftp address, which the checker cannot ask with HEAD or a ranged
 * GET, so it records that it did not check it rather than calling it broken.
 */
export type LinkOutcome =
	'ok' | 'not-checked' | 'not-found' | 'client-error' | 'server-error' | 'timeout' | 'refused' | 'dns' | 'tls' | 'redirect-loop' | 'network' | 'invalid';

/** Every outcome, the working one first, then the unknown one. */
export const LINK_OUTCOMES: readonly LinkOutcome[] = [
	'ok',
	'not-checked',
	'not-found',
	'client-error',
	'server-error',
	'timeout',
	'refused',
	'dns',
	'tls',
	'redirect-loop',
	'network',
	'invalid',
];

/** The result of checking one address. */
export interface LinkResult {
	outcome: LinkOutcome;
	/** The last HTTP status received, when there was one. */
	status?: number;
	/** Where the address led after redirects, when it differs from the address checked. */
	finalUrl?: string;
	/** The method of the request that decided the outcome: `HEAD`, or `GET` when HEAD was refused. */
	method?: 'HEAD' | 'GET';
	/** How many requests were made in all (retries and redirects included). */
	attempts: number;
	/** The error's code or message when there was no HTTP answer, e.g. `ECONNREFUSED`, `DEPTH_ZERO_SELF_SIGNED_CERT`. */
	error?: string;
	/** When the check ended, as an ISO 8601 instant. */
	checkedAt: string;
}

/** Whether an outcome means the link does not work (an address not checked is not known to be broken). */
export function isBroken(outcome: LinkOutcome): boolean {
	return outcome !== 'ok' && outcome !== 'not-checked';
}

/** Schemes the checker leaves alone: addresses it cannot ask over HTTP, recorded as `not-checked`. */
export const UNCHECKED_SCHEMES: ReadonlySet<string> = new Set(['ftp:', 'ftps:', 'sftp:']);
