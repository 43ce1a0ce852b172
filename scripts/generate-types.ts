/**
 * Writes the files generated from the JSON Schemas: src/lib/records.generated.ts, the TypeScript
 * types of the catalogue's files (scripts/types/record-types.ts), and the precompiled validators of
 * the editor's datasets and of every kind of file for loadCatalogue (scripts/types/dataset-validator.ts). Run after changing a schema:
 * `npm run generate:types`. With `--check`, writes nothing and exits non-zero when one is out of date.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DATASET_VALIDATOR_FILE, datasetValidatorSource, VALIDATORS_FILE, validatorsSource } from './types/dataset-validator.ts';
import { RECORD_TYPES_FILE, recordTypesFromSchemas } from './types/schema-files.ts';

const check = process.argv.includes('--check');
let stale = false;
for (const [file, source] of [
	[RECORD_TYPES_FILE, recordTypesFromSchemas()],
	[DATASET_VALIDATOR_FILE, datasetValidatorSource()],
	[VALIDATORS_FILE, validatorsSource()],
] as const) {
	const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
	if (current === source) {
		console.log(`${file} is up to date`);
	} else if (check) {
		console.error(`${file} is out of date with schemas/: run npm run generate:types`);
		stale = true;
	} else {
		writeFileSync(file, source);
		console.log(`wrote ${file}`);
	}
}
if (stale) process.exit(1);
