/**
 * The checks of the files a distribution points to: its data dictionary (a `.schema.yaml` or
 * `.schema.json` file beside the dataset, or written inline) and its data file when the download
 * address is on the site (`public/data/…`). Dictionary files must exist and be valid, and every one
 * must be used; site data files must be in the repository. Resolves, for each distribution, the
 * dictionary and the site file the model and the data checks need.
 */
import { distributionKey } from '../data-files/check-data-files.ts';
import { siteDataFile } from '../data-files/site-file.ts';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnosticAt, type Finding } from '../diagnostics/located.ts';
import { checkDictionary } from '../dictionary/check-dictionary.ts';
import type { DataPath } from '../load/locate.ts';
import { repoFileRefusal } from '../load/repo-files.ts';
import type { CatalogueRecord, DatasetRecord, TableSchemaRecord } from '../records.ts';
import type { CheckedFile } from './cross-checks.ts';
import { didYouMean } from './did-you-mean.ts';
import { append } from '../append.ts';

/** A distribution's dictionary (with the file it is written in) and its file on the site. */
export interface DistributionFiles {
	dictionary?: { schema: TableSchemaRecord; sourcePath: string };
	/** `public/data/…`, relative to the catalogue root. */
	siteFile?: string;
}

/** What the checks look at. */
export interface DistributionFilesInput {
	root: string;
	catalogue: CatalogueRecord | undefined;
	datasets: readonly CheckedFile<DatasetRecord>[];
	/** The dictionary files that passed their schema. */
	dictionaries: readonly CheckedFile<TableSchemaRecord>[];
	/** Every dictionary file found, valid or not, so that a broken one is not also reported missing. */
	dictionaryPaths: readonly string[];
	/** The dictionary files named by any dataset file, valid or not, so that a file named by a broken dataset is not called unused. */
	namedDictionaryPaths: ReadonlySet<string>;
}

/** Checks the files of every distribution; returns what each distribution resolved to, by {@link distributionKey}. */
export function checkDistributionFiles(input: DistributionFilesInput): { files: Map<string, DistributionFiles>; diagnostics: Diagnostic[] } {
	const diagnostics: Diagnostic[] = [];
	const files = new Map<string, DistributionFiles>();
	const usable = new Map<string, TableSchemaRecord>();
	for (const file of input.dictionaries) {
		const problems = checkDictionary(file.parsed, [], file.record);
		append(diagnostics, problems);
		if (!hasErrors(problems)) usable.set(file.parsed.file, file.record);
	}
	const used = new Set<string>();
	const site = input.catalogue ? { url: input.catalogue.site.url, base: input.catalogue.site.base ?? '/' } : undefined;

	for (const file of input.datasets) {
		const error = (path: DataPath, finding: Finding) => diagnostics.push(diagnosticAt(file.parsed, 'error', path, finding));
		file.record.distributions?.forEach((distribution, i) => {
			const resolved: DistributionFiles = {};
			const { schema } = distribution;
			if (typeof schema === 'string') {
				const path = `datasets/${file.folder}/${schema}`;
				used.add(path);
				if (!input.dictionaryPaths.includes(path)) {
					const siblings = input.dictionaryPaths.filter((p) => p.startsWith(`datasets/${file.folder}/`)).map((p) => p.slice(p.lastIndexOf('/') + 1));
					const guess = didYouMean(schema, siblings);
					error(['distributions', i, 'schema'], {
						code: 'dictionary.file-missing',
						message: 'names a data dictionary file that does not exist',
						expected: `a file ${path}`,
						got: JSON.stringify(schema),
						hint: guess ? `did you mean "${guess}"?` : `create ${path} beside the dataset, or write the dictionary here`,
					});
				} else if (usable.has(path)) {
					resolved.dictionary = { schema: usable.get(path)!, sourcePath: path };
				}
			} else if (schema) {
				const problems = checkDictionary(file.parsed, ['distributions', i, 'schema'], schema);
				append(diagnostics, problems);
				if (!hasErrors(problems)) resolved.dictionary = { schema, sourcePath: file.parsed.file };
			}
			const siteFile = site ? siteDataFile(distribution.download_url, site) : undefined;
			if (siteFile) {
				const refusal = repoFileRefusal(input.root, siteFile);
				// A link is reported where it is, by findLinks; it is never read.
				if (!refusal) resolved.siteFile = siteFile;
				else if (refusal.code === 'file.missing')
					error(['distributions', i, 'download_url'], {
						code: 'data.missing-file',
						message: 'points to a data file of the site that is not in the repository',
						expected: `a file at ${siteFile}`,
						hint: `commit the file at ${siteFile}, or correct the address`,
					});
				else if (refusal.code !== 'file.symlink')
					error(['distributions', i, 'download_url'], {
						code: refusal.code,
						message: `points to a data file that ${refusal.message}`,
						expected: `a regular file at ${siteFile}`,
						hint: refusal.hint,
					});
			}
			files.set(distributionKey(file.parsed.file, i), resolved);
		});
	}

	for (const path of input.dictionaryPaths) {
		if (used.has(path) || input.namedDictionaryPaths.has(path)) continue;
		diagnostics.push({
			severity: 'warning',
			code: 'dictionary.unused',
			file: path,
			line: 1,
			column: 1,
			field: '',
			message: 'is not the data dictionary of any distribution',
			hint: `name it in a distribution of a dataset in the same folder (schema: ${path.slice(path.lastIndexOf('/') + 1)}), or delete it`,
		});
	}
	return { files, diagnostics };
}
