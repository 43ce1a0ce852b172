/**
 * A file whose data the load cache kept (parse-yaml.ts's parsedFromKnownData) is located as the
 * file parsed afresh is, and refused positions as it is when it is too long in items.
 */
import { describe, expect, it } from 'vitest';
import { locate } from '../../src/lib/load/locate.ts';
import { parsedFromKnownData, parseYaml } from '../../src/lib/load/parse-yaml.ts';

describe('parsedFromKnownData', () => {
	it('locates a field where the freshly parsed file does', () => {
		const text = 'identifier: roads\ntitle:\n  en: Roads\n  fr: Routes\nthemes: [TRAN, ENVI]\n';
		const fresh = parseYaml('datasets/roads.yaml', text).parsed!;
		const known = parsedFromKnownData('datasets/roads.yaml', text, fresh.data);
		expect(known.data).toBe(fresh.data);
		expect(known.locatable).toBe(true);
		for (const path of [
			['title', 'fr'],
			['themes', 1],
		])
			expect(locate(known, path)).toEqual(locate(fresh, path));
		expect(locate(known, ['themes', 1])).toEqual({ line: 5, column: 16 });
	});

	it('is not locatable when the file has more lines and commas than the positional parser is given', () => {
		const text = `identifier: long\nkeywords: [${Array.from({ length: 20_001 }, (_, i) => `k${i}`).join(', ')}]\n`;
		const fresh = parseYaml('datasets/long.yaml', text).parsed!;
		expect(fresh.locatable).toBe(false);
		expect(parsedFromKnownData('datasets/long.yaml', text, fresh.data).locatable).toBe(false);
		expect(parsedFromKnownData('datasets/short.yaml', 'identifier: short\n', { identifier: 'short' }).locatable).toBe(true);
	});
});
