import { defineConfig } from 'vitest/config';

/**
 * Three projects, run together by `npm test` and alone by `npm run test:unit`, `test:build` and
 * `test:browser`: unit tests (seconds, nothing built), build tests (full builds of the example and
 * of small catalogues) and browser tests (Chromium over a built site).
 */
/** Tests that build sites or run the commands as processes. */
const BUILD = ['tests/build/**/*.test.ts', 'tests/validate/cli.test.ts'];
/** Tests that drive Chromium. */
const BROWSER = ['tests/browser/**/*.test.ts', 'tests/bench/single-json.test.ts'];

export default defineConfig({
	test: {
		// A folder shared by the run's test files, where the example site is built once (tests/support/shared-build.ts).
		// Inherited by every project; it makes one folder per run, not one per project (see the file).
		globalSetup: ['tests/support/global-setup.ts'],
		// Builds and browsers are slow on a busy machine: give tests and hooks room.
		testTimeout: 60_000,
		hookTimeout: 240_000,
		projects: [
			// Unit test files share their workers (no isolation): a third of the time, and none of them
			// depends on a fresh module registry (those that need one reset it: tests/site/get-catalogue.test.ts).
			{ extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [...BUILD, ...BROWSER], isolate: false } },
			{ extends: true, test: { name: 'build', include: BUILD } },
			{
				extends: true,
				test: {
					name: 'browser',
					include: BROWSER,
					// expect.poll's default of 1 s fails under load; a poll that times out still fails the test.
					expect: { poll: { timeout: 15_000 } },
				},
			},
		],
	},
});
