import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { formatText } from '../../src/lib/diagnostics/format.ts';
import { badInputCases, catalogueWith, cleanUp, minimalDataset } from './support.ts';

afterAll(cleanUp);

/** The date schedules are judged on, pinned so messages about overdue releases do not change with the calendar. */
const AS_OF = '2026-11-23';

/** Loads the minimal catalogue with a case laid over it and returns the report a steward would read. */
async function report(caseName?: string, extra?: Record<string, string | Uint8Array>) {
	const result = await loadCatalogue(catalogueWith(caseName, extra), { asOf: AS_OF });
	return { ...result, text: formatText(result.diagnostics), errors: result.diagnostics.filter((d) => d.severity === 'error') };
}

describe('the minimal catalogue', () => {
	it('loads without any problem', async () => {
		const { catalogue, diagnostics } = await report();
		expect(diagnostics).toEqual([]);
		expect(catalogue?.datasets.map((d) => d.identifier)).toEqual(['traffic-volumes']);
	});
});

describe('each bad input is reported, located and explained', () => {
	it.each(badInputCases())('%s', async (caseName) => {
		const { catalogue, text, errors, diagnostics } = await report(caseName);
		expect(diagnostics.length).toBeGreaterThan(0);
		for (const d of diagnostics) {
			expect(d.line).toBeGreaterThanOrEqual(1);
			expect(d.column).toBeGreaterThanOrEqual(1);
			expect(d.file).not.toMatch(/^\//);
		}
		// missing translations only warn; everything else must stop the build
		if (caseName === 'missing-translation') expect(catalogue).toBeDefined();
		else {
			expect(errors.length).toBeGreaterThan(0);
			expect(catalogue).toBeUndefined();
		}
		expect(text).toMatchSnapshot();
	});
});

describe('specific diagnostics', () => {
	it('points at the duplicate key and says how to fix it', async () => {
		const { errors } = await report('duplicate-keys');
		expect(errors).toEqual([expect.objectContaining({ code: 'yaml.duplicate-key', file: 'datasets/mto/twice.yaml', line: 5, column: 1 })]);
	});

	it('suggests the field and code the steward probably meant', async () => {
		const { errors } = await report('unknown-field');
		const hints = Object.fromEntries(errors.map((e) => [e.field, e.hint]));
		expect(hints).toMatchObject({
			titel: 'did you mean "title"?',
			update_frequency: 'did you mean "ANNUAL"?',
			'distributions[0].format': 'did you mean "CSV"?',
		});
		expect(errors.find((e) => e.field === 'titel')).toMatchObject({ line: 2, column: 1 });
		expect(errors.find((e) => e.field === 'distributions[0].colour')).toMatchObject({ line: 26, column: 5 });
	});

	it('tells an impossible date from a badly written one', async () => {
		const { errors } = await report('impossible-date');
		expect(errors.find((e) => e.field === 'issued')).toMatchObject({ message: 'is not a real date', got: '"2025-02-30"', line: 13, column: 9 });
		expect(errors.find((e) => e.field === 'modified')).toMatchObject({ message: 'is not a date' });
	});

	it('refuses every non-web link and raw HTML in Markdown', async () => {
		const { errors } = await report('hostile-urls');
		const fields = errors.map((e) => e.field);
		expect(fields).toEqual(
			expect.arrayContaining(['contact_point.url', 'distributions[0].download_url', 'distributions[0].access_url', 'description.en', 'description.fr']),
		);
		const got = errors.find((e) => e.field === 'description.en')?.got;
		expect(got).toContain('a link to "javascript:alert(1)"');
		expect(got).toContain('raw HTML "<img src=x onerror=alert(1)>"');
	});

	it('requires an exemption and rationale for restricted data and refuses downloads', async () => {
		const { errors } = await report('restricted-without-rationale');
		expect(errors.map((e) => [e.field, e.message])).toEqual([
			['exemption', 'is required'],
			['rationale', 'is required'],
			['distributions[0].download_url', 'is not allowed on a dataset that is not open'],
		]);
		expect(errors[0]!.hint).toMatch(/Open Data Charter/);
	});

	it('reports a dataset identifier used twice, naming the other file', async () => {
		const { errors } = await report('duplicate-identifiers');
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({ code: 'id.duplicate', file: 'datasets/mto/traffic-volumes.yaml' });
		expect(errors[0]!.hint).toContain('datasets/moh/traffic-volumes.yaml');
	});

	it('reports every dangling reference in one run', async () => {
		const { errors } = await report('dangling-references');
		expect(errors.map((e) => e.code).sort()).toEqual(['id.file-name', 'ref.licence', 'ref.licence', 'ref.publisher', 'ref.theme']);
		expect(errors.find((e) => e.code === 'ref.publisher')?.hint).toBe('did you mean "mto"?');
	});

	it('reports all problems of all files together', async () => {
		const { errors } = await report(undefined, {
			'datasets/mto/a.yaml': 'identifier: a\n',
			'datasets/mto/b.yaml': '- not a mapping\n',
			'publishers/x.yaml': 'id: [\n',
		});
		expect(new Set(errors.map((e) => e.file))).toEqual(new Set(['datasets/mto/a.yaml', 'datasets/mto/b.yaml', 'publishers/x.yaml']));
		expect(errors.filter((e) => e.file === 'datasets/mto/a.yaml').length).toBeGreaterThanOrEqual(8);
		expect(errors.find((e) => e.file === 'datasets/mto/b.yaml')).toMatchObject({
			field: '',
			message: 'has the wrong type',
			hint: expect.stringMatching(/^a metadata file is a list of "field: value" lines/),
		});
	});

	it('ignores a byte-order mark with a warning', async () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(minimalDataset())]);
		const { catalogue, diagnostics } = await report(undefined, { 'datasets/mto/traffic-volumes.yaml': bytes });
		expect(catalogue).toBeDefined();
		expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'file.bom' })]);
	});

	it('refuses a file that is not UTF-8 and points at the first bad byte', async () => {
		const latin1 = Uint8Array.from(minimalDataset().replace('Volumes de circulation', 'Volumes de circulation été'), (c) => c.charCodeAt(0));
		const { errors, text } = await report(undefined, { 'datasets/mto/traffic-volumes.yaml': latin1 });
		expect(errors).toEqual([expect.objectContaining({ code: 'file.encoding', line: 4, column: 30 })]);
		expect(text).toMatchSnapshot();
	});

	it('refuses a 5 MB file without parsing it', async () => {
		const big = `${minimalDataset()}# ${'x'.repeat(5 * 1024 * 1024)}\n`;
		const { errors, text } = await report(undefined, { 'datasets/mto/traffic-volumes.yaml': big });
		expect(errors).toEqual([expect.objectContaining({ code: 'file.too-large' })]);
		expect(text).toMatchSnapshot();
	});

	it('stops a billion-laughs alias bomb', async () => {
		const bomb = [
			'a: &a ["x","x","x","x","x","x","x","x","x"]',
			...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [*${'abcdefghi'[i]},*${'abcdefghi'[i]},*${'abcdefghi'[i]},*${'abcdefghi'[i]}]`),
		].join('\n');
		const { errors } = await report(undefined, { 'datasets/mto/traffic-volumes.yaml': bomb });
		expect(errors.length).toBeGreaterThan(0);
	});
});
