/**
 * The Content-Security-Policy of the built pages: the policy's text, that every HTML page carries it
 * before anything it governs, that a dataset page allows exactly the servers of its remote previews,
 * and that a feedback endpoint is allowed to be fetched and posted to.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, feedbackOrigins, httpOrigin, remotePreviewOrigins } from '../../src/lib/site/content-security-policy.ts';
import type { Catalogue, Dataset } from '../../src/lib/model/catalogue.ts';
import { buildExampleSite, type BuiltSite } from '../browser/support/build.ts';

describe('contentSecurityPolicy', () => {
	it('allows only the site itself by default, and no plugins, frames or other base', () => {
		expect(contentSecurityPolicy()).toBe(
			"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; frame-src 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
		);
	});

	it('adds the data servers and the feedback endpoint where they are needed, once each', () => {
		const policy = contentSecurityPolicy({
			connect: ['https://data.example', 'https://forms.example', 'https://data.example'],
			formAction: ['https://forms.example'],
		});
		expect(policy).toContain("; connect-src 'self' https://data.example https://forms.example;");
		expect(policy).toMatch(/; form-action 'self' https:\/\/forms\.example$/);
	});

	it('takes origins from http(s) addresses only', () => {
		expect(httpOrigin('https://Data.Example:8443/a/b.csv?x=1')).toBe('https://data.example:8443');
		expect(httpOrigin('http://127.0.0.1:5000/x')).toBe('http://127.0.0.1:5000');
		for (const address of ['ftp://files.example/a.csv', 'javascript:alert(1)', 'data:text/csv,a', 'not a url'])
			expect(httpOrigin(address), address).toBeUndefined();
	});

	it('lists the servers of a dataset’s remote previews, not of files too large to preview or published with the site', () => {
		const distribution = (download_url: string, extra: object = {}) => ({ download_url, format: 'CSV', title: { en: 'x' }, ...extra });
		const dataset = {
			distributions: [
				distribution('https://a.example/1.csv'),
				distribution('https://a.example/2.csv'),
				distribution('https://big.example/3.csv', { byte_size: 50_000_000 }),
				distribution('https://site.example/data/4.csv', { siteFile: 'public/data/4.csv' }),
				{ ...distribution('https://api.example/5'), format: 'JSON' },
				distribution('http://b.example:8080/6.csv'),
			],
		} as unknown as Dataset;
		expect(remotePreviewOrigins(dataset, { remote_size_limit_mb: 10 })).toEqual(['https://a.example', 'http://b.example:8080']);
	});

	it('adds the catalogue’s extra preview hosts to pages with a remote preview, and only to them', () => {
		const remote = { distributions: [{ download_url: 'https://a.example/1.csv', format: 'CSV', title: { en: 'x' } }] } as unknown as Dataset;
		const none = { distributions: [{ download_url: 'https://a.example/1.pdf', format: 'PDF', title: { en: 'x' } }] } as unknown as Dataset;
		const settings = { remote_hosts: ['https://cdn.example', 'https://a.example', 'http://mirror.example:8080'] };
		expect(remotePreviewOrigins(remote, settings)).toEqual(['https://a.example', 'https://cdn.example', 'http://mirror.example:8080']);
		expect(remotePreviewOrigins(none, settings)).toEqual([]);
	});

	it('allows the feedback endpoint only on the endpoint channel', () => {
		const config = (feedback: object) => ({ publisher: { email: 'o@example.org' }, feedback }) as unknown as Catalogue['config'];
		expect(feedbackOrigins(config({ channel: 'endpoint', endpoint: 'https://forms.example/intake/feedback' }))).toEqual(['https://forms.example']);
		expect(feedbackOrigins(config({ channel: 'github', repository: 'a/b' }))).toEqual([]);
		expect(feedbackOrigins(config({ channel: 'email', email: 'x@example.org' }))).toEqual([]);
	});
});

describe('the built example catalogue', () => {
	let site: BuiltSite;
	beforeAll(async () => {
		site = await buildExampleSite();
	});
	afterAll(() => site?.remove());

	const META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/;

	it('gives every HTML page the policy right after its character set, before anything it governs', () => {
		const pages = readdirSync(site.dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(100);
		for (const file of pages) {
			const html = readFileSync(join(site.dir, file), 'utf8');
			expect(html, file).toMatch(/<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'; /);
			expect(html.match(/http-equiv="Content-Security-Policy"/g), file).toHaveLength(1);
		}
	});

	it('allows a dataset page to connect to the servers of its remote previews, and other pages to nothing else', () => {
		const policyOf = (path: string) => META.exec(readFileSync(join(site.dir, path, 'index.html'), 'utf8'))?.[1];
		expect(policyOf('en/datasets/graduation-rates')).toBe(contentSecurityPolicy({ connect: ['https://data.belle-riviere.example'] }));
		expect(policyOf('fr/datasets/graduation-rates')).toBe(contentSecurityPolicy({ connect: ['https://data.belle-riviere.example'] }));
		for (const path of ['en', 'en/search', 'fr/feedback', 'en/datasets/physician-billing', 'en/datasets/traffic-volumes'])
			expect(policyOf(path), path).toBe(contentSecurityPolicy());
	});

	it('has no inline style or style attribute that the policy would refuse', () => {
		for (const file of readdirSync(site.dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'))) {
			const html = readFileSync(join(site.dir, file), 'utf8');
			expect(html, relative(site.dir, join(site.dir, file))).not.toMatch(/<style\b|\sstyle="|\son[a-z]+="/);
		}
	});
});
