import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/lib/diagnostics/diagnostic.ts';
import { classifyDatasetChanges, countByFile, datasetPath, formatPrSummary, parseNameStatus } from '../../src/lib/report/pr-summary.ts';

const diagnostic = (file: string, severity: Diagnostic['severity'], message = 'is required'): Diagnostic => ({ severity, code: 'x', file, line: 3, column: 5, field: 'title.fr', message });

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
				['M\tdatasets/mto/z.yaml', 'A\tdatasets/mto/new.yaml', 'D\tdatasets/moh/gone.yaml', 'M\tpublishers/mto.yaml', 'R100\tdatasets/mto/a.yaml\tdatasets/edu/a.yaml', 'R100\tdrafts/x.yaml\tdatasets/fin/x.yaml', 'R100\tdatasets/fin/y.yaml\tarchive/y.yaml'].join('\n'),
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
		expect(countByFile([diagnostic('b.yaml', 'error'), diagnostic('a.yaml', 'warning'), diagnostic('b.yaml', 'warning'), diagnostic('b.yaml', 'error')])).toEqual([
			{ file: 'a.yaml', errors: 0, warnings: 1 },
			{ file: 'b.yaml', errors: 2, warnings: 1 },
		]);
	});
});

describe('formatPrSummary', () => {
	it('lists the datasets with their problems and every file with problems', () => {
		const changes = classifyDatasetChanges(parseNameStatus('A\tdatasets/mto/new.yaml\nM\tdatasets/mto/old.yaml\nD\tdatasets/moh/gone.yaml'));
		const diagnostics = [diagnostic('datasets/mto/new.yaml', 'error'), diagnostic('datasets/mto/new.yaml', 'warning', 'has <b>|pipes|</b>'), diagnostic('catalogue.yaml', 'warning')];
		const summary = formatPrSummary(changes, { files: 5, errors: 1, warnings: 2, diagnostics });
		expect(summary).toContain('❌ Validation failed: 1 error and 2 warnings in 5 files checked.');
		expect(summary).toContain('| Added | `new` | `mto` | `datasets/mto/new.yaml` | 1 error, 1 warning |');
		expect(summary).toContain('| Changed | `old` | `mto` | `datasets/mto/old.yaml` | none |');
		expect(summary).toContain('| Removed | `gone` | `moh` | `datasets/moh/gone.yaml` |  |');
		expect(summary).toContain('<code>catalogue.yaml</code>: 0 errors, 1 warning');
		expect(summary).toContain('has &lt;b&gt;|pipes|&lt;/b&gt;');
		expect(summary).not.toContain('<b>');
	});

	it('says so when no dataset changed and validation passed', () => {
		const summary = formatPrSummary({ added: [], changed: [], removed: [] }, { files: 3, errors: 0, warnings: 0, diagnostics: [] });
		expect(summary).toContain('✅ Validation passed');
		expect(summary).toContain('adds, changes or removes no dataset');
		expect(summary).not.toContain('Problems by file');
	});
});
