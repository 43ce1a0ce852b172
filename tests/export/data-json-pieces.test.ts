/**
 * data.json written in pieces (export-files.ts, streamed-files.ts): the build never holds the whole
 * text, yet writes the bytes the dev server serves.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { toDataJson } from '../../src/lib/export/data-json/catalog.ts';
import type { PodCatalog } from '../../src/lib/export/data-json/types.ts';
import { writeFilePieces } from '../../src/lib/build/streamed-files.ts';
import { dataJsonPieces, dataJsonText } from '../../src/lib/site/export-files.ts';
import { loadFixture } from './support.ts';

/** Texts of megabytes compared by digest: a failure's diff of them would take minutes to print. */
const digest = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

let dir: string | undefined;
afterEach(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
	dir = undefined;
});

/** A catalogue document whose datasets stress the indentation: nested values, escapes, text beyond Latin-1, a key named like the array. */
function awkwardDocument(count: number): PodCatalog {
	const dataset = Array.from({ length: count }, (_, n) => ({
		'@type': 'dcat:Dataset',
		title: `Qualité de l’eau ${n} — “quoted” \u2028 line\nbreak \\ back`,
		keyword: ['eau', 'water', ''],
		distribution: [{ '@type': 'dcat:Distribution', format: { nested: [[], {}, [1, { dataset: ['x'] }]] } }],
		dataset: [] as string[],
		empty: {},
	}));
	return { '@context': 'c', '@type': 'dcat:Catalog', dataset, conformsTo: 'after the datasets' } as unknown as PodCatalog;
}

describe('dataJsonPieces', () => {
	it('joins into the published text, a piece for the head, each dataset and the tail', async () => {
		const catalogue = await loadFixture('tests/fixtures/minimal');
		const fixture = toDataJson(catalogue, { siteUrl: 'https://example.org/', base: '/catalogue/' });
		for (const document of [fixture, awkwardDocument(1), awkwardDocument(3)]) {
			const pieces = [...dataJsonPieces(document)];
			expect(pieces.join('')).toBe(dataJsonText(document));
			expect(pieces).toHaveLength(document.dataset.length + 2);
		}
	});

	it('is the whole text at once for a catalogue with no dataset', () => {
		const document = { ...awkwardDocument(0) };
		expect([...dataJsonPieces(document)]).toEqual([dataJsonText(document)]);
	});
});

describe('writeFilePieces', () => {
	it('writes the pieces one after the other, as UTF-8, across its batches', () => {
		dir = mkdtempSync(join(tmpdir(), 'odc-pieces-'));
		const document = awkwardDocument(8000);
		const path = join(dir, 'data.json');
		writeFilePieces(path, dataJsonPieces(document));
		const text = dataJsonText(document);
		// More than one batch, with characters of two and three bytes across their ends.
		expect(text.length).toBeGreaterThan(2 << 20);
		expect(digest(readFileSync(path))).toBe(digest(text));
	});
});
