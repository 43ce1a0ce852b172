import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES_FILE, errorCodesMarkdown } from '../../src/lib/diagnostics/code-table.ts';
import type { Diagnostic } from '../../src/lib/diagnostics/diagnostic.ts';
import { DIAGNOSTIC_AREAS, DIAGNOSTIC_CODES, hintOf, isRegisteredCode } from '../../src/lib/diagnostics/registry.ts';

describe('the diagnostics registry', () => {
	it('gives each code once, in one area', () => {
		const listed = Object.values(DIAGNOSTIC_AREAS).flatMap((codes) => Object.keys(codes));
		expect(listed.length).toBe(new Set(listed).size);
		expect(Object.keys(DIAGNOSTIC_CODES).sort()).toEqual([...listed].sort());
	});

	it('names codes area.kind and gives each a message', () => {
		for (const [code, info] of Object.entries(DIAGNOSTIC_CODES)) {
			expect(code).toMatch(/^[a-z-]+\.[A-Za-z0-9 -]+$/);
			expect(info.message, code).not.toBe('');
		}
		expect(isRegisteredCode('schema.required')).toBe(true);
		expect(isRegisteredCode('schema.no-such-rule')).toBe(false);
	});
});

describe('the registry’s types', () => {
	it('refuse a code that is not registered, and a fixed hint a code does not have (checked by tsc)', () => {
		// @ts-expect-error: no such code is registered
		const unregistered: Diagnostic['code'] = 'schema.no-such-rule';
		expect(isRegisteredCode(unregistered)).toBe(false);
		const draft: Diagnostic['code'] = 'draft.ref.licence';
		expect(draft).toBe('draft.ref.licence');
		expect(hintOf('ref.duplicate-licence')).toBe(DIAGNOSTIC_CODES['ref.duplicate-licence'].hint);
		// @ts-expect-error: file.missing has no fixed hint (its hint depends on the file)
		expect(() => hintOf('file.missing').length).toThrow();
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
