import MarkdownIt from 'markdown-it';
import { isSafeLinkTarget } from '../render/markdown.ts';

/** A parser that recognises raw HTML and every link, so the checks see what a renderer would. */
const md = new MarkdownIt({ html: true, linkify: false });
md.validateLink = () => true;

/**
 * Whether a text could hold raw HTML or a link that is not http(s)/mailto: HTML and autolinks need
 * `<`; inline links and reference definitions are found with their target. Texts that cannot are
 * not parsed at all, which keeps validating tens of thousands of descriptions fast.
 */
const MAY_BE_UNSAFE = [/</, /\]\(\s*(?!https?:)/i, /^ {0,3}\[[^\]]+\]:\s*(?!https?:)/im];

/** What is wrong with a Markdown text: raw HTML, or links that are not http(s) or a plain mailto address. */
export function markdownProblems(text: string): string[] {
	if (!MAY_BE_UNSAFE.some((pattern) => pattern.test(text))) return [];
	const problems: string[] = [];
	for (const token of md.parse(text, {})) {
		const tokens = token.children ? [token, ...token.children] : [token];
		for (const t of tokens) {
			if (t.type === 'html_block' || t.type === 'html_inline') problems.push(`raw HTML ${JSON.stringify(t.content.trim().slice(0, 40))}`);
			if (t.type === 'link_open' || t.type === 'image') {
				const href = String(t.attrGet(t.type === 'image' ? 'src' : 'href') ?? '');
				if (!isSafeLinkTarget(href)) problems.push(`a link to ${JSON.stringify(href.slice(0, 60))}`);
			}
		}
	}
	return problems;
}
