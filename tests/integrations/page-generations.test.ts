import { describe, expect, it } from 'vitest';
import { generationFromCookies, isPageRequest, pageGenerations } from '../../src/integrations/page-generations.ts';

describe('pageGenerations', () => {
	/** The Cookie header a browser sends back after receiving `setCookie`, beside other cookies. */
	const sentBack = (setCookie: string) => `theme=dark; ${setCookie.split(';')[0]}; lang=fr`;

	it('finds a page asked for before a refresh stale, and one asked for after it current', () => {
		const generations = pageGenerations('a1b2c3d4');
		const before = sentBack(generations.cookie());
		expect(generations.isStale(before)).toBe(false);
		generations.refreshed();
		expect(generations.isStale(before)).toBe(true);
		const after = sentBack(generations.cookie());
		expect(after).toContain('odc-dev-catalogue=a1b2c3d4.1');
		expect(generations.isStale(after)).toBe(false);
	});

	it('leaves alone a browser with no cookie, a damaged one, or another dev server’s', () => {
		const generations = pageGenerations('a1b2c3d4');
		generations.refreshed();
		for (const header of [
			undefined,
			'',
			'lang=fr',
			'odc-dev-catalogue=',
			'odc-dev-catalogue=a1b2c3d4.x',
			'odc-dev-catalogue=a1b2c3d4.-1',
			'odc-dev-catalogue=ffff0000.0',
		])
			expect(generations.isStale(header), String(header)).toBe(false);
	});

	it('marks its cookie for the whole site, never for scripts or other sites', () => {
		expect(pageGenerations('a1b2c3d4').cookie()).toBe('odc-dev-catalogue=a1b2c3d4.0; Path=/; SameSite=Strict; HttpOnly');
	});
});

describe('generationFromCookies', () => {
	it('reads the count of its server among several cookies of the name', () => {
		expect(generationFromCookies('odc-dev-catalogue=other.9; odc-dev-catalogue=mine.4', 'mine')).toBe(4);
		expect(generationFromCookies('odc-dev-catalogue=mine.4', 'other')).toBeUndefined();
		expect(generationFromCookies(`odc-dev-catalogue=mine.${'9'.repeat(16)}`, 'mine')).toBeUndefined();
	});
});

describe('isPageRequest', () => {
	it('is a navigation or a frame, by fetch metadata when the browser sends it', () => {
		expect(isPageRequest({ 'sec-fetch-dest': 'document', accept: 'text/html' })).toBe(true);
		expect(isPageRequest({ 'sec-fetch-dest': 'iframe' })).toBe(true);
		expect(isPageRequest({ 'sec-fetch-dest': 'script', accept: '*/*' })).toBe(false);
		expect(isPageRequest({ 'sec-fetch-dest': 'empty', accept: 'text/html' })).toBe(false);
	});

	it('is a request that accepts HTML when there is no fetch metadata', () => {
		expect(isPageRequest({ accept: 'text/html,application/xhtml+xml' })).toBe(true);
		expect(isPageRequest({ accept: 'application/json' })).toBe(false);
		expect(isPageRequest({})).toBe(false);
	});
});
