/** Imports over http from a local server (127.0.0.1, a free port): a paged CKAN API and a DCAT file. No test touches the internet. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORTERS } from '../../src/lib/import/importers.ts';
import { runImport } from '../../src/lib/import/run.ts';
import { cleanUp, emptyCatalogue } from './support.ts';

const PACKAGES = Array.from({ length: 5 }, (_, i) => ({
	id: `id-${i + 1}`,
	name: `dataset-${i + 1}`,
	title: `Dataset ${i + 1}`,
	organization: { name: 'mto', title: 'Ministry of Transportation' },
	resources: [{ name: 'CSV', url: `https://example.org/${i + 1}.csv`, format: 'CSV' }],
}));

const TURTLE = `@prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> . @prefix foaf: <http://xmlns.com/foaf/0.1/> .
<https://data.example/d/roads> a dcat:Dataset ; dct:identifier "roads" ; dct:title "Roads"@en, "Routes"@fr ;
  dct:publisher [ foaf:name "Ministry of Transportation"@en ] ;
  dcat:theme <http://publications.europa.eu/resource/authority/data-theme/TRAN> ;
  dcat:distribution [ a dcat:Distribution ; dcat:downloadURL <https://data.example/roads.csv> ; dct:format <http://publications.europa.eu/resource/authority/file-type/CSV> ] .`;

let server: Server;
let base: string;
const requests: string[] = [];

beforeAll(async () => {
	server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://127.0.0.1');
		requests.push(url.pathname + url.search);
		if (url.pathname === '/api/3/action/package_search') {
			const rows = Number(url.searchParams.get('rows'));
			const start = Number(url.searchParams.get('start'));
			response.setHeader('content-type', 'application/json');
			response.end(JSON.stringify({ success: true, result: { count: PACKAGES.length, results: PACKAGES.slice(start, start + rows) } }));
		} else if (url.pathname === '/catalog.ttl') {
			response.setHeader('content-type', 'text/turtle');
			response.end(TURTLE);
		} else if (url.pathname === '/big.ttl') {
			response.end(`# ${'x'.repeat(4096)}\n${TURTLE}`);
		} else if (url.pathname === '/slow.ttl') {
			setTimeout(() => response.end(TURTLE), 2000).unref();
		} else {
			response.statusCode = 404;
			response.end('not found');
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
	server.closeAllConnections();
	await new Promise((resolve) => server.close(resolve));
	cleanUp();
});

describe('importing over http', () => {
	it('pages through a CKAN API with rows and start until it has every package', async () => {
		requests.length = 0;
		const out = emptyCatalogue();
		const report = await runImport(IMPORTERS.ckan, { source: base, out, read: { pageSize: 2 } });
		expect(report.read).toBe(5);
		expect(report.datasets.created).toBe(5);
		expect(requests).toEqual([0, 2, 4].map((start) => `/api/3/action/package_search?rows=2&start=${start}`));
		expect(report.problems).toEqual([]);
	});

	it('stops at --max-records and says so', async () => {
		const report = await runImport(IMPORTERS.ckan, {
			source: `${base}/api/3/action/package_search`,
			out: emptyCatalogue(),
			read: { pageSize: 2, maxRecords: 3 },
		});
		expect(report.read).toBe(3);
		expect(report.problems.map((p) => p.message)).toEqual(['has more than 3 records: the rest were not read (--max-records)']);
	});

	it('reads a DCAT file from an address', async () => {
		const report = await runImport(IMPORTERS.dcat, { source: `${base}/catalog.ttl`, out: emptyCatalogue() });
		expect(report.read).toBe(1);
		expect(report.datasets.created).toBe(1);
		expect(report.vocabularies.mapped.map((v) => v.code)).toEqual(expect.arrayContaining(['TRAN', 'CSV']));
	});

	it('reports an answer that is too large, too slow or missing, and goes on', async () => {
		const out = emptyCatalogue();
		const big = await runImport(IMPORTERS.dcat, { source: `${base}/big.ttl`, out, read: { maxBytes: 1024 } });
		expect(big.problems.map((p) => p.message)).toEqual(['the answer is larger than 1024 bytes']);
		const slow = await runImport(IMPORTERS.dcat, { source: `${base}/slow.ttl`, out, read: { timeoutMs: 200 } });
		expect(slow.problems.map((p) => p.message)).toEqual(['no answer within 0.2 s']);
		const missing = await runImport(IMPORTERS.datajson, { source: `${base}/data.json`, out });
		expect(missing.problems.map((p) => p.message)).toEqual(['the server answered 404 Not Found']);
		expect(missing.read).toBe(0);
	});
});
