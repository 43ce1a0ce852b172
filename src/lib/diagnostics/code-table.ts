import { DIAGNOSTIC_AREAS } from './registry.ts';

/** Where the table is written, relative to the repository root. */
export const ERROR_CODES_FILE = 'docs/error-codes.md';

/** Text safe in a Markdown table cell: no column breaks, no HTML. */
function cell(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('|', '\\|');
}

/** The Markdown page listing every diagnostic code of the registry, by area, with its message and fixed hint. */
export function errorCodesMarkdown(): string {
	const lines = [
		'# Error codes',
		'',
		'<!-- Generated from src/lib/diagnostics/registry/ by `npm run generate:docs`: do not edit by hand. -->',
		'',
		'Every problem `npm run validate` reports carries one of these codes (in `--format json` and in GitHub',
		'annotations). The message follows the field’s path; `<…>` marks a part taken from the file. A problem of',
		'a draft is reported as a warning under `draft.<code>`. Many hints depend on the value and are not listed.',
	];
	for (const [area, codes] of Object.entries(DIAGNOSTIC_AREAS)) {
		lines.push('', `## ${area}`, '', '| Code | Message | Hint |', '| --- | --- | --- |');
		for (const [code, info] of Object.entries(codes) as Array<[string, { message: string; hint?: string }]>) {
			lines.push(`| \`${code}\` | ${cell(info.message)} | ${info.hint ? cell(info.hint) : ''} |`);
		}
	}
	return `${lines.join('\n')}\n`;
}
