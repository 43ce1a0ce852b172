/**
 * The Content-Security-Policy every page carries in a `<meta http-equiv>` (BaseLayout.astro): only
 * our own scripts, styles, images and fonts load; the page connects only to its own site, to the
 * servers of the data files it previews (taken from the distributions at build time) and to the
 * feedback endpoint; forms post only to the site and the feedback endpoint. The pages have no
 * inline script or style (tests/build/build.test.ts and the browser tests hold them to that).
 *
 * A policy in `<meta>` cannot set `frame-ancestors` (nor `report-uri` or `sandbox`): browsers ignore
 * them there. Keeping the site out of other sites' frames needs a response header from the server
 * (`Content-Security-Policy: frame-ancestors 'none'`), which GitHub Pages cannot send.
 */
import { feedbackChannel } from '../feedback/channel.ts';
import type { Catalogue, Dataset } from '../model/catalogue.ts';
import { previewPlans } from './data-previews.ts';
import { isDevServer } from './dev-server-flag.ts';

/** What the pages of a site may reach beyond their own origin. */
export interface PolicySources {
	/** Origins a page may fetch from (remote data previews, the feedback endpoint). */
	connect?: readonly string[];
	/** Origins a form may be sent to (the feedback endpoint). */
	formAction?: readonly string[];
}

/** The policy text, its directives in a fixed order, each source list without repeats. */
export function contentSecurityPolicy(sources: PolicySources = {}): string {
	const list = (extra: readonly string[] = []) => ["'self'", ...new Set(extra)].join(' ');
	return [
		"default-src 'self'",
		"script-src 'self'",
		"style-src 'self'",
		"img-src 'self' data:",
		"font-src 'self'",
		`connect-src ${list(sources.connect)}`,
		"worker-src 'self'",
		"frame-src 'none'",
		"object-src 'none'",
		"base-uri 'self'",
		`form-action ${list(sources.formAction)}`,
	].join('; ');
}

/**
 * `policy` as the dev server (`npm run dev`) serves it. Vite puts each stylesheet into the page as
 * an inline `<style>`, so that a saved stylesheet changes the open page without a reload, and
 * `style-src 'self'` refused them: the steward saw the pages unstyled. Scripts stay our own files;
 * a build never uses this (dev-server-flag.ts says which).
 */
export function devServerPolicy(policy: string): string {
	return policy.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
}

/** `policy` as this process serves it: {@link devServerPolicy} under `npm run dev`, as it is in a build. */
export function servedPolicy(policy: string): string {
	return isDevServer() ? devServerPolicy(policy) : policy;
}

/** The origin (`https://host[:port]`) of an http(s) address, or undefined for anything else. */
export function httpOrigin(address: string): string | undefined {
	try {
		const url = new URL(address);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The origins a dataset page fetches its remote previews from, in order of first use, then the
 * catalogue's `data_preview.remote_hosts` (servers its data servers redirect to) when the page has
 * a remote preview at all.
 */
export function remotePreviewOrigins(dataset: Dataset, settings: Catalogue['config']['data_preview']): string[] {
	const origins = previewPlans(dataset, settings).flatMap((plan) => (plan.kind === 'remote' && !plan.tooLarge ? [httpOrigin(plan.url)] : []));
	const own = origins.filter((origin) => origin !== undefined);
	if (own.length === 0) return [];
	const extra = (settings?.remote_hosts ?? []).map(httpOrigin).filter((origin) => origin !== undefined);
	return [...new Set([...own, ...extra])];
}

/** The feedback endpoint's origin, which every page may post to (the form) and fetch (its script). */
export function feedbackOrigins(config: Catalogue['config']): string[] {
	const channel = feedbackChannel(config, []);
	const origin = channel.kind === 'endpoint' ? httpOrigin(channel.endpoint) : undefined;
	return origin ? [origin] : [];
}
