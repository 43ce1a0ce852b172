import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex, SearchIndexError, stepTimeoutFromEnv } from '../../src/integrations/pagefind.ts';
import { TimeoutError, withTimeout } from '../../src/lib/async/with-timeout.ts';
import type { FacetTable } from '../../src/lib/search/facet-table.ts';

let dir: string | undefined;
afterEach(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
	dir = undefined;
});

/** A site folder with the given pages (path → HTML). */
function site(pages: Record<string, string>): string {
	dir = mkdtempSync(join(tmpdir(), 'odc-pagefind-'));
	for (const [path, html] of Object.entries(pages)) {
		mkdirSync(join(dir, path), { recursive: true });
		writeFileSync(join(dir, path, 'index.html'), html);
	}
	return dir;
}

describe('buildSearchIndex', () => {
	it('indexes only pages with data-pagefind-body, one index per language', async () => {
		const out = site({
			'en/datasets/a': '<html lang="en"><body><article data-pagefind-body><h1>Traffic</h1></article></body></html>',
			'fr/datasets/a': '<html lang="fr"><body><article data-pagefind-body><h1>Circulation</h1></article></body></html>',
			'en/publishers': '<html lang="en"><body><h1>Publishers</h1></body></html>',
		});
		const summary = await buildSearchIndex(out);
		expect(summary.pagesByLanguage).toEqual({ en: 1, fr: 1 });
		expect(existsSync(join(out, 'pagefind/pagefind.js'))).toBe(true);
	}, 30_000);

	it('reads dataset pages only, whatever else carries the attribute', async () => {
		const out = site({
			'en/datasets/a': '<html lang="en"><body><article data-pagefind-body><h1>Traffic</h1></article></body></html>',
			'en/datasets/page/2': '<html lang="en"><body><main data-pagefind-body><h1>Datasets, page 2</h1></main></body></html>',
			'en/docs/fields': '<html lang="en"><body><main data-pagefind-body><h1>Field reference</h1></main></body></html>',
		});
		const summary = await buildSearchIndex(out);
		expect(summary.pagesByLanguage).toEqual({ en: 1 });
	}, 30_000);

	it('writes a facet table per language from the filters Pagefind stored, keyed by its page ids', async () => {
		const page = (lang: string, title: string, publisher: string, formats: string[]) =>
			`<html lang="${lang}"><body><article data-pagefind-body><h1>${title}</h1>` +
			`<span data-pagefind-filter="publisher">${publisher}</span>` +
			formats.map((format) => `<span data-pagefind-filter="format">${format}</span>`).join('') +
			'</article></body></html>';
		const out = site({
			'en/datasets/a': page('en', 'Traffic', 'Transport', ['CSV', 'JSON']),
			'en/datasets/b': page('en', 'Clinics', 'Health', ['CSV']),
			'fr/datasets/a': page('fr', 'Circulation', 'Transports', ['CSV']),
		});
		await buildSearchIndex(out);
		const bundle = join(out, 'pagefind');
		const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
		const en = JSON.parse(readFileSync(join(bundle, `facets.${entry.languages.en!.hash}.json`), 'utf8')) as FacetTable;
		const fragments = readdirSync(join(bundle, 'fragment')).map((name) => name.replace('.pf_fragment', ''));
		expect(en.pages).toHaveLength(2);
		for (const id of en.pages) expect(fragments).toContain(id);
		const byPublisher = Object.fromEntries(
			en.pages.map((_, i) => [
				en.facets.publisher.values[en.facets.publisher.pages[i]![0]!]!,
				en.facets.format.pages[i]!.map((v) => en.facets.format.values[v]),
			]),
		);
		expect(byPublisher).toEqual({ Transport: ['CSV', 'JSON'], Health: ['CSV'] });
		const fr = JSON.parse(readFileSync(join(bundle, `facets.${entry.languages.fr!.hash}.json`), 'utf8')) as FacetTable;
		expect(fr.facets.publisher.values).toEqual(['Transports']);
	}, 30_000);

	it('fails with the step and the limit when Pagefind does not answer in time, and still stops the service', async () => {
		const out = site({ 'en/datasets/a': '<html lang="en"><body><article data-pagefind-body><h1>Traffic</h1></article></body></html>' });
		// A limit no real step can meet: the first step times out.
		const failure = buildSearchIndex(out, { stepTimeoutSeconds: 0.001 });
		await expect(failure).rejects.toBeInstanceOf(SearchIndexError);
		await expect(failure).rejects.toThrow(/while starting Pagefind:\n {2}Pagefind did not answer within 0\.001 s \(SEARCH_INDEX_TIMEOUT_SECONDS\)/);
		// The service was closed, so a new index can be built at once.
		expect((await buildSearchIndex(out)).pagesByLanguage).toEqual({ en: 1 });
	}, 30_000);
});

describe('stepTimeoutFromEnv', () => {
	it('reads a positive number of seconds and leaves the default when unset or blank', () => {
		expect(stepTimeoutFromEnv({ SEARCH_INDEX_TIMEOUT_SECONDS: '120' })).toBe(120);
		expect(stepTimeoutFromEnv({ SEARCH_INDEX_TIMEOUT_SECONDS: '0.5' })).toBe(0.5);
		expect(stepTimeoutFromEnv({})).toBeUndefined();
		expect(stepTimeoutFromEnv({ SEARCH_INDEX_TIMEOUT_SECONDS: ' ' })).toBeUndefined();
	});

	it('refuses a value that is not a positive number', () => {
		for (const raw of ['0', '-5', 'ten', 'Infinity']) {
			expect(() => stepTimeoutFromEnv({ SEARCH_INDEX_TIMEOUT_SECONDS: raw })).toThrow(
				`SEARCH_INDEX_TIMEOUT_SECONDS must be a positive number of seconds (got "${raw}")`,
			);
		}
	});
});

describe('withTimeout', () => {
	it('settles like the work when it is in time', async () => {
		await expect(withTimeout(Promise.resolve(42), 1000, 'x')).resolves.toBe(42);
		await expect(withTimeout(Promise.reject(new Error('boom')), 1000, 'x')).rejects.toThrow('boom');
	});

	it('rejects with a TimeoutError when the work never settles', async () => {
		const never = new Promise<never>(() => {});
		const outcome = withTimeout(never, 10, 'writing the index');
		await expect(outcome).rejects.toBeInstanceOf(TimeoutError);
		await expect(outcome).rejects.toThrow('writing the index');
	});
});
