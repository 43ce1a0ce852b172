import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLink, type CheckOptions } from '../../src/lib/links/check-link.ts';
import { checkLinks, userAgent } from '../../src/lib/links/check-links.ts';
import { createLimiter } from '../../src/lib/links/limiter.ts';
import { startLinkServers, type LinkServers } from './link-server.ts';

let servers: LinkServers;
beforeAll(async () => {
	servers = await startLinkServers();
});
afterAll(() => servers.close());

const CHECKED_AT = '2026-11-20T10:00:00.000Z';
const pauses: number[] = [];
const options = (): CheckOptions => ({
	timeoutMs: 500,
	userAgent: userAgent('Belle-Rivière Open Data Catalogue', 'https://data.belle-riviere.example/'),
	retries: 2,
	backoffMs: 100,
	sleep: async (ms) => void pauses.push(ms),
	now: () => new Date(CHECKED_AT),
});

describe('checkLink against a local server', () => {
	it('classifies every kind of answer, and the report of them all is pinned', async () => {
		const { http, https, closed } = servers;
		const urls = [
			`${http}/ok`,
			`${http}/moved`,
			`${http}/loop-a`,
			`${http}/no-head`,
			`${http}/not-found`,
			`${http}/gone`,
			`${http}/error`,
			`${http}/slow`,
			`${closed}/anything`,
			`${https}/ok`,
			'ftp://example.org/file',
			'gopher://example.org/file',
			'not a url',
		];
		pauses.length = 0;
		const report = await checkLinks(urls, { ...options(), concurrency: 4, perHost: 2 });
		const at = (url: string) => report.links[url];
		const withPlaceholders = JSON.parse(JSON.stringify(report).replaceAll(http, 'HTTP').replaceAll(https, 'HTTPS').replaceAll(closed, 'CLOSED'));
		expect(withPlaceholders).toEqual({
			startedAt: CHECKED_AT,
			finishedAt: CHECKED_AT,
			links: {
				'CLOSED/anything': { outcome: 'refused', error: 'ECONNREFUSED', method: 'HEAD', attempts: 1, checkedAt: CHECKED_AT },
				'HTTP/error': { outcome: 'server-error', status: 500, method: 'HEAD', attempts: 3, checkedAt: CHECKED_AT },
				'HTTP/gone': { outcome: 'not-found', status: 410, method: 'HEAD', attempts: 1, checkedAt: CHECKED_AT },
				'HTTP/loop-a': {
					outcome: 'redirect-loop',
					status: 302,
					method: 'HEAD',
					error: 'redirects back to HTTP/loop-a',
					finalUrl: 'HTTP/loop-b',
					attempts: 2,
					checkedAt: CHECKED_AT,
				},
				'HTTP/moved': { outcome: 'ok', status: 200, method: 'HEAD', finalUrl: 'HTTP/ok', attempts: 2, checkedAt: CHECKED_AT },
				'HTTP/no-head': { outcome: 'ok', status: 206, method: 'GET', attempts: 2, checkedAt: CHECKED_AT },
				'HTTP/not-found': { outcome: 'not-found', status: 404, method: 'HEAD', attempts: 1, checkedAt: CHECKED_AT },
				'HTTP/ok': { outcome: 'ok', status: 200, method: 'HEAD', attempts: 1, checkedAt: CHECKED_AT },
				'HTTP/slow': { outcome: 'timeout', error: 'TIMEOUT', method: 'HEAD', attempts: 3, checkedAt: CHECKED_AT },
				'HTTPS/ok': { outcome: 'tls', error: 'DEPTH_ZERO_SELF_SIGNED_CERT', method: 'HEAD', attempts: 1, checkedAt: CHECKED_AT },
				// ftp cannot be asked with HEAD or a ranged GET: not checked, rather than broken.
				'ftp://example.org/file': { outcome: 'not-checked', error: 'ftp', attempts: 0, checkedAt: CHECKED_AT },
				'gopher://example.org/file': { outcome: 'invalid', error: 'gopher: is not http or https', attempts: 0, checkedAt: CHECKED_AT },
				'not a url': { outcome: 'invalid', error: 'not a URL', attempts: 0, checkedAt: CHECKED_AT },
			},
		});
		expect(at(`${http}/ok`)!.outcome).toBe('ok');
		// The 500 and the time-out were each asked twice more, after 100 then 200 ms.
		expect(pauses.sort((a, b) => a - b)).toEqual([100, 100, 200, 200]);
	});

	it('asks a 503 again with growing pauses until it answers', async () => {
		pauses.length = 0;
		const result = await checkLink(`${servers.http}/flaky`, options());
		expect(result).toMatchObject({ outcome: 'ok', status: 200, attempts: 3 });
		expect(pauses).toEqual([100, 200]);
	});

	it('falls back from HEAD to a GET of the first byte only, and names the catalogue as its user agent', async () => {
		servers.log.length = 0;
		await checkLink(`${servers.http}/no-head`, options());
		expect(servers.log).toEqual(['HEAD /no-head', 'GET /no-head bytes=0-0']);
		expect(await checkLink(`${servers.http}/user-agent`, options())).toMatchObject({ outcome: 'ok' });
		expect(options().userAgent).toBe('OpenDataCatalogue-LinkChecker/1.0 (+https://data.belle-riviere.example/; Belle-Rivire Open Data Catalogue)');
	});

	it('trusts a certificate only when told to, never by turning verification off', async () => {
		const { https } = servers;
		expect((await checkLink(`${https}/ok`, options())).outcome).toBe('tls');
		expect(await checkLink(`${https}/ok`, { ...options(), ca: servers.certificate })).toMatchObject({ outcome: 'ok', status: 200 });
	});
});

describe('createLimiter', () => {
	it('runs at most the limit overall and per host', async () => {
		const limiter = createLimiter({ overall: 3, perHost: 2 });
		const running = new Map<string, number>();
		let overall = 0;
		let peakOverall = 0;
		const peakHost = new Map<string, number>();
		const task = (host: string) => async () => {
			overall++;
			running.set(host, (running.get(host) ?? 0) + 1);
			peakOverall = Math.max(peakOverall, overall);
			peakHost.set(host, Math.max(peakHost.get(host) ?? 0, running.get(host)!));
			await new Promise((r) => setTimeout(r, 5));
			overall--;
			running.set(host, running.get(host)! - 1);
			return host;
		};
		const hosts = ['a', 'a', 'a', 'a', 'b', 'b', 'c', 'a', 'c'];
		expect(await Promise.all(hosts.map((host) => limiter.run(host, task(host))))).toEqual(hosts);
		expect(peakOverall).toBe(3);
		expect(Math.max(...peakHost.values())).toBe(2);
	});
});
