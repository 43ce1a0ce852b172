import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The shared real data beside the repository (absent in a plain clone). */
export const REALDATA = resolve(REPO, '../shared/realdata');
export const HAS_REALDATA = existsSync(REALDATA);

const made: string[] = [];

/** A fresh catalogue folder holding the minimal test catalogue.yaml (and, when asked, more files of a fixture). */
export function emptyCatalogue(from = join(REPO, 'tests/fixtures/minimal'), extra: string[] = []): string {
	const dir = mkdtempSync(join(tmpdir(), 'odc-import-'));
	made.push(dir);
	cpSync(join(from, 'catalogue.yaml'), join(dir, 'catalogue.yaml'));
	for (const path of extra) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		cpSync(join(from, path), join(dir, path), { recursive: true });
	}
	return dir;
}

/** A temporary folder for source files a test writes. */
export function tempFolder(): string {
	const dir = mkdtempSync(join(tmpdir(), 'odc-source-'));
	made.push(dir);
	return dir;
}

export function cleanUp(): void {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
