/**
 * Where each node of the export comes from: node IRI → the YAML file and a phrase naming the node
 * in it ("distribution 2", "the contact point"), so a SHACL result can be reported against the
 * file a ministry edits rather than against an IRI.
 */
import type { Catalogue } from '../../model/catalogue.ts';
import { catalogueIris, type DcatApOptions } from './catalogue.ts';

/** The file a node comes from and how to name the node in a message. */
export interface NodeSource {
	/** Relative to the catalogue root, e.g. `datasets/mto/traffic-volumes.yaml`. */
	sourcePath: string;
	/** E.g. `distribution 2`, `the dataset`, `licence ogl`. */
	description: string;
}

const CATALOGUE_FILE = 'catalogue.yaml';

/** The source of every node the catalogue's export describes, by node IRI. */
export function sourceMapOf(catalogue: Catalogue, options: DcatApOptions): Map<string, NodeSource> {
	const iris = catalogueIris(catalogue, options);
	const map = new Map<string, NodeSource>([
		[iris.catalogue, { sourcePath: CATALOGUE_FILE, description: 'the catalogue' }],
		[iris.cataloguePublisher, { sourcePath: CATALOGUE_FILE, description: 'the catalogue publisher' }],
	]);
	for (const licence of catalogue.config.licences) map.set(licence.url, { sourcePath: CATALOGUE_FILE, description: `licence ${licence.id}` });
	for (const publisher of catalogue.publishers) map.set(iris.publisher(publisher.id), { sourcePath: publisher.sourcePath, description: 'the publisher' });
	for (const dataset of catalogue.datasets) {
		const id = dataset.identifier;
		const at = (description: string): NodeSource => ({ sourcePath: dataset.sourcePath, description });
		map.set(iris.dataset(id), at('the dataset'));
		map.set(iris.contactPoint(id), at('the contact point'));
		map.set(iris.temporal(id), at('the temporal coverage'));
		map.set(iris.spatial(id), at('the spatial coverage'));
		map.set(iris.rights(id), at(dataset.access_level === 'restricted' ? 'the rationale' : 'the review note'));
		(dataset.distributions ?? []).forEach((_, index) => map.set(iris.distribution(id, index + 1), at(`distribution ${index + 1}`)));
	}
	return map;
}
