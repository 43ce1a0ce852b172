/**
 * The one digest of a dataset's model that its pages', search record's and exported files' keys
 * take (src/lib/model/dataset-digest.ts), and the copy of it the export worker is given.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/model/catalogue.ts';
import { datasetDigest, datasetDigests, takeDatasetDigests } from '../../src/lib/model/dataset-digest.ts';
import { loadFixture } from '../export/support.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('datasetDigest', () => {
	it('is the SHA-256 of the dataset’s JSON text, distributions’ extras included, and follows a change in any field', async () => {
		const { datasets } = await loadFixture('.');
		for (const dataset of datasets) expect(datasetDigest(dataset)).toBe(sha256(JSON.stringify(dataset)));
		const [first] = datasets;
		const renamed: Dataset = { ...first!, title: { ...first!.title, en: `${first!.title.en} (revised)` } };
		const moved: Dataset = { ...first!, sourcePath: `${first!.sourcePath}.moved` };
		expect(new Set([first, renamed, moved].map((dataset) => datasetDigest(dataset!))).size).toBe(3);
	});

	it('is given to a copy of the datasets as made in the process that sent them, and only whole', async () => {
		const { datasets } = await loadFixture('.');
		const sent = datasetDigests(datasets);
		const copies = structuredClone(datasets);
		// Digests that are not the copies' own show that the given ones are taken, not made again.
		const given = sent.map((digest) => digest.split('').reverse().join(''));
		takeDatasetDigests(copies, given);
		expect(copies.map(datasetDigest)).toEqual(given);

		const others = structuredClone(datasets);
		takeDatasetDigests(others, given.slice(1));
		expect(others.map(datasetDigest)).toEqual(sent);
	});
});
