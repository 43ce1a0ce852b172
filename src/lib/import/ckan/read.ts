/**
 * CKAN records from files (package_show and package_search answers, a list of packages, JSON
 * lines, the FreshCheck derived view) or from a CKAN site's API, page by page (package_search
 * with rows and start), within the read bounds.
 */
import { fetchText } from '../http.ts';
import { parseJsonOrLines } from '../json-records.ts';
import { listSourceFiles, readSourceText } from '../source-files.ts';
import type { ReadOptions, SourceProblem, SourceRecord } from '../types.ts';

/** The packages a parsed JSON value holds, whatever CKAN answer or dump it is. */
export function packagesIn(value: unknown): unknown[] {
	if (Array.isArray(value)) return value;
	if (!value || typeof value !== 'object') return [];
	const object = value as Record<string, any>;
	if ('result' in object) {
		const result = object.result;
		if (Array.isArray(result)) return result;
		if (result && Array.isArray(result.results)) return result.results;
		return result ? [result] : [];
	}
	if (Array.isArray(object.packages)) return object.packages;
	return [object];
}

/** Reads every package of `source`: a file, a folder of .json/.jsonl/.jl files, or an API address. */
export async function* readCkan(source: string, problems: SourceProblem[], options: ReadOptions): AsyncIterable<SourceRecord> {
	if (/^https?:\/\//i.test(source)) {
		yield* readCkanApi(source, problems, options);
		return;
	}
	for (const file of listSourceFiles(source, ['.json', '.jsonl', '.jl'], problems)) {
		const text = readSourceText(file, problems);
		if (text === undefined) continue;
		for (const { value, position } of parseJsonOrLines(text, file.name, problems)) {
			if (value && typeof value === 'object' && (value as { success?: unknown }).success === false) {
				problems.push({
					file: file.name,
					position,
					message: `is a CKAN error answer: ${JSON.stringify((value as { error?: unknown }).error ?? '').slice(0, 200)}`,
				});
				continue;
			}
			const packages = packagesIn(value);
			for (let i = 0; i < packages.length; i++) {
				yield {
					file: file.name,
					position: packages.length > 1 || position === 'file' ? `${position === 'file' ? 'record' : `${position}, record`} ${i + 1}` : position,
					raw: packages[i],
				};
			}
		}
	}
}

/**
 * Pages through `package_search` on a CKAN site: `source` is the site (`https://open.canada.ca/data`),
 * its API (`…/api/3/action/package_search?q=…`) or a `package_show?id=…` address.
 */
async function* readCkanApi(source: string, problems: SourceProblem[], options: ReadOptions): AsyncIterable<SourceRecord> {
	const url = new URL(source);
	if (/\/api\/3\/action\/package_show$/.test(url.pathname)) {
		const value = await fetchJson(url.href, problems, options);
		for (const [i, record] of packagesIn(value).entries()) yield { file: url.href, position: `record ${i + 1}`, raw: record };
		return;
	}
	if (!/\/api\/3\/action\/package_search$/.test(url.pathname)) url.pathname = `${url.pathname.replace(/\/$/, '')}/api/3/action/package_search`;
	let read = 0;
	for (let start = 0; read < options.maxRecords; start += options.pageSize) {
		url.searchParams.set('rows', String(options.pageSize));
		url.searchParams.set('start', String(start));
		const value = (await fetchJson(url.href, problems, options)) as { result?: { count?: number; results?: unknown[] } } | undefined;
		const results = value?.result?.results;
		if (!Array.isArray(results)) {
			if (value !== undefined) problems.push({ file: url.href, message: 'is not a CKAN package_search answer (no result.results)' });
			return;
		}
		for (const [i, record] of results.entries()) {
			if (read >= options.maxRecords) {
				problems.push({ file: source, message: `has more than ${options.maxRecords} records: the rest were not read (--max-records)` });
				return;
			}
			read++;
			yield { file: url.href, position: `record ${start + i + 1}`, raw: record };
		}
		const count = value?.result?.count;
		if (results.length === 0 || results.length < options.pageSize || (typeof count === 'number' && start + results.length >= count)) return;
	}
}

async function fetchJson(url: string, problems: SourceProblem[], options: ReadOptions): Promise<unknown> {
	try {
		const text = await fetchText(url, options);
		return JSON.parse(text);
	} catch (error) {
		problems.push({
			file: url,
			message: (error as Error).message.startsWith(url) ? (error as Error).message.slice(url.length + 2) : `is not valid JSON: ${(error as Error).message}`,
		});
		return undefined;
	}
}
