import { describe, expect, it } from 'vitest';
import { formatPath, pointerToPath } from '../../src/lib/load/locate.ts';

describe('pointerToPath', () => {
	it('reads list positions as numbers and keys as strings', () => {
		expect(pointerToPath('/distributions/1/format')).toEqual(['distributions', 1, 'format']);
		expect(formatPath(pointerToPath('/distributions/1/format'))).toBe('distributions[1].format');
	});

	it('unescapes ~1 and ~0 (RFC 6901), ~01 as ~1', () => {
		expect(pointerToPath('/a~1b/c~0d/e~01')).toEqual(['a/b', 'c~d', 'e~1']);
	});

	it('is the root for an empty pointer', () => {
		expect(pointerToPath('')).toEqual([]);
	});
});
