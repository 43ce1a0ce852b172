/**
 * Text from a pull request (file names, YAML keys and tags, values quoted in messages) written into
 * GitHub-flavoured Markdown as text only: no link, image, emphasis, autolink, table cell break or
 * HTML tag can come out of it. Markdown and HTML punctuation become numeric character references,
 * which GitHub shows as the characters but never reads as syntax; control characters and
 * bidirectional controls become U+FFFD, line breaks a space.
 */

/** ASCII punctuation that Markdown, GFM extensions (tables, autolinks) or HTML could read as syntax. */
const SYNTAX = /[!"#$%&'()*+.:;<=>?@[\\\]^_`{|}~]/g;
/** C0 and C1 controls (line breaks apart), and the bidirectional embeddings, overrides and isolates. */
const INVISIBLE = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` as plain text inside Markdown (a table cell, a list item, a summary line). */
export function markdownText(text: string): string {
	return String(text)
		.replace(/[\r\n]+/g, ' ')
		.replace(INVISIBLE, '\uFFFD')
		.replace(SYNTAX, (char) => `&#${char.charCodeAt(0)};`);
}

/** `text` in a code span, as plain text: `<code>` with the text escaped (a backtick cannot close it). */
export function markdownCode(text: string): string {
	return `<code>${markdownText(text)}</code>`;
}
