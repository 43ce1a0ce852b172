/**
 * Round trip: the example catalogue's own catalog.ttl and data.json, imported into a fresh folder
 * (with the example's catalogue.yaml, publishers and data files, which neither format describes
 * fully), validate and rebuild to the same DCAT-AP graph, give or take what each format cannot
 * carry. Every triple that differs must fall under one of the reasons listed here, and each
 * format's list is pinned, so a new loss shows up as a failing test.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writer, type Quad } from 'n3';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { toDataJson } from '../../src/lib/export/data-json/catalog.ts';
import { toDcatAp } from '../../src/lib/export/dcat-ap/catalogue.ts';
import { toGraph, toTurtle } from '../../src/lib/export/dcat-ap/rdf.ts';
import { IMPORTERS } from '../../src/lib/import/importers.ts';
import { runImport } from '../../src/lib/import/run.ts';
import type { SourceSystem } from '../../src/lib/import/types.ts';
import { cleanUp, emptyCatalogue, REPO, tempFolder } from './support.ts';

afterAll(cleanUp);

const options = { siteUrl: 'https://open-data-catalogue.github.io', base: '/' };
const AS_OF = '2026-11-23';

function triples(graph: Iterable<Quad>): Set<string> {
	return new Set(
		new Writer({ format: 'N-Triples' })
			.quadsToString([...graph])
			.split('\n')
			.filter(Boolean),
	);
}

/** Whether a listed reason explains a differing triple. */
type Reason = (triple: string) => boolean;

async function roundTrip(system: SourceSystem, file: string, write: (path: string) => Promise<void>) {
	const example = (await loadCatalogue(REPO, { asOf: AS_OF })).catalogue!;
	const source = join(tempFolder(), file);
	await write(source);
	const out = emptyCatalogue(REPO, ['publishers', 'public/data']);
	const report = await runImport(IMPORTERS[system], { source, out });
	const { catalogue, diagnostics } = await loadCatalogue(out, { asOf: AS_OF });
	const errors = diagnostics.filter((d) => d.severity === 'error');
	const drafts = diagnostics.filter((d) => d.code === 'draft.unpublished').map((d) => d.file.replace(/^.*\//, '').replace(/\.yaml$/, ''));
	const before = triples(toGraph(toDcatAp(example, options)));
	const after = catalogue ? triples(toGraph(toDcatAp(catalogue, options))) : new Set<string>();
	return { report, errors, drafts, before, after, missing: [...before].filter((t) => !after.has(t)), extra: [...after].filter((t) => !before.has(t)) };
}

/** Groups the differing triples by reason; triples no reason explains are grouped under "unexplained". */
function explain(differing: string[], reasons: Array<[string, Reason]>): Record<string, number> {
	const out: Record<string, number> = {};
	for (const triple of differing) {
		const reason = reasons.find(([, test]) => test(triple))?.[0] ?? `unexplained: ${triple}`;
		out[reason] = (out[reason] ?? 0) + 1;
	}
	return out;
}

/** Nodes (concepts, places) that only the triples of `owned` point to, in `graph`. */
function onlyPointedToBy(graph: Set<string>, owned: (triple: string) => boolean): Set<string> {
	const referrers = new Map<string, boolean[]>();
	for (const triple of graph) {
		const object = /> (<[^>]+>) \.$/.exec(triple)?.[1];
		if (object) referrers.set(object, [...(referrers.get(object) ?? []), owned(triple)]);
	}
	return new Set([...referrers].filter(([, from]) => from.every(Boolean)).map(([node]) => node));
}

describe('round trip of the example catalogue', () => {
	it('catalog.ttl imports, validates and rebuilds to the same DCAT-AP graph but for restricted datasets and data dictionaries', async () => {
		const result = await roundTrip('dcat', 'catalog.ttl', async (path) => {
			const example = (await loadCatalogue(REPO, { asOf: AS_OF })).catalogue!;
			writeFileSync(path, await toTurtle(toGraph(toDcatAp(example, options))));
		});
		expect(result.errors).toEqual([]);
		expect(result.report.datasets.created).toBe(48);
		expect(result.report.draftReasons).toEqual([{ reason: 'dataset exemption is missing', records: 14 }]);
		const ofDraft = (t: string) => result.drafts.some((id) => t.includes(`/datasets/${id}/`));
		const orphans = onlyPointedToBy(result.before, ofDraft);
		expect(
			explain(result.missing, [
				['restricted and under-review datasets come back as drafts: DCAT-AP has no exemption code', (t) => ofDraft(t) || orphans.has(t.split(' ')[0]!)],
				['a data dictionary kept in the repository (Table Schema, dct:conformsTo) is not imported', (t) => t.includes('.schema.json>')],
			]),
		).toEqual({
			'restricted and under-review datasets come back as drafts: DCAT-AP has no exemption code': expect.any(Number),
			'a data dictionary kept in the repository (Table Schema, dct:conformsTo) is not imported': 4,
		});
		expect(result.extra).toEqual([]);
		// Everything else of the 34 published datasets is the same graph.
		expect(result.missing.length).toBeLessThan(result.before.size / 2);
	});

	it('data.json imports, validates and rebuilds to the same graph but for what Project Open Data v1.1 cannot carry', async () => {
		const result = await roundTrip('datajson', 'data.json', async (path) => {
			const example = (await loadCatalogue(REPO, { asOf: AS_OF })).catalogue!;
			writeFileSync(path, JSON.stringify(toDataJson(example, options)));
		});
		expect(result.errors).toEqual([]);
		expect(result.report.datasets.created).toBe(48);
		const ofDraft = (t: string) => result.drafts.some((id) => t.includes(`/datasets/${id}/`));
		const lost = (t: string) =>
			ofDraft(t) || /@fr \.$/.test(t) || /#(temporal|spatial)-coverage>/.test(t) || t.includes('dcat#byteSize') || t.includes('.schema.json>');
		const orphans = onlyPointedToBy(result.before, (t) => lost(t) || t.includes('/terms/license>'));
		const reasons: Array<[string, Reason]> = [
			['datasets that come back as drafts: data.json has no exemption code, and no code for a frequency without a period', (t) => ofDraft(t)],
			['texts in the second language: data.json is written in the catalogue’s first language', (t) => /@fr \.$/.test(t)],
			[
				'temporal and spatial coverage: data.json gives a period only with both ends and a place only as a bounding box',
				(t) => /#(temporal|spatial)-coverage>/.test(t),
			],
			['file sizes: data.json has no byte size', (t) => t.includes('dcat#byteSize')],
			['a data dictionary kept in the repository comes back as a link to its Table Schema document', (t) => t.includes('.schema.json>')],
			['a distribution’s own licence: data.json has one licence per dataset', (t) => t.includes('/terms/license>')],
			[
				'a distribution’s own languages and a contact page: data.json has neither',
				(t) => /#distribution-\d+> <http:\/\/purl\.org\/dc\/terms\/language>/.test(t) || t.includes('vcard/ns#hasURL>'),
			],
			['concepts and places only those triples pointed to', (t) => orphans.has(t.split(' ')[0]!)],
		];
		const missing = explain(result.missing, reasons);
		const extra = explain(result.extra, reasons);
		expect(Object.keys(missing).filter((reason) => reason.startsWith('unexplained'))).toEqual([]);
		expect(Object.keys(extra).filter((reason) => reason.startsWith('unexplained'))).toEqual([]);
		expect(Object.keys({ ...missing, ...extra }).sort()).toEqual(reasons.map(([reason]) => reason).sort());
	});
});
