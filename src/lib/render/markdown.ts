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

/**
 * What every text in which linkify-it can find a link holds, bare domains aside: `//` (every
 * scheme it knows but mailto:) or `@` (mailto: and bare addresses). Most lines of prose hold neither.
 */
const MIGHT_HOLD_LINK = /\/\/|@/;

function createRenderer() {
	const md = new MarkdownIt('default', { html: false, linkify: true, typographer: false });
	md.disable('image');
	md.validateLink = isSafeLinkTarget;
	// Bare domains ("ontario.ca/data") stay text: "www.example.com" would become an http:// link
	// to wherever the writer meant. This is markdown-it's default, set here because the shortcut
	// below relies on it.
	md.linkify.set({ fuzzyLink: false });
	// linkify-it tests each paragraph, then each of its texts, against patterns with Unicode
	// classes: a fifth of a description's parse. A text that cannot hold a link is answered at
	// once; any other gets linkify-it's own answer, so the output does not change.
	const test = md.linkify.test.bind(md.linkify);
	md.linkify.test = (text: string) => MIGHT_HOLD_LINK.test(text) && test(text);

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
	const start = options.headingStart ?? DEFAULT_HEADING_START;
	if (start === DEFAULT_HEADING_START && isShared(source)) return forms(source).html;
	const env = {};
	return toHtml(renderer.parse(source, env), env, start);
}

const DEFAULT_HEADING_START = 3;

function toHtml(tokens: Token[], env: Record<string, unknown>, headingStart: number): string {
	normalizeHeadings(tokens, headingStart);
	return renderer.renderer.render(tokens, renderer.options, env);
}

/** What the site makes of one Markdown text. */
interface MarkdownForms {
	/** The HTML, headings from h3. */
	html: string;
	/** The untruncated text of {@link markdownExcerpt}. */
	firstText: string;
	plainText: string;
	/** The untruncated text of each line parsed alone, when the whole parse shows it (see {@link lineTextsOf}). */
	lineTexts: string[] | undefined;
}

/**
 * Whether the forms of `source` are worth making together and keeping: a text of several lines (a
 * description) is asked for more than one. One line (a title, each line of a schema.org
 * description) is parsed for what is asked, which is cheaper than making every form.
 */
function isShared(source: string): boolean {
	return source.includes('\n');
}

/** How many recent texts' forms are kept: a dataset page uses its description's HTML, excerpt and plain text. */
const RECENT_TEXTS = 8;
const recentForms = new Map<string, MarkdownForms>();

/**
 * The forms of `source` a page uses, from one parse: a dataset page shows its description,
 * describes itself with its excerpt and gives the search index its plain text, and the parse costs
 * more than everything else together. Only the strings of the few most recent texts are kept (least
 * recently used out first); keeping the parsed tokens instead made every parse slower, the garbage
 * collector moving them to the old generation.
 */
function forms(source: string): MarkdownForms {
	let found = recentForms.get(source);
	if (found) recentForms.delete(source);
	else {
		const env = {};
		const tokens = renderer.parse(source, env);
		// The text first: rendering renumbers the headings and adds `rel` to links, in place.
		const firstText = firstTextOf(tokens);
		const plainText = plainTextOf(tokens);
		const lineTexts = lineTextsOf(source, tokens);
		found = { html: toHtml(tokens, env, DEFAULT_HEADING_START), firstText, plainText, lineTexts };
		if (recentForms.size >= RECENT_TEXTS) recentForms.delete(recentForms.keys().next().value!);
	}
	recentForms.set(source, found);
	return found;
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
	const text = isShared(source) ? forms(source).firstText : firstTextOf(renderer.parse(source, {}));
	return text ? truncate(text, maxLength) : '';
}

/** The text of the first paragraph, else of the first heading or table cell, that has any; empty when none has. */
function firstTextOf(tokens: readonly Token[]): string {
	const inlines = tokens.filter((token) => token.type === 'inline');
	const paragraphs = tokens.filter((token, i) => token.type === 'inline' && tokens[i - 1]?.type === 'paragraph_open');
	for (const token of [...paragraphs, ...inlines]) {
		const text = inlineText(token).replace(/\s+/g, ' ').trim();
		if (text) return text;
	}
	return '';
}

/**
 * The whole plain text of some Markdown, paragraphs and list items joined by spaces. Never contains
 * markup. Only the search records ask for it, all together and apart from the pages: making every
 * form of a description ({@link forms}) would render HTML that no page then takes from the few kept.
 */
export function markdownPlainText(source: string): string {
	return recentForms.get(source)?.plainText ?? plainTextOf(renderer.parse(source, {}));
}

function plainTextOf(tokens: readonly Token[]): string {
	return tokens
		.filter((token) => token.type === 'inline')
		.map(inlineText)
		.join(' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The words of an inline token, line breaks as spaces. */
function inlineText(token: Token): string {
	return (token.children ?? []).map((child) => (child.type === 'softbreak' || child.type === 'hardbreak' ? ' ' : child.content)).join('');
}

/**
 * {@link markdownExcerpt} of each line of `source` on its own, from one parse of the whole text
 * when it can be read from it (for the schema.org description, which keeps every list item).
 */
export function markdownLineExcerpts(source: string, maxLength = 240): string[] {
	const texts = isShared(source) ? forms(source).lineTexts : undefined;
	if (!texts) return source.split('\n').map((line) => markdownExcerpt(line, maxLength));
	return texts.map((text) => (text ? truncate(text, maxLength) : ''));
}

/** Blocks whose text a line parsed alone gives the same (one line each: see {@link lineTextsOf}). */
const LINE_BLOCKS = new Set([
	'paragraph_open',
	'paragraph_close',
	'heading_open',
	'heading_close',
	'bullet_list_open',
	'bullet_list_close',
	'ordered_list_open',
	'ordered_list_close',
	'list_item_open',
	'list_item_close',
	'blockquote_open',
	'blockquote_close',
]);

/**
 * The text each line of `source` has when parsed on its own, read from the parse of the whole, or
 * `undefined` when that could differ. It is the same when the whole holds only paragraphs,
 * headings, list items and quotes, each one line long, every other line is blank, and no line is
 * indented four columns or by a tab (alone it would be code): a line alone is then the same block
 * with the same inline text (a link reference would need a definition line, which holds no text).
 */
function lineTextsOf(source: string, tokens: readonly Token[]): string[] | undefined {
	if (/[\r\0]/.test(source)) return undefined;
	const lines = source.split('\n');
	const texts: Array<string | undefined> = lines.map(() => undefined);
	for (const token of tokens) {
		if (token.type === 'inline') {
			const [start, end] = token.map ?? [0, 0];
			if (end - start !== 1 || texts[start] !== undefined) return undefined;
			texts[start] = inlineText(token).replace(/\s+/g, ' ').trim();
		} else if (!LINE_BLOCKS.has(token.type)) return undefined;
	}
	const result: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		if (line.trim() === '') result.push('');
		else if (texts[i] === undefined || /^(?: {4}|[ ]*\t)/.test(line)) return undefined;
		else result.push(texts[i]!);
	}
	return result;
}

function truncate(text: string, maxLength: number): string {
	if (text.length <= maxLength) return text;
	const cut = text.slice(0, maxLength - 1);
	const lastSpace = cut.lastIndexOf(' ');
	return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s.,;:!?–—-]+$/, '')}…`;
}
