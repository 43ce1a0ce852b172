/**
 * Validates the export's RDF with SHACL and reports each result against the YAML file it comes
 * from: `datasets/mto/traffic-volumes.yaml: distribution 2 has no access URL (DCAT-AP:
 * dcat:accessURL 1..n)`.
 */
import type { Quad, Term } from '@rdfjs/types';
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

/** Validates `graph` against `shapes`; every result is located with `sources`. */
export async function validateWithShacl(graph: Store, shapes: Store, sources: ReadonlyMap<string, NodeSource>): Promise<ShaclFinding[]> {
	// The guard against recursive shapes is only needed, and only paid for, when they are recursive.
	// `maxNodeChecks` is read by rdf-validate-shacl's engine (src/validation-engine.js) but missing from its type declarations.
	const options = isRecursive(shapes) ? {} : ({ maxNodeChecks: 0 } as ConstructorParameters<typeof SHACLValidator>[1]);
	const validator = new SHACLValidator(shapes, options);
	const report = await validator.validate(graph);
	return report.results.map((result) => {
		const focusNode = result.focusNode.value;
		const path = result.path ? compactIri(result.path.value) : undefined;
		const severity = result.severity.value === `${SH}Violation` ? 'error' : 'warning';
		const source = sources.get(focusNode);
		const subject = source?.description ?? `<${focusNode}>`;
		const sentence = describe(subject, path, result.sourceConstraintComponent.value, shapeBounds(shapes, result.sourceShape), result.message, result.value);
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

function describe(subject: string, path: string | undefined, component: string, bounds: Bounds, messages: Term[], value: Term | undefined): string {
	const name = path ? (PROPERTY_NAMES[path] ?? path) : 'value';
	const cardinality = `${bounds.min ?? 0}..${bounds.max ?? 'n'}`;
	const rule = path ? `(DCAT-AP: ${path} ${cardinality})` : '';
	switch (component.slice(SH.length)) {
		case 'MinCountConstraintComponent':
			return `${subject} has no ${name} ${rule}`;
		case 'MaxCountConstraintComponent':
			return `${subject} has more than ${bounds.max} ${name} ${rule}`;
		default: {
			const detail = messages.map((m) => m.value).join('; ') || component.slice(SH.length);
			return `${subject}: ${name}${value ? ` "${value.value}"` : ''}: ${detail}${path ? ` (DCAT-AP: ${path})` : ''}`;
		}
	}
}
