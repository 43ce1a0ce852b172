/**
 * One HTTP request of the link checker: HEAD, or a GET of the first byte only (`Range: bytes=0-0`)
 * for servers that refuse HEAD. The answer is known once the status line and headers have arrived;
 * the body is never looked at.
 */
import { request as httpRequest, type Agent as HttpAgent, type IncomingMessage } from 'node:http';
import { request as httpsRequest, type Agent as HttpsAgent } from 'node:https';

/** The longest body read to the end so that its connection can be kept; longer ones are cut off. */
const MAX_DRAINED_BYTES = 64 * 1024;

/** What a request got back: the status and, for a redirect, where to. */
export interface Answer {
	status: number;
	location?: string;
}

/** How to make a request. */
export interface RequestOptions {
	method: 'HEAD' | 'GET';
	/** The whole request, from connecting to the headers, in milliseconds. */
	timeoutMs: number;
	userAgent: string;
	/** Agents that keep connections open between requests to the same host. */
	agents?: { http?: HttpAgent; https?: HttpsAgent };
	/** Extra trust for TLS, e.g. a test's own certificate authority. Never turned off. */
	ca?: string | Buffer;
}

/** Sends one request to `url`; rejects with the network error (its `code` says what failed) or a `TimeoutError`. */
export function requestOnce(url: URL, options: RequestOptions): Promise<Answer> {
	return new Promise((resolve, reject) => {
		const isHttps = url.protocol === 'https:';
		const send = isHttps ? httpsRequest : httpRequest;
		const headers: Record<string, string> = { 'User-Agent': options.userAgent, Accept: '*/*' };
		if (options.method === 'GET') headers.Range = 'bytes=0-0';
		const agent = isHttps ? options.agents?.https : options.agents?.http;
		let settled = false;
		const finish = (fn: () => void) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			fn();
		};
		const req = send(
			url,
			{ method: options.method, headers, ...(agent ? { agent } : {}), ...(isHttps && options.ca ? { ca: options.ca } : {}) },
			(response: IncomingMessage) => {
				const location = response.headers.location;
				// A short or empty body is drained, which hands the connection back for the next request
				// to the host; anything longer (a server that ignores Range) is cut off.
				const length = Number(response.headers['content-length'] ?? Number.NaN);
				if (options.method === 'HEAD' || length <= MAX_DRAINED_BYTES) response.resume();
				else response.destroy();
				finish(() => resolve({ status: response.statusCode ?? 0, ...(location ? { location } : {}) }));
			},
		);
		const timer = setTimeout(() => {
			const error = Object.assign(new Error(`no answer within ${options.timeoutMs} ms`), { name: 'TimeoutError' });
			req.destroy(error);
			finish(() => reject(error));
		}, options.timeoutMs);
		req.on('error', (error) => finish(() => reject(error)));
		req.end();
	});
}
