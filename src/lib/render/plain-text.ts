/**
 * Metadata Markdown as plain text, for exports whose text fields are plain (DCAT-AP `dct:description`
 * and rights statements are `rdfs:Literal`s that harvesters show as they are): the words without
 * the markup. Paragraphs and headings are separated by blank lines, list items start with `- ` (or
 * their number), and a link keeps its address after its text: `the method (https://…)`.
 */
import MarkdownIt, { type Token } from 'markdown-it';

const parser = new MarkdownIt({ html: false, linkify: false });

/** The plain text of `source`, Markdown, with its paragraphs, lists and link addresses. */
export function markdownPlainText(source: string): string {
	const out: string[] = [];
	const lists: Array<{ ordered: boolean; next: number }> = [];
	for (const token of parser.parse(source, {})) {
		switch (token.type) {
			case 'bullet_list_open':
			case 'ordered_list_open':
				lists.push({ ordered: token.type === 'ordered_list_open', next: Number(token.attrGet('start') ?? 1) });
				break;
			case 'bullet_list_close':
			case 'ordered_list_close':
				lists.pop();
				out.push('\n');
				break;
			case 'list_item_open': {
				const list = lists.at(-1)!;
				out.push(`${'  '.repeat(lists.length - 1)}${list.ordered ? `${list.next++}. ` : '- '}`);
				break;
			}
			case 'inline':
				out.push(inlineText(token.children ?? []));
				break;
			case 'paragraph_close':
				// Inside a list item a paragraph ends the item's line; elsewhere it ends a block.
				out.push(lists.length > 0 ? '\n' : '\n\n');
				break;
			case 'heading_close':
				out.push('\n\n');
				break;
			case 'fence':
			case 'code_block':
				out.push(`${token.content}\n`);
				break;
		}
	}
	return out
		.join('')
		.replace(/[ \t]+\n/g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

function inlineText(children: Token[]): string {
	let text = '';
	let link: { href: string; start: number } | undefined;
	for (const child of children) {
		switch (child.type) {
			case 'softbreak':
				text += ' ';
				break;
			case 'hardbreak':
				text += '\n';
				break;
			case 'link_open':
				link = { href: String(child.attrGet('href') ?? ''), start: text.length };
				break;
			case 'link_close':
				if (link && link.href && text.slice(link.start) !== link.href) text += ` (${link.href})`;
				link = undefined;
				break;
			case 'image':
				text += child.content;
				break;
			default:
				text += child.content;
		}
	}
	return text;
}
