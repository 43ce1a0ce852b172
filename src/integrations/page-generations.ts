/**
 * Which catalogue an open page of the dev server was rendered from (integrations/catalogue-dev.ts).
 * After a save the pages reload on one `full-reload` message sent to every connected browser. A
 * page that is reloading at that moment, its old connection closing and its new one not yet open,
 * misses it (Vite keeps such a message only when no browser at all is connected) and would show
 * the previous catalogue, or its error, until the next save. So every page response carries, in a
 * cookie, how many refreshes the server had sent when the page was asked for, and a browser that
 * connects with a smaller count is told to reload then.
 *
 * The cookie is the browser's, not the page's: two tabs of the same server share it, and a tab
 * that misses a reload while another loads a newer page is not caught. One tab is the usual case.
 */
import type { IncomingHttpHeaders } from 'node:http';

/** The cookie's name. */
export const PAGE_GENERATION_COOKIE = 'odc-dev-catalogue';

/** The refreshes a dev server has sent, and what its pages and browser connections are told of them. */
export interface PageGenerations {
	/** The `Set-Cookie` value for a page asked for now. */
	cookie(): string;
	/** Counts one more refresh; call it just before the browsers are told to reload. */
	refreshed(): void;
	/** Whether a browser connecting with this `Cookie` header shows a page older than the last refresh. */
	isStale(cookieHeader: string | undefined): boolean;
}

/**
 * The generations of one dev server. `server` tells its cookies from those of another dev server
 * on the same host (cookies do not depend on the port): another's count is never compared.
 */
export function pageGenerations(server: string): PageGenerations {
	let refreshes = 0;
	return {
		cookie: () => `${PAGE_GENERATION_COOKIE}=${server}.${refreshes}; Path=/; SameSite=Strict; HttpOnly`,
		refreshed: () => void refreshes++,
		isStale: (cookieHeader) => {
			const seen = generationFromCookies(cookieHeader, server);
			return seen !== undefined && seen < refreshes;
		},
	};
}

/** The count `server` put in a `Cookie` header, or undefined when there is none of that server. */
export function generationFromCookies(cookieHeader: string | undefined, server: string): number | undefined {
	for (const pair of (cookieHeader ?? '').split(';')) {
		const [name, value = ''] = pair.trim().split('=', 2);
		if (name !== PAGE_GENERATION_COOKIE) continue;
		const match = /^([^.]+)\.(\d{1,15})$/.exec(value);
		if (match?.[1] === server) return Number(match[2]);
	}
	return undefined;
}

/**
 * Whether a request is a browser asking for a page to show (a navigation, a reload, an iframe),
 * not for a script, a style or data. Browsers without fetch metadata are judged by what they accept.
 */
export function isPageRequest(headers: IncomingHttpHeaders): boolean {
	const destination = headers['sec-fetch-dest'];
	if (destination !== undefined) return destination === 'document' || destination === 'iframe';
	return headers.accept?.includes('text/html') ?? false;
}
