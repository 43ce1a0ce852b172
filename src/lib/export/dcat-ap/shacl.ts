/**
 * Validates the export's RDF with SHACL and reports each result against the YAML file it comes
 * from: `datasets/mto/traffic-volumes.yaml: distribution 2 has no access URL (DCAT-AP:
 * dcat:accessURL 1..n)`.
 */
import type { DatasetCore, Quad, Term } from '@rdfjs/types';
import { Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { compactIri } from './context.ts';
import { isRecursive } from './shape-recursion.ts';
import type { NodeSource } from './source-map.ts';

/** One SHACL result, located. */
export interface ShaclFinding {
	severity: 'error' | 'warning';
	/** The file the node comes from, or `undefined` for a node the catalogue does not describe (a vocabulary IRI). */
	sourcePath: string | undefined;
	/** The focus node's IRI. */
	focusNode: string;
	/** The property, as a compact IRI (`dcat:accessURL`). */
	path: string | undefined;
	/** The whole sentence, file first. */
	message: string;
}

/** Words for the properties the shapes check, for messages. */
const PROPERTY_NAMES: Record<string, string> = {
	'dcat:accessURL': 'access URL',
	'dcat:downloadURL': 'download URL',
	'dct:title': 'title',
	'dct:description': 'description',
	'dct:publisher': 'publisher',
	'dcat:contactPoint': 'contact point',
	'dcat:keyword': 'keyword',
	'dcat:theme': 'theme',
	'dct:format': 'format',
	'dct:license': 'licence',
	'dcat:mediaType': 'media type',
	'dcat:byteSize': 'byte size',
	'foaf:name': 'name',
	'vcard:hasEmail': 'e-mail address',
	'dcat:startDate': 'start date',
	'dcat:endDate': 'end date',
	'dct:issued': 'issue date',
	'dct:modified': 'modification date',
	'foaf:homepage': 'homepage',
	'dct:language': 'language',
	'dcat:themeTaxonomy': 'theme taxonomy',
	'dct:accrualPeriodicity': 'update frequency',
	'dct:accessRights': 'access rights',
	'dct:temporal': 'temporal coverage',
	'dct:spatial': 'spatial coverage',
	'dcat:distribution': 'distribution',
	'skos:inScheme': 'concept scheme',
};

const SH = 'http://www.w3.org/ns/shacl#';

/**
 * One SHACL result as the engine reported it, before it is located: plain strings and numbers, so
 * it can be kept in the cache (part-cache.ts, kept-dataset-results.ts) and located again against the catalogue in force.
 */
export interface ShaclResult {
	severity: 'error' | 'warning';
	/** The focus node's IRI (or blank node label). */
	focusNode: string;
	/** The property's IRI. */
	path?: string;
	/** The constraint component's IRI. */
	component: string;
	/** `sh:minCount` and `sh:maxCount` of the shape that failed. */
	min?: number;
	max?: number;
	/** The result's messages. */
	messages: string[];
	/** The offending value. */
	value?: string;
}

/** Validates `graph` against `shapes`; every result is located with `sources`. */
export async function validateWithShacl(graph: DatasetCore, shapes: Store, sources: ReadonlyMap<string, NodeSource>): Promise<ShaclFinding[]> {
	return locateResults(await shaclResults(graph, shapes), sources);
}

/** Validates `graph` against `shapes`: the results, not yet located. */
export async function shaclResults(graph: DatasetCore, shapes: Store): Promise<ShaclResult[]> {
	// The guard against recursive shapes is only needed, and only paid for, when they are recursive.
	// `maxNodeChecks` is read by rdf-validate-shacl's engine (src/validation-engine.js) but missing from its type declarations.
	const options = isRecursive(shapes) ? {} : ({ maxNodeChecks: 0 } as ConstructorParameters<typeof SHACLValidator>[1]);
	const validator = new SHACLValidator(shapes, options);
	const report = await validator.validate(graph);
	return report.results.map((result) => {
		const { min, max } = shapeBounds(shapes, result.sourceShape);
		return {
			severity: result.severity.value === `${SH}Violation` ? 'error' : 'warning',
			focusNode: result.focusNode.value,
			...(result.path ? { path: result.path.value } : {}),
			component: result.sourceConstraintComponent.value,
			...(min === undefined ? {} : { min }),
			...(max === undefined ? {} : { max }),
			messages: result.message.map((message) => message.value),
			...(result.value ? { value: result.value.value } : {}),
		};
	});
}

/** Each result as a finding on the file its focus node comes from (`sources`). */
export function locateResults(results: readonly ShaclResult[], sources: ReadonlyMap<string, NodeSource>): ShaclFinding[] {
	return results.map((result) => {
		const { focusNode, severity } = result;
		const path = result.path === undefined ? undefined : compactIri(result.path);
		const source = sources.get(focusNode);
		const subject = source?.description ?? `<${focusNode}>`;
		const sentence = describe(subject, path, result);
		return { severity, sourcePath: source?.sourcePath, focusNode, path, message: source ? `${source.sourcePath}: ${sentence}` : sentence };
	});
}

/** The findings that fail the build. */
export function shaclViolations(findings: readonly ShaclFinding[]): ShaclFinding[] {
	return findings.filter((finding) => finding.severity === 'error');
}

interface Bounds {
	min?: number;
	max?: number;
}

function shapeBounds(shapes: Store, shape: Term): Bounds {
	const read = (name: string) => {
		for (const quad of shapes.match(shape as Quad['subject'], { termType: 'NamedNode', value: SH + name } as Quad['predicate']))
			return Number(quad.object.value);
		return undefined;
	};
	return { min: read('minCount'), max: read('maxCount') };
}

function describe(subject: string, path: string | undefined, { component, min, max, messages, value }: ShaclResult): string {
	const name = path ? (PROPERTY_NAMES[path] ?? path) : 'value';
	const cardinality = `${min ?? 0}..${max ?? 'n'}`;
	const rule = path ? `(DCAT-AP: ${path} ${cardinality})` : '';
	switch (component.slice(SH.length)) {
		case 'MinCountConstraintComponent':
			return `${subject} has no ${name} ${rule}`;
		case 'MaxCountConstraintComponent':
			return `${subject} has more than ${max} ${name} ${rule}`;
		default: {
			const detail = messages.join('; ') || component.slice(SH.length);
			return `${subject}: ${name}${value === undefined ? '' : ` "${value}"`}: ${detail}${path ? ` (DCAT-AP: ${path})` : ''}`;
		}
	}
}
