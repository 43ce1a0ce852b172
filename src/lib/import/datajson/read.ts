/**
 * data.json files (Project Open Data v1.1) from a file, a folder or an address. Each file is checked
 * against the schema; what a dataset breaks is reported naming the file and the dataset, and the
 * import still maps what it can of it.
 */
import { getValidator } from '../../export/data-json/validate.ts';
import { fetchText } from '../http.ts';
import { listSourceFiles, readSourceText } from '../source-files.ts';
import type { ReadOptions, SourceProblem, SourceRecord } from '../types.ts';
import { append } from '../../append.ts';

/** Every dataset of every data.json in `source`. */
export async function* readDataJson(source: string, problems: SourceProblem[], options: ReadOptions): AsyncIterable<SourceRecord> {
	const documents: Array<{ name: string; text: string | undefined }> = [];
	if (/^https?:\/\//i.test(source)) {
		try {
			documents.push({ name: source, text: await fetchText(source, options) });
		} catch (error) {
			problems.push({ file: source, message: (error as Error).message.replace(`${source}: `, '') });
		}
	} else {
		for (const file of listSourceFiles(source, ['.json'], problems)) documents.push({ name: file.name, text: readSourceText(file, problems) });
	}
	for (const { name, text } of documents) {
		if (text === undefined) continue;
		let document: unknown;
		try {
			document = JSON.parse(text);
		} catch (error) {
			problems.push({ file: name, message: `is not valid JSON: ${(error as Error).message} (a truncated or damaged file?)` });
			continue;
		}
		const datasets = (document as { dataset?: unknown } | null)?.dataset;
		if (!Array.isArray(datasets)) {
			problems.push({ file: name, message: 'is not a data.json catalog: it has no "dataset" list' });
			continue;
		}
		append(problems, schemaProblems(name, document, datasets));
		for (let i = 0; i < datasets.length; i++) yield { file: name, position: `dataset ${i + 1}${identifierOf(datasets[i])}`, raw: datasets[i] };
	}
}

function identifierOf(dataset: unknown): string {
	const id = (dataset as { identifier?: unknown } | null)?.identifier;
	return typeof id === 'string' ? ` (${id.slice(0, 80)})` : '';
}

/** What the document breaks in the Project Open Data v1.1 schema, one line per dataset and field. */
function schemaProblems(file: string, document: unknown, datasets: unknown[]): SourceProblem[] {
	const validate = getValidator();
	if (validate(document)) return [];
	const seen = new Set<string>();
	const out: SourceProblem[] = [];
	for (const error of validate.errors ?? []) {
		if (error.keyword === 'anyOf' || (error.keyword === 'type' && error.params['type'] === 'null')) continue;
		const parts = error.instancePath.split('/').slice(1);
		const inDataset = parts[0] === 'dataset' && parts.length > 1;
		const field = (inDataset ? parts.slice(2) : parts).join('.') || 'document';
		const position = inDataset ? `dataset ${Number(parts[1]) + 1}${identifierOf(datasets[Number(parts[1])])}` : undefined;
		const key = `${position}|${field}|${error.message}`;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push({
			file,
			position,
			message: `breaks the Project Open Data v1.1 schema: ${field} ${error.message ?? error.keyword}${error.keyword === 'required' ? ` (${String(error.params['missingProperty'])})` : ''}`,
		});
	}
	return out;
}
