import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
export const minimal = join(fixtures, 'minimal');
export const badInputs = join(fixtures, 'bad-inputs');

const made: string[] = [];

/** A throw-away copy of the minimal valid catalogue with the named bad-input case laid over it. */
export function catalogueWith(caseName?: string, extra: Record<string, string | Uint8Array> = {}): string {
	const dir = mkdtempSync(join(tmpdir(), 'odc-validate-'));
	made.push(dir);
	cpSync(minimal, dir, { recursive: true });
	if (caseName) cpSync(join(badInputs, caseName), dir, { recursive: true });
	for (const [path, content] of Object.entries(extra)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), content);
	}
	return dir;
}

/** Removes every catalogue made by `catalogueWith`. */
export function cleanUp(): void {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The names of the bad-input cases, one folder each. */
export function badInputCases(): string[] {
	return readdirSync(badInputs).sort();
}

/** The minimal valid dataset's text, for tests that build variants of it. */
export function minimalDataset(): string {
	return readFileSync(join(minimal, 'datasets/mto/traffic-volumes.yaml'), 'utf8');
}
