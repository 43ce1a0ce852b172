/**
 * Text from other catalogues as this one holds it: HTML (CKAN and JKAN notes, DCAT descriptions
 * with escaped `<p>`) becomes Markdown with only http(s) and mailto links, entities are decoded,
 * and a short text (a title, a name) is one line. Nothing is made up: a text that is empty once
 * cleaned is no text.
 */
import { withoutUnsafeCharacters } from '../validate/unsafe-characters.ts';

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	rsquo: '’',
	lsquo: '‘',
	rdquo: '”',
	ldquo: '“',
	ndash: '–',
	mdash: '—',
	hellip: '…',
	eacute: 'é',
	egrave: 'è',
	agrave: 'à',
	ccedil: 'ç',
};

/** `&amp;`, `&#233;`, `&#xE9;` → the characters they stand for; an unknown entity is left as written. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
			return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
		}
		return ENTITIES[name.toLowerCase()] ?? whole;
	});
}

/** Repairs `\u00e9` written out literally (double-escaped JSON, as in old CKAN dumps). */
export function unescapeUnicode(text: string): string {
	return text.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const SAFE_LINK = /^(https?:|mailto:)/i;
/** Control characters other than tab and line breaks: never kept. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * HTML or plain text as Markdown the catalogue accepts: links with a web or mailto target become
 * `[text](target)`, paragraphs and line breaks become blank lines and line breaks, list items
 * become `- ` lines, bold stays bold, every other tag is dropped, and a `<` left in the text is
 * escaped so it cannot start raw HTML. `undefined` when nothing is left.
 */
export function toMarkdown(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	let text = unescapeUnicode(value).replace(CONTROL, '').replace(/\r\n?/g, '\n');
	if (/<\/?[a-z][^>]*>/i.test(text) || /&lt;\/?[a-z]/i.test(text)) {
		if (!/<\/?[a-z][^>]*>/i.test(text)) text = decodeEntities(text);
		text = text
			.replace(/<a\s[^>]*?href\s*=\s*["']([^"']*)["'][^>]*>([\s\S]*?)<\/a\s*>/gi, (_, href: string, inner: string) => {
				const label = stripTags(inner).trim();
				const target = decodeEntities(href.trim()).replace(/\s/g, '%20');
				if (!SAFE_LINK.test(target)) return label;
				return label && label !== target ? `[${label.replace(/[[\]]/g, '')}](${target.replace(/[()]/g, encodeURIComponent)})` : target;
			})
			.replace(/<\s*br\s*\/?>/gi, '  \n')
			.replace(/<\s*li[^>]*>/gi, '\n- ')
			.replace(/<\/\s*(p|div|h[1-6]|ul|ol|li|tr|table|center)\s*>/gi, '\n\n')
			.replace(/<\s*(p|div|h[1-6]|ul|ol|tr|table|center)(\s[^>]*)?\/?>/gi, '\n\n')
			.replace(/<\/?\s*(strong|b)\s*>/gi, '**');
		text = stripTags(text);
		text = text.replace(/\*\*(\s*)\*\*/g, '$1').replace(/\*\*\s*\*\*/g, '');
	}
	text = decodeEntities(text)
		.replace(/</g, '\\<')
		.replace(/[ \t]+\n/g, (m) => (m.endsWith('  \n') ? '  \n' : '\n'))
		.replace(/\n{3,}/g, '\n\n')
		.trim();
	// Markdown links whose target is not a web or mailto address lose the link, keeping the words.
	text = text.replace(/\[([^\]]*)\]\(\s*(?!https?:|mailto:)[^)]*\)/gi, '$1');
	// Entities decode last, so a `&#x85;` (C1) or `&#x202E;` (a bidirectional override) is dropped here.
	text = withoutUnsafeCharacters(text).trim();
	return text.length > 0 ? text.slice(0, 20000) : undefined;
}

function stripTags(text: string): string {
	return text
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<\/?[a-z][^>]*>/gi, '')
		.replace(/<\/?[a-z][^>]*$/i, '');
}

/** A short text on one line: tags dropped, entities decoded, white space collapsed; `undefined` when empty. */
export function toLine(value: unknown): string | undefined {
	if (typeof value !== 'string' && typeof value !== 'number') return undefined;
	const text = withoutUnsafeCharacters(decodeEntities(stripTags(unescapeUnicode(String(value)))))
		// Only ordinary white space is collapsed: a no-break space (50 000 $) is meant.
		.replace(/[ \t\r\n\u000b\u000c]+/g, ' ')
		.trim();
	return text.length > 0 ? text : undefined;
}

/** An e-mail address found in a value (`<a href="mailto:gis@rvca.ca">…</a>`, `mailto:x@y`, `x@y`), or `undefined`. */
export function toEmail(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	const match = /([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/.exec(value);
	return match?.[1];
}

/** A web address (http or https) as written, trimmed, spaces percent-encoded; `undefined` otherwise. */
export function toWebUrl(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	const url = value.trim().replace(/ /g, '%20');
	return /^https?:\/\/[^\s/?#]+/i.test(url) && !/[\s<>"]/.test(url) ? url : undefined;
}

/** A download or access address: a web address, or an ftp/ftps/sftp one (the catalogue allows them with a warning). */
export function toDistributionUrl(value: unknown): string | undefined {
	const web = toWebUrl(value);
	if (web || typeof value !== 'string') return web;
	const url = value.trim().replace(/ /g, '%20');
	return /^(ftps?|sftp):\/\/[^\s/?#]+/i.test(url) && !/[\s<>"]/.test(url) ? url : undefined;
}

/** `"Data | Données"` (the GC's bilingual values) → `{ en: 'Data', fr: 'Données' }`; `undefined` when it is not such a pair. */
export function splitBilingual(value: unknown): { en: string; fr: string } | undefined {
	if (typeof value !== 'string') return undefined;
	const text = unescapeUnicode(value);
	const parts = text.includes(' | ') ? text.split(' | ') : text.split(/ {2,}/);
	if (parts.length !== 2) return undefined;
	const [en, fr] = parts.map((p) => p.trim());
	return en && fr ? { en, fr } : undefined;
}
