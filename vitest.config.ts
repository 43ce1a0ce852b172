import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// Browser tests build the site and drive Chromium: give their hooks and tests room.
		// Unit tests are unaffected in practice; they finish in milliseconds.
		testTimeout: 60_000,
		hookTimeout: 240_000,
	},
});
