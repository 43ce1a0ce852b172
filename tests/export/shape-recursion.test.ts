import { Parser, Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { isRecursive } from '../../src/lib/export/dcat-ap/shape-recursion.ts';
import { readShapes } from '../../src/lib/export/dcat-ap/shapes.ts';

const PREFIXES = '@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://example.org/> .\n';

function shapes(turtle: string): Store {
	return new Store(new Parser({ format: 'text/turtle' }).parse(PREFIXES + turtle));
}

describe('isRecursive', () => {
	it('finds that the project’s shapes do not refer back to themselves', () => {
		expect(isRecursive(readShapes())).toBe(false);
	});

	it('finds a shape that reaches itself through sh:node, sh:property or a list of sh:or', () => {
		expect(isRecursive(shapes('ex:A sh:property [ sh:path ex:p ; sh:node ex:B ] . ex:B sh:node ex:A .'))).toBe(true);
		expect(isRecursive(shapes('ex:A sh:or ( ex:B ex:C ) . ex:C sh:not ex:A .'))).toBe(true);
		expect(isRecursive(shapes('ex:A sh:node ex:A .'))).toBe(true);
	});

	it('does not mistake shared shapes for a cycle', () => {
		expect(isRecursive(shapes('ex:A sh:node ex:C ; sh:or ( ex:B ex:C ) . ex:B sh:node ex:C . ex:C sh:property [ sh:path ex:p ; sh:minCount 1 ] .'))).toBe(
			false,
		);
	});
});
