import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/lib/diagnostics/diagnostic.ts';
import { classifyDatasetChanges, countByFile, datasetPath, formatPrSummary, parseNameStatus } from '../../src/lib/report/pr-summary.ts';

const diagnostic = (file: string, severity: Diagnostic['severity'], message = 'is required'): Diagnostic => ({
	severity,
	code: 'schema.required',
	file,
	line: 3,
	column: 5,
	field: 'title.fr',
	message,
});

describe('parseNameStatus', () => {
	it('reads added, modified, deleted and renamed files', () => {
		const changes = parseNameStatus('A\tdatasets/mto/new.yaml\nM\tREADME.md\nD\tdatasets/moh/old.yaml\nR097\tdatasets/mto/a.yaml\tdatasets/mto/b.yaml\n\n');
		expect(changes).toEqual([
			{ status: 'added', path: 'datasets/mto/new.yaml' },
			{ status: 'modified', path: 'README.md' },
			{ status: 'deleted', path: 'datasets/moh/old.yaml' },
			{ status: 'renamed', path: 'datasets/mto/b.yaml', from: 'datasets/mto/a.yaml' },
		]);
	});
});

describe('datasetPath', () => {
	it('recognises only datasets/<publisher>/<id>.yaml', () => {
		expect(datasetPath('datasets/mto/traffic.yaml')).toEqual({ publisher: 'mto', id: 'traffic' });
		expect(datasetPath('datasets/mto/notes.md')).toBeUndefined();
		expect(datasetPath('datasets/mto/deep/x.yaml')).toBeUndefined();
		expect(datasetPath('publishers/mto.yaml')).toBeUndefined();
		expect(datasetPath('datasets/mto/counts.schema.yaml')).toBeUndefined();
	});
});

describe('classifyDatasetChanges', () => {
	it('sorts dataset files into added, changed and removed, and ignores other files', () => {
		const result = classifyDatasetChanges(
			parseNameStatus(
				[
					'M\tdatasets/mto/z.yaml',
					'A\tdatasets/mto/new.yaml',
					'D\tdatasets/moh/gone.yaml',
					'M\tpublishers/mto.yaml',
					'R100\tdatasets/mto/a.yaml\tdatasets/edu/a.yaml',
					'R100\tdrafts/x.yaml\tdatasets/fin/x.yaml',
					'R100\tdatasets/fin/y.yaml\tarchive/y.yaml',
				].join('\n'),
			),
		);
		expect(result.added.map((d) => d.path)).toEqual(['datasets/fin/x.yaml', 'datasets/mto/new.yaml']);
		expect(result.changed).toEqual([
			{ publisher: 'edu', id: 'a', path: 'datasets/edu/a.yaml', from: 'datasets/mto/a.yaml' },
			{ publisher: 'mto', id: 'z', path: 'datasets/mto/z.yaml' },
		]);
		expect(result.removed.map((d) => d.path)).toEqual(['datasets/fin/y.yaml', 'datasets/moh/gone.yaml']);
	});
});

describe('countByFile', () => {
	it('counts errors and warnings per file, in path order', () => {
		expect(
			countByFile([diagnostic('b.yaml', 'error'), diagnostic('a.yaml', 'warning'), diagnostic('b.yaml', 'warning'), diagnostic('b.yaml', 'error')]),
		).toEqual([
			{ file: 'a.yaml', errors: 0, warnings: 1 },
			{ file: 'b.yaml', errors: 2, warnings: 1 },
		]);
	});
});

describe('formatPrSummary', () => {
	it('lists the datasets with their problems and every file with problems', () => {
		const changes = classifyDatasetChanges(parseNameStatus('A\tdatasets/mto/new.yaml\nM\tdatasets/mto/old.yaml\nD\tdatasets/moh/gone.yaml'));
		const diagnostics = [
			diagnostic('datasets/mto/new.yaml', 'error'),
			diagnostic('datasets/mto/new.yaml', 'warning', 'has <b>|pipes|</b>'),
			diagnostic('catalogue.yaml', 'warning'),
		];
		const summary = formatPrSummary(changes, { files: 5, errors: 1, warnings: 2, diagnostics });
		expect(summary).toContain('❌ Validation failed: 1 error and 2 warnings in 5 files checked.');
		expect(summary).toContain('| Added | <code>new</code> | <code>mto</code> | <code>datasets/mto/new&#46;yaml</code> | 1 error, 1 warning |');
		expect(summary).toContain('| Changed | <code>old</code> | <code>mto</code> | <code>datasets/mto/old&#46;yaml</code> | none |');
		expect(summary).toContain('| Removed | <code>gone</code> | <code>moh</code> | <code>datasets/moh/gone&#46;yaml</code> |  |');
		expect(summary).toContain('<code>catalogue&#46;yaml</code>: 0 errors, 1 warning');
		expect(summary).toContain('- warning at line 3, column 5 (<code>title&#46;fr</code>): has &#60;b&#62;&#124;pipes&#124;&#60;/b&#62;');
		expect(summary).not.toContain('<b>');
	});

	it('writes what the pull request controls as text only: no link, image, HTML, autolink or cell break comes out of it', () => {
		const hostileId = 'x`](javascript:alert(1))<img src=x onerror=alert(1)>|';
		const changes = classifyDatasetChanges(parseNameStatus(`A\tdatasets/mto/${hostileId}.yaml\nR100\tdatasets/mto/[a](b).yaml\tdatasets/mto/c.yaml`));
		expect(changes.added).toHaveLength(1);
		const diagnostics: Diagnostic[] = [
			{
				...diagnostic(
					`datasets/mto/${hostileId}.yaml`,
					'error',
					'has an unknown tag !<![t](https://tracker.example/p.png)> **bold** www.evil.example me@evil.example',
				),
				field: '[click](javascript:alert(1))`\n# Heading',
			},
			{ ...diagnostic('catalogue.yaml', 'warning', 'got "\u202Eevil\u0000" </details><script>x</script>'), hint: '_see_ <https://evil.example>' },
		];
		const summary = formatPrSummary(changes, { files: 2, errors: 1, warnings: 1, diagnostics });
		for (const syntax of ['](', '![', '<img', '<script', '</details><', '**', '_see_', '<https', 'https://', 'www.evil', '@evil', '\u202E', '\u0000', '`']) {
			expect(summary, syntax).not.toContain(syntax);
		}
		// Each table row keeps its six cell borders; each problem stays on its own line.
		for (const row of summary.split('\n').filter((line) => line.startsWith('| Added') || line.startsWith('| Changed'))) expect(row.split('|')).toHaveLength(7);
		expect(summary.split('\n').filter((line) => line.startsWith('#'))).toEqual(['## Catalogue check', '### Datasets', '### Problems by file']);
		expect(summary).toContain('&#91;click&#93;&#40;javascript&#58;alert&#40;1&#41;&#41;&#96; &#35; Heading');
		expect(summary).toContain('got &#34;\uFFFDevil\uFFFD&#34;');
	});

	it('says so when no dataset changed and validation passed', () => {
		const summary = formatPrSummary({ added: [], changed: [], removed: [] }, { files: 3, errors: 0, warnings: 0, diagnostics: [] });
		expect(summary).toContain('✅ Validation passed');
		expect(summary).toContain('adds, changes or removes no dataset');
		expect(summary).not.toContain('Problems by file');
	});
});
