import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../browser/support/build.ts';

const rules = readFileSync(join(REPO_ROOT, '.github/CODEOWNERS'), 'utf8')
	.split('\n')
	.filter((line) => line.trim() && !line.startsWith('#'))
	.map((line) => line.trim().split(/\s+/));

describe('CODEOWNERS', () => {
	it('gives the open-data office everything by default', () => {
		expect(rules[0]).toEqual(['*', '@belle-riviere/open-data-office']);
	});

	it("gives each publisher's stewards its datasets and its schedule", () => {
		const publishers = readdirSync(join(REPO_ROOT, 'publishers')).map((f) => f.replace(/\.yaml$/, ''));
		expect(publishers.length).toBeGreaterThan(0);
		for (const id of publishers) {
			const team = `@belle-riviere/${id}-data-stewards`;
			expect(rules, id).toContainEqual([`/datasets/${id}/`, team]);
			expect(rules, id).toContainEqual([`/schedules/${id}.csv`, team]);
		}
	});
});
