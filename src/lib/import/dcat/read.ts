/**
 * DCAT-AP catalogues (Turtle, RDF/XML, JSON-LD) from a file, a folder or an address. All files go
 * into one graph, so a dataset and its distributions may sit in different files; every
 * `dcat:Dataset` in it is one record.
 */
import type { BlankNode, NamedNode } from '@rdfjs/types';
import { Store } from 'n3';
import { pathToFileURL } from 'node:url';
import { fetchText } from '../http.ts';
import { listSourceFiles, readSourceText } from '../source-files.ts';
import type { ReadOptions, SourceProblem, SourceRecord } from '../types.ts';
import { parseInto, syntaxOf } from './parse.ts';
import { DCAT, RDF_TYPE } from './terms.ts';

/** A DCAT record: the graph and the dataset node in it. */
export interface DcatRaw {
	store: Store;
	node: NamedNode | BlankNode;
}

/** Reads `source` into a graph and yields its datasets. */
export async function* readDcat(source: string, problems: SourceProblem[], options: ReadOptions): AsyncIterable<SourceRecord> {
	const store = new Store();
	const files: Array<{ name: string; text: string | undefined; base: string }> = [];
	if (/^https?:\/\//i.test(source)) {
		try {
			files.push({ name: source, text: await fetchText(source, options), base: source });
		} catch (error) {
			problems.push({ file: source, message: (error as Error).message.replace(`${source}: `, '') });
		}
	} else {
		for (const file of listSourceFiles(source, ['.ttl', '.nt', '.n3', '.rdf', '.xml', '.jsonld', '.json'], problems)) {
			files.push({ name: file.name, text: readSourceText(file, problems), base: pathToFileURL(file.path).href });
		}
	}
	const fileOf = new Map<string, string>();
	for (const { name, text, base } of files) {
		if (text === undefined) continue;
		const before = store.size;
		try {
			await parseInto(store, text, syntaxOf(name, text), base);
		} catch (error) {
			problems.push({
				file: name,
				message: `is not valid ${syntaxOf(name, text) === 'rdfxml' ? 'RDF/XML' : syntaxOf(name, text) === 'jsonld' ? 'JSON-LD' : 'Turtle'}: ${(error as Error).message.split('\n')[0]}`,
			});
			continue;
		}
		if (store.size === before) problems.push({ file: name, message: 'holds no triples' });
		for (const quad of store.getQuads(null, RDF_TYPE, DCAT('Dataset'), null)) if (!fileOf.has(quad.subject.value)) fileOf.set(quad.subject.value, name);
	}
	let index = 0;
	for (const subject of store.getSubjects(RDF_TYPE, DCAT('Dataset'), null)) {
		index++;
		if (subject.termType !== 'NamedNode' && subject.termType !== 'BlankNode') continue;
		yield {
			file: fileOf.get(subject.value) ?? source,
			position: subject.termType === 'NamedNode' ? `<${subject.value}>` : `dataset ${index} (a blank node)`,
			raw: { store, node: subject } satisfies DcatRaw,
		};
	}
}
