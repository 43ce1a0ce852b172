/**
 * The shared folder beside the repository (`../shared/`: real government files and the official
 * standards, reference material that is not shipped with the project). A fresh clone has no such
 * folder, so the tests that read it skip there, saying why in one line; CI (`.ci/run`) sets
 * ODC_REQUIRE_SHARED=1, which turns the skip into a failure, so they always run there.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, it } from 'vitest';

/** The shared folder: `../shared/` beside the repository. */
export const SHARED_DIR = resolve(import.meta.dirname, '../../../shared');

/** A path inside the shared folder. */
export function sharedPath(...segments: string[]): string {
	return resolve(SHARED_DIR, ...segments);
}

/** Whether the shared folder's tests must run (and fail when it is missing) rather than skip. */
function sharedRequired(): boolean {
	return process.env.ODC_REQUIRE_SHARED === '1';
}

/**
 * Whether tests needing the shared folder should skip here: it is missing and not required.
 * Prints the one-line reason when it skips.
 */
function skipWithoutShared(what: string): boolean {
	if (existsSync(SHARED_DIR) || sharedRequired()) return false;
	console.log(`Skipping ${what}: ${SHARED_DIR} is missing (a fresh clone has none; CI requires it with ODC_REQUIRE_SHARED=1).`);
	return true;
}

/** In CI, a missing shared folder fails the tests that need it, with a message that says so. */
function failWithoutShared(): void {
	if (existsSync(SHARED_DIR)) return;
	throw new Error(
		`${SHARED_DIR} is missing, and ODC_REQUIRE_SHARED=1 says these tests must run: put the shared folder (realdata/, standards/) beside the repository.`,
	);
}

/**
 * `describe` for tests that read the shared folder: skipped, with a printed reason, when the
 * folder is missing; failing when it is missing and ODC_REQUIRE_SHARED=1.
 */
export function describeWithShared(name: string, body: () => void): void {
	describe.skipIf(skipWithoutShared(`"${name}"`))(name, () => {
		beforeAll(failWithoutShared);
		body();
	});
}

/** `it` for a single test that reads the shared folder, with the same skip and failure as describeWithShared. */
export function itWithShared(name: string, body: () => unknown): void {
	it.skipIf(skipWithoutShared(`"${name}"`))(name, () => {
		failWithoutShared();
		return body();
	});
}
