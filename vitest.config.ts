import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// A folder shared by the run's test files, where the example site is built once (tests/support/shared-build.ts).
		globalSetup: ['tests/support/global-setup.ts'],
		// Browser tests build the site and drive Chromium: give their hooks and tests room.
		// Unit tests are unaffected in practice; they finish in milliseconds.
		testTimeout: 60_000,
		hookTimeout: 240_000,
	},
});
