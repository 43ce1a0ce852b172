import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compareBundles } from '../../scripts/bench/search-bundle-diff.ts';
import { startSearchIndex } from '../../src/integrations/pagefind.ts';
import type { SearchRecord } from '../../src/lib/search/search-record.ts';
import { FACETS, type Facet } from '../../src/lib/search/state.ts';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function record(lang: 'en' | 'fr', id: string, body: string, publisher: string): SearchRecord {
	const filters = Object.fromEntries(FACETS.map((facet) => [facet, facet === 'publisher' ? [publisher] : []])) as Record<Facet, string[]>;
	return {
		url: `/${lang}/datasets/${id}/`,
		lang,
		content: `<html lang="${lang}"><body><div data-pagefind-body><span data-pagefind-filter="publisher">${publisher}</span><span data-pagefind-meta="modified">2026-01-0${id.length}</span><span data-pagefind-sort="modified">2026-01-0${id.length}</span>${body}</div></body></html>`,
		filters,
		sort: { modified: `2026-01-0${id.length}`, title: id },
	};
}

async function bundle(records: SearchRecord[]): Promise<string> {
	const dir = mkdtempSync(join(tmpdir(), 'odc-bundle-diff-'));
	dirs.push(dir);
	return (await startSearchIndex(records).finish(dir)).outputPath;
}

describe('compareBundles', () => {
	const records = [
		record('en', 'a', '<p data-pagefind-weight="8">Traffic counts</p><p>Highways and roads</p>', 'Transport'),
		record('en', 'bb', '<p>Clinic wait times</p>', 'Health'),
		record('en', 'cc', '<p>Road closures, traffic</p>', 'Transport'),
		record('fr', 'a', '<p>Débits de circulation, qualité</p>', 'Transports'),
		record('fr', 'bb', '<p>Qualite des routes</p>', 'Transports'),
	];

	it('finds the same index in bundles whose pages were added in another order', async () => {
		const forward = await bundle(records);
		const backward = await bundle(records.toReversed());
		expect(compareBundles(forward, backward)).toEqual([]);
	}, 30_000);

	it('finds a changed weight, filter value or text', async () => {
		const base = await bundle(records);
		const reweighted = await bundle(records.map((r) => ({ ...r, content: r.content.replace('data-pagefind-weight="8"', 'data-pagefind-weight="2"') })));
		// Weights live in the word index only: the fragments are the same.
		expect(compareBundles(base, reweighted)).toEqual(['en: words differ']);
		const refiled = await bundle(records.map((r) => (r.url === '/en/datasets/cc/' ? record('en', 'cc', '<p>Road closures, traffic</p>', 'Health') : r)));
		expect(compareBundles(base, refiled)).toEqual(expect.arrayContaining(['en: filters differ', 'en: facet tables differ']));
		expect(compareBundles(base, refiled)).not.toContain('fr: filters differ');
	}, 30_000);
});
