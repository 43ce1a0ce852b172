/**
 * Writes docs/error-codes.md, the table of every diagnostic code, from the registry
 * (src/lib/diagnostics/registry/). Run after adding a code: `npm run generate:docs`.
 * With `--check`, writes nothing and exits non-zero when the file is out of date.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ERROR_CODES_FILE, errorCodesMarkdown } from '../src/lib/diagnostics/code-table.ts';

const source = errorCodesMarkdown();
const current = existsSync(ERROR_CODES_FILE) ? readFileSync(ERROR_CODES_FILE, 'utf8') : '';
if (process.argv.includes('--check')) {
	if (current !== source) {
		console.error(`${ERROR_CODES_FILE} is out of date with the diagnostics registry: run npm run generate:docs`);
		process.exit(1);
	}
	console.log(`${ERROR_CODES_FILE} is up to date`);
} else if (current === source) {
	console.log(`${ERROR_CODES_FILE} is up to date`);
} else {
	writeFileSync(ERROR_CODES_FILE, source);
	console.log(`wrote ${ERROR_CODES_FILE}`);
}
