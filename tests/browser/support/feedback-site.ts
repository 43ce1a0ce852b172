/** Builds the small test catalogue (tests/fixtures/minimal) with a feedback channel, for the feedback form's browser tests. */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, REPO_ROOT, type BuiltSite } from './build.ts';

/**
 * The minimal catalogue with `feedback` set to `settings` (YAML lines, indented under `feedback:`),
 * built at `/` and served from 127.0.0.1. The copy of the catalogue is removed with the site.
 */
export async function buildFeedbackSite(settings: string): Promise<BuiltSite> {
	const dir = mkdtempSync(join(tmpdir(), 'odc-feedback-catalogue-'));
	try {
		cpSync(join(REPO_ROOT, 'tests/fixtures/minimal'), dir, { recursive: true });
		appendFileSync(join(dir, 'catalogue.yaml'), `feedback:\n${settings}`);
		const site = await buildSite(dir);
		return {
			dir: site.dir,
			remove: async () => {
				await site.remove();
				rmSync(dir, { recursive: true, force: true });
			},
		};
	} catch (error) {
		rmSync(dir, { recursive: true, force: true });
		throw error;
	}
}
