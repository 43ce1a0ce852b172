/**
 * The baseline the search benchmark compares Pagefind with: the JKAN approach, where the browser
 * downloads one JSON file of every record and filters it itself. {@link writeSingleJsonBaseline}
 * writes that file and a bare page that searches it into a built site, so both approaches are
 * measured against the same catalogue, server and browser in the same run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UiLanguage } from '../../src/lib/i18n/languages.ts';
import { localizedString } from '../../src/lib/i18n/localize.ts';
import type { Catalogue } from '../../src/lib/model/catalogue.ts';
import { datasetIndexData } from '../../src/lib/search/index-data.ts';

/** Where the baseline lives inside the built site. */
export const SINGLE_JSON_FOLDER = 'bench-single-json';

/** One record of the single JSON file: what a result shows, what facets count, and the text searched. */
export interface SingleJsonRecord {
	id: string;
	title: string;
	description: string;
	keywords: string[];
	meta: ReturnType<typeof datasetIndexData>['meta'];
	filters: ReturnType<typeof datasetIndexData>['filters'];
}

/** The records of `catalogue` in `lang`, as the single JSON file holds them. */
export function singleJsonRecords(catalogue: Catalogue, lang: UiLanguage): SingleJsonRecord[] {
	return catalogue.datasets.map((dataset) => {
		const { filters, meta } = datasetIndexData(dataset, catalogue, lang);
		return {
			id: dataset.identifier,
			title: meta.title,
			description: localizedString(dataset.description, lang, catalogue.languages, ''),
			keywords: dataset.keywords?.[lang] ?? [],
			meta,
			filters,
		};
	});
}

/**
 * Writes `<outDir>/bench-single-json/records.json` (every record in `lang`) and an `index.html`
 * whose script defines `benchSearch(query)` (fetches the file the first time, then filters,
 * counts facets, ranks and renders ten results) and `benchFacet(facet, value)` (narrows the last
 * search). Both resolve to the number of results. Returns the JSON file's size in bytes.
 */
export function writeSingleJsonBaseline(catalogue: Catalogue, outDir: string, lang: UiLanguage): number {
	const dir = join(outDir, SINGLE_JSON_FOLDER);
	mkdirSync(dir, { recursive: true });
	const json = JSON.stringify(singleJsonRecords(catalogue, lang));
	writeFileSync(join(dir, 'records.json'), json);
	writeFileSync(join(dir, 'index.html'), PAGE);
	writeFileSync(join(dir, 'search.js'), SCRIPT);
	return Buffer.byteLength(json);
}

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Single-JSON search baseline</title></head>
<body><main><h1>Single-JSON search baseline</h1><p id="status"></p><ol id="results"></ol></main>
<script src="search.js"></script></body></html>
`;

// Kept as plain browser JavaScript: it is served as is, the way a JKAN site's search script is.
const SCRIPT = `'use strict';
let records;
let last = [];
const words = (text) => text.toLowerCase().normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').split(/[^\\p{L}\\p{N}]+/u).filter(Boolean);
function counts(list) {
  const out = {};
  for (const record of list) for (const [facet, values] of Object.entries(record.filters)) {
    const facetCounts = (out[facet] ??= {});
    for (const value of values) facetCounts[value] = (facetCounts[value] ?? 0) + 1;
  }
  return out;
}
function render(list) {
  const results = document.getElementById('results');
  results.replaceChildren(...list.slice(0, 10).map((record) => {
    const item = document.createElement('li');
    item.textContent = record.title + ' — ' + record.meta.publisher + ' — ' + record.description.slice(0, 160);
    return item;
  }));
  document.getElementById('status').textContent = list.length + ' datasets found';
}
window.benchSearch = async (query) => {
  records ??= await (await fetch('records.json')).json();
  const terms = words(query);
  const scored = [];
  for (const record of records) {
    const title = words(record.title);
    const text = new Set([...title, ...words(record.description), ...record.keywords.flatMap(words)]);
    if (!terms.every((term) => [...text].some((word) => word.startsWith(term)))) continue;
    const score = terms.reduce((sum, term) => sum + title.filter((word) => word.startsWith(term)).length * 3 + 1, 0);
    scored.push([score, record]);
  }
  scored.sort((a, b) => b[0] - a[0]);
  last = scored.map(([, record]) => record);
  window.benchCounts = counts(last);
  render(last);
  return last.length;
};
window.benchFacet = async (facet, value) => {
  last = last.filter((record) => record.filters[facet].includes(value));
  window.benchCounts = counts(last);
  render(last);
  return last.length;
};
`;
