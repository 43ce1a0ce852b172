import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES_FILE, errorCodesMarkdown } from '../../src/lib/diagnostics/code-table.ts';
import { DIAGNOSTIC_AREAS, DIAGNOSTIC_CODES, isRegisteredCode } from '../../src/lib/diagnostics/registry.ts';

describe('the diagnostics registry', () => {
	it('gives each code once, in one area', () => {
		const listed = Object.values(DIAGNOSTIC_AREAS).flatMap((codes) => Object.keys(codes));
		expect(listed.length).toBe(new Set(listed).size);
		expect(Object.keys(DIAGNOSTIC_CODES).sort()).toEqual([...listed].sort());
	});

	it('names codes area.kind and gives each a message', () => {
		for (const [code, info] of Object.entries(DIAGNOSTIC_CODES)) {
			expect(code).toMatch(/^[a-z]+\.[A-Za-z0-9 -]+$/);
			expect(info.message, code).not.toBe('');
		}
		expect(isRegisteredCode('schema.required')).toBe(true);
		expect(isRegisteredCode('schema.no-such-rule')).toBe(false);
	});
});

describe('docs/error-codes.md', () => {
	it('is current: it is what npm run generate:docs writes from the registry', () => {
		expect(readFileSync(ERROR_CODES_FILE, 'utf8'), 'run npm run generate:docs').toBe(errorCodesMarkdown());
	});

	it('lists every registered code', () => {
		const page = readFileSync(ERROR_CODES_FILE, 'utf8');
		for (const code of Object.keys(DIAGNOSTIC_CODES)) expect(page).toContain(`| \`${code}\` |`);
	});
});
