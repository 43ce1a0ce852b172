/**
 * The prepared dataset file: the record as YAML, after the line that points editors at the schema,
 * as in every dataset file of the catalogue, and where it goes in the repository.
 */
import { stringify } from 'yaml';

/** The first line of a dataset file: editors that speak YAML Language Server complete and check with the schema. */
export const SCHEMA_COMMENT = '# yaml-language-server: $schema=../../schemas/dataset.schema.json';

/** The text of a dataset file holding `record`. */
export function datasetYaml(record: object): string {
	// lineWidth 0: no folding, so a long title stays on its line as a steward would write it.
	return `${SCHEMA_COMMENT}\n${stringify(record, { lineWidth: 0, minContentWidth: 0 })}`;
}

/** Where the dataset's file goes: `datasets/<publisher>/<identifier>.yaml`; `undefined` until both are given. */
export function datasetPath(record: { publisher?: unknown; identifier?: unknown }): string | undefined {
	const { publisher, identifier } = record;
	const id = /^[a-z0-9][a-z0-9-]{0,99}$/;
	if (typeof publisher !== 'string' || typeof identifier !== 'string' || !id.test(publisher) || !id.test(identifier)) return undefined;
	return `datasets/${publisher}/${identifier}.yaml`;
}
