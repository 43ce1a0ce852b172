// ESLint: the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro, plus the
// boundary that keeps src/lib (the library the CLI scripts and the build share) free of the site.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{
		ignores: [
			'node_modules/',
			'dist/',
			'.astro/',
			'.cache/',
			'.dist-building-*/',
			'.dist-previous-*/',
			'tests/fixtures/',
			'src/lib/records.generated.ts',
			'src/lib/editor/dataset-validator.generated.js',
			'src/lib/validate/validators.generated.js',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			// Unused names are mistakes, except the ones marked unused on purpose.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
			// The checks that refuse control characters in untrusted text match them on purpose.
			'no-control-regex': 'off',
		},
	},
	{
		// Importers read other catalogues' JSON of unknown shape field by field; tests poke at parsed documents.
		files: ['src/lib/import/**', 'tests/**'],
		rules: { '@typescript-eslint/no-explicit-any': 'off' },
	},
	{
		files: ['src/lib/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['**/components/**', '**/pages/**', '**/layouts/**', '*.astro', '**/*.astro'],
							message: 'src/lib is the library the scripts and the build share: it must not import pages, layouts or components.',
						},
					],
				},
			],
		},
	},
);
