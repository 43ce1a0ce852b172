/**
 * The only way metadata Markdown becomes HTML. Metadata is written by many hands and is untrusted:
 * raw HTML is escaped (never passed through), images are not rendered, and a link survives only when
 * it goes to an `http:`, `https:` or `mailto:` address; any other link is left as plain text. The
 * output of {@link renderMarkdown} is the only string the site may give to `set:html`.
 */
import MarkdownIt, { type Token } from 'markdown-it';
import { isPlainEmail } from '../mailto.ts';

/** Options for one rendering. */
export interface RenderMarkdownOptions {
	/**
	 * The level the text's top headings become, so metadata never adds a second `<h1>` or breaks the
	 * page's heading order (see {@link normalizeHeadings}). Default 3, for text under a section's h2.
	 */
	headingStart?: number;
}

const EXTERNAL_LINK = /^https?:/i;

/**
 * Whether a link target may become an `href`: only http(s) addresses, and `mailto:` a plain address
 * with nothing after it (no `?cc=` or `&bcc=` recipients or headers).
 */
export function isSafeLinkTarget(url: string): boolean {
	const trimmed = url.trim();
	if (EXTERNAL_LINK.test(trimmed)) return true;
	return /^mailto:/i.test(trimmed) && isPlainEmail(trimmed.slice('mailto:'.length));
}

/**
 * The `href` to write for a URL taken from metadata, or `undefined` when it must not be a link.
 * URL fields are already limited to http(s) by the schema; this is the second lock on the door.
 */
export function safeHref(url: string | undefined): string | undefined {
	if (url === undefined) return undefined;
	const trimmed = url.trim();
	return isSafeLinkTarget(trimmed) && !/[\u0000-\u001f\s]/.test(trimmed) ? trimmed : undefined;
}

const FILE_TRANSFER_LINK = /^(?:ftps?|sftp):\/\/[^\s/?#]+/i;

/**
 * The `href` for a distribution's download or access address: a web address as {@link safeHref}
 * allows, or an ftp://, ftps:// or sftp:// address, which real distributions use (the schema allows
 * them with a warning). Nothing else (javascript:, data:, file:) becomes a link.
 */
export function safeDistributionHref(url: string | undefined): string | undefined {
	const web = safeHref(url);
	if (web !== undefined || url === undefined) return web;
	const trimmed = url.trim();
	return FILE_TRANSFER_LINK.test(trimmed) && !/[\u0000-\u001f\s]/.test(trimmed) ? trimmed : undefined;
}

function createRenderer() {
	const md = new MarkdownIt('default', { html: false, linkify: true, typographer: false });
	md.disable('image');
	md.validateLink = isSafeLinkTarget;

	md.renderer.rules['link_open'] = (tokens, idx, options, _env, self) => {
		const token = tokens[idx]!;
		if (EXTERNAL_LINK.test(String(token.attrGet('href') ?? ''))) token.attrSet('rel', 'nofollow noopener');
		return self.renderToken(tokens, idx, options);
	};

	return md;
}

const renderer = createRenderer();

/**
 * Renders metadata Markdown to safe HTML: paragraphs, lists, emphasis, code, tables, block quotes
 * and links (http, https, mailto only, with `rel="nofollow noopener"` on web links). Raw HTML and
 * entities come out as visible text; `javascript:`, `data:`, `file:` and relative links come out as
 * their Markdown source, not as links.
 */
export function renderMarkdown(source: string, options: RenderMarkdownOptions = {}): string {
	const env = {};
	const tokens = renderer.parse(source, env);
	normalizeHeadings(tokens, options.headingStart ?? 3);
	return renderer.renderer.render(tokens, renderer.options, env);
}

/**
 * Renumbers the headings of parsed Markdown so they fit under the page's own: the levels used are
 * ranked (`#` and `###` become `start` and `start + 1`), and no heading goes more than one level
 * deeper than the one before it, starting from `start`. Capped at `<h6>`. Mutates the tokens.
 */
export function normalizeHeadings(tokens: Token[], start: number): void {
	const first = Math.min(6, Math.max(1, Math.floor(start)));
	const levels = [...new Set(tokens.filter((t) => t.type === 'heading_open').map((t) => Number(t.tag.slice(1))))].sort((a, b) => a - b);
	let previous = first - 1;
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		if (token.type !== 'heading_open') continue;
		const ranked = first + levels.indexOf(Number(token.tag.slice(1)));
		const level = Math.min(6, ranked, previous + 1);
		token.tag = `h${level}`;
		let close = i + 1;
		while (close < tokens.length && tokens[close]!.type !== 'heading_close') close++;
		if (close < tokens.length) tokens[close]!.tag = token.tag;
		previous = level;
	}
}

/**
 * The plain text of the first paragraph (else the first heading) of some Markdown, cut at a word boundary to at most
 * `maxLength` characters with an ellipsis: for summaries in lists. Never contains markup.
 */
export function markdownExcerpt(source: string, maxLength = 240): string {
	const tokens = renderer.parse(source, {});
	const inlines = tokens.filter((token) => token.type === 'inline');
	const paragraphs = tokens.filter((token, i) => token.type === 'inline' && tokens[i - 1]?.type === 'paragraph_open');
	for (const token of [...paragraphs, ...inlines]) {
		const text = (token.children ?? [])
			.map((child) => (child.type === 'softbreak' || child.type === 'hardbreak' ? ' ' : child.content))
			.join('')
			.replace(/\s+/g, ' ')
			.trim();
		if (text) return truncate(text, maxLength);
	}
	return '';
}

/** The whole plain text of some Markdown, paragraphs and list items joined by spaces. Never contains markup. */
export function markdownPlainText(source: string): string {
	return renderer
		.parse(source, {})
		.filter((token) => token.type === 'inline')
		.map((token) => (token.children ?? []).map((child) => (child.type === 'softbreak' || child.type === 'hardbreak' ? ' ' : child.content)).join(''))
		.join(' ')
		.replace(/\s+/g, ' ')
		.trim();
}

function truncate(text: string, maxLength: number): string {
	if (text.length <= maxLength) return text;
	const cut = text.slice(0, maxLength - 1);
	const lastSpace = cut.lastIndexOf(' ');
	return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s.,;:!?–—-]+$/, '')}…`;
}
