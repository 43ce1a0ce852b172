/**
 * Writes src/lib/records.generated.ts, the TypeScript types of the catalogue's files, from the JSON
 * Schemas (scripts/types/record-types.ts). Run after changing a schema: `npm run generate:types`.
 * With `--check`, writes nothing and exits non-zero when the file is out of date.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { RECORD_TYPES_FILE, recordTypesFromSchemas } from './types/schema-files.ts';

const source = recordTypesFromSchemas();
const current = existsSync(RECORD_TYPES_FILE) ? readFileSync(RECORD_TYPES_FILE, 'utf8') : '';
if (process.argv.includes('--check')) {
	if (current !== source) {
		console.error(`${RECORD_TYPES_FILE} is out of date with schemas/: run npm run generate:types`);
		process.exit(1);
	}
	console.log(`${RECORD_TYPES_FILE} is up to date`);
} else if (current === source) {
	console.log(`${RECORD_TYPES_FILE} is up to date`);
} else {
	writeFileSync(RECORD_TYPES_FILE, source);
	console.log(`wrote ${RECORD_TYPES_FILE}`);
}
