/**
 * The request log (`requests/<id>.yaml`) and the feedback settings of catalogue.yaml: what is
 * reported beyond the snapshot-pinned bad inputs, and what the model makes of valid requests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { latestAllowedDate } from '../../src/lib/validate/request-checks.ts';
import { catalogueWith, cleanUp, minimal } from './support.ts';

afterAll(cleanUp);

const AS_OF = '2026-06-15';

/** A valid request file with `lines` appended (YAML). */
function request(id: string, updates: string, extra = ''): string {
	return `id: ${id}\ntitle:\n  en: Snow clearing\n  fr: Déneigement\ntype: request\nreceived: 2026-01-10\npublisher: mto\n${extra}updates:\n${updates}`;
}

const catalogueYaml = readFileSync(join(minimal, 'catalogue.yaml'), 'utf8');

describe('requests', () => {
	it('load into the request log, most recently updated first, each with its current status and linked from its datasets', async () => {
		const { catalogue, diagnostics } = await loadCatalogue(
			catalogueWith(undefined, {
				'requests/older.yaml': request('older', '  - date: 2026-01-10\n    status: received\n'),
				'requests/newer.yaml': request(
					'newer',
					'  - date: 2026-01-10\n    status: received\n  - date: 2026-03-01\n    status: released\n',
					'datasets: [traffic-volumes]\n',
				),
			}),
			{ asOf: AS_OF },
		);
		expect(diagnostics).toEqual([]);
		expect(catalogue?.requests.map((r) => [r.id, r.current.status, r.sourcePath])).toEqual([
			['newer', 'released', 'requests/newer.yaml'],
			['older', 'received', 'requests/older.yaml'],
		]);
		expect(catalogue?.requestsByDataset.get('traffic-volumes')?.map((r) => r.id)).toEqual(['newer']);
		expect(catalogue?.requestById.get('older')?.title.fr).toBe('Déneigement');
	});

	it('warn about a date in the future, without failing the build', async () => {
		const ahead = request('ahead', '  - date: 2026-06-17\n    status: received\n  - date: 2027-06-15\n    status: under_review\n').replace(
			'received: 2026-01-10',
			'received: 2026-06-17',
		);
		const { catalogue, diagnostics } = await loadCatalogue(catalogueWith(undefined, { 'requests/ahead.yaml': ahead }), { asOf: AS_OF });
		expect(catalogue).toBeDefined();
		expect(diagnostics.map((d) => [d.severity, d.code, d.field, d.expected, d.got])).toEqual([
			['warning', 'date.future', 'received', '2026-06-16 or earlier', '2026-06-17'],
			['warning', 'date.future', 'updates[0].date', '2026-06-16 or earlier', '2026-06-17'],
			['warning', 'date.future', 'updates[1].date', '2026-06-16 or earlier', '2027-06-15'],
		]);
	});

	it('allow today and tomorrow (UTC) but not the day after', () => {
		expect(latestAllowedDate(new Date('2026-06-15T23:30:00Z'))).toBe('2026-06-16');
		expect(latestAllowedDate(new Date('2026-12-31T00:00:00Z'))).toBe('2027-01-01');
	});

	it('report every problem of the log together with the other files’ problems', async () => {
		const { catalogue, diagnostics } = await loadCatalogue(
			catalogueWith('request-dangling', { 'requests/order.yaml': request('order', '  - date: 2026-01-09\n    status: received\n') }),
			{ asOf: AS_OF },
		);
		expect(catalogue).toBeUndefined();
		expect(diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual([
			'requests/dangling.yaml id.file-name',
			'requests/dangling.yaml ref.publisher',
			'requests/dangling.yaml ref.dataset',
			'requests/dangling.yaml ref.dataset',
			'requests/order.yaml date.order',
			'requests/released.yaml request.released-without-dataset',
		]);
	});

	it('do not blame a request for a dataset whose own file is broken', async () => {
		const { diagnostics } = await loadCatalogue(
			catalogueWith(undefined, {
				'datasets/mto/broken.yaml': 'identifier: broken\n',
				'requests/about-broken.yaml': request('about-broken', '  - date: 2026-01-10\n    status: received\n', 'datasets: [broken]\n'),
			}),
			{ asOf: AS_OF },
		);
		expect(diagnostics.filter((d) => d.file.startsWith('requests/'))).toEqual([]);
		expect(diagnostics.some((d) => d.file === 'datasets/mto/broken.yaml')).toBe(true);
	});
});

describe('feedback settings', () => {
	const withFeedback = (yaml: string) => catalogueWith(undefined, { 'catalogue.yaml': `${catalogueYaml}feedback:\n${yaml}` });

	it('accept each channel with what it needs', async () => {
		for (const yaml of [
			'  channel: endpoint\n  endpoint: https://intake.example.org/feedback\n',
			'  channel: github\n  repository: belle-riviere/open-data\n',
			'  channel: email\n',
			'  channel: email\n  email: feedback@example.org\n',
		]) {
			const { catalogue, diagnostics } = await loadCatalogue(withFeedback(yaml));
			expect(diagnostics, yaml).toEqual([]);
			expect(catalogue?.config.feedback?.channel, yaml).toBe(/channel: (\w+)/.exec(yaml)![1]);
		}
	});

	it('warn when an endpoint would receive messages unencrypted, except on the operator’s own machine', async () => {
		const { catalogue, diagnostics } = await loadCatalogue(withFeedback('  channel: endpoint\n  endpoint: http://intake.example.org/feedback\n'));
		// The endpoint is the third line of the feedback block, which follows the minimal catalogue.
		const endpointLine = catalogueYaml.split('\n').length + 2;
		expect(catalogue).toBeDefined();
		expect(diagnostics).toEqual([
			expect.objectContaining({
				severity: 'warning',
				code: 'feedback.insecure-endpoint',
				file: 'catalogue.yaml',
				field: 'feedback.endpoint',
				line: endpointLine,
				column: 13,
			}),
		]);
		for (const host of ['127.0.0.1:8080', 'localhost']) {
			const local = await loadCatalogue(withFeedback(`  channel: endpoint\n  endpoint: http://${host}/feedback\n`));
			expect(local.diagnostics, host).toEqual([]);
		}
	});

	it('require the repository for the github channel', async () => {
		const { diagnostics } = await loadCatalogue(withFeedback('  channel: github\n'));
		expect(diagnostics).toEqual([
			expect.objectContaining({ field: 'feedback.repository', message: 'is required', hint: expect.stringMatching(/^the github channel opens issues/) }),
		]);
	});
});
