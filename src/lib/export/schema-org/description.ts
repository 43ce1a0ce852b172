/**
 * A dataset description for schema.org, within the 50–5,000 characters search engines accept
 * (Google's Dataset guidelines): the Markdown description as plain text, paragraphs kept in order.
 */
import { markdownExcerpt, markdownLineExcerpts } from '../../render/markdown.ts';

/** The shortest and longest description schema.org consumers accept. */
export const DESCRIPTION_LENGTH = { min: 50, max: 5000 } as const;

/**
 * Plain text of `markdown` (every paragraph and list item, not only the first), cut at a word boundary to 5,000
 * characters; a text shorter than 50 characters is completed with `context` (e.g. "Dataset of the
 * Ministry of Transportation, in the Belle-Rivière Open Data Catalogue."), which says what the
 * dataset is rather than padding with filler.
 */
export function schemaOrgDescription(markdown: string, context: string): string {
	// Line by line, so every list item is kept (an excerpt of a block keeps only its first item).
	const lines = markdownLineExcerpts(markdown, DESCRIPTION_LENGTH.max).filter(Boolean);
	let text = lines.join(' ');
	if (text.length < DESCRIPTION_LENGTH.min) text = [text, context].filter(Boolean).join(text && !/[.!?…]$/.test(text) ? '. ' : ' ');
	if (text.length > DESCRIPTION_LENGTH.max) text = markdownExcerpt(text, DESCRIPTION_LENGTH.max);
	return text;
}
