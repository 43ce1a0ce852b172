/**
 * Checks every internal link of a built site: each `href` and `src` must lead to a file of the
 * site under its base path, and each `#fragment` to an element with that id on the target page.
 * Pure: the site is given as its files; `readSite` reads them from a folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';

/** A built site: every file's path relative to the output folder (with `/`), and its text for HTML files. */
export type SiteFiles = ReadonlyMap<string, string>;

/** A link that leads nowhere. */
export interface BrokenLink {
	/** The page it is on, relative to the output folder. */
	page: string;
	/** The link as written (entities decoded). */
	link: string;
	reason: string;
}

export interface CrawlOptions {
	/** The base path the site is built for, e.g. `/catalogue/` (default `/`). */
	base?: string;
	/** The site's origin, e.g. `https://example.org`: absolute links to it are checked too. */
	origin?: string;
}

const ORIGIN_PLACEHOLDER = 'http://site.invalid';

/** Reads every file under `dir`: HTML files with their text, other files with empty text. */
export function readSite(dir: string): SiteFiles {
	const files = new Map<string, string>();
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		const relative = path
			.slice(dir.length + 1)
			.split(sep)
			.join('/');
		files.set(relative, relative.endsWith('.html') ? readFileSync(path, 'utf8') : '');
	}
	return files;
}

/** The `href` and `src` values of every tag in `html`, with character references decoded. */
export function extractLinks(html: string): string[] {
	const links: string[] = [];
	for (const [tag] of stripNonMarkup(html).matchAll(/<[a-zA-Z][^>]*>/g)) {
		for (const match of tag.matchAll(/\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) links.push(decodeEntities(match[1] ?? match[2] ?? ''));
	}
	return links;
}

/** Every `id` (and `<a name>`) defined in `html`. */
export function extractIds(html: string): Set<string> {
	const ids = new Set<string>();
	for (const [tag] of stripNonMarkup(html).matchAll(/<[a-zA-Z][^>]*>/g)) {
		for (const match of tag.matchAll(/\s(id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
			if (match[1]!.toLowerCase() === 'name' && !/^<a\s/i.test(tag)) continue;
			ids.add(decodeEntities(match[2] ?? match[3] ?? ''));
		}
	}
	return ids;
}

/** The address a file is served at: `en/index.html` → `/base/en/`, `404.html` → `/base/404.html`. */
export function pageUrl(file: string, base = '/'): string {
	const path = file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
	return `${normalizeBase(base)}${path}`;
}

/**
 * Every broken internal link of the site: a link outside the base path, to a file that does not
 * exist, or to a fragment with no matching id on the target page. External links (another origin,
 * `mailto:`, `tel:`, `data:`) are not followed.
 */
export function crawlSite(files: SiteFiles, options: CrawlOptions = {}): BrokenLink[] {
	const base = normalizeBase(options.base ?? '/');
	const origin = options.origin ? new URL(options.origin).origin : undefined;
	const idCache = new Map<string, Set<string>>();
	const idsOf = (file: string) => {
		let ids = idCache.get(file);
		if (!ids) idCache.set(file, (ids = extractIds(files.get(file) ?? '')));
		return ids;
	};
	const broken: BrokenLink[] = [];
	for (const [page, html] of files) {
		if (!page.endsWith('.html')) continue;
		const here = new URL(pageUrl(page, base), ORIGIN_PLACEHOLDER);
		for (const link of extractLinks(html)) {
			const problem = checkLink(link, here, page);
			if (problem) broken.push({ page, link, reason: problem });
		}
	}
	return broken;

	function checkLink(link: string, here: URL, page: string): string | undefined {
		const trimmed = link.trim();
		if (trimmed === '' || trimmed === '#') return undefined;
		let url: URL;
		try {
			url = new URL(trimmed, here);
		} catch {
			return 'is not a valid address';
		}
		if (url.origin !== ORIGIN_PLACEHOLDER) {
			if (origin === undefined || url.origin !== origin) return undefined;
		}
		if (!url.pathname.startsWith(base)) return `is outside the base path ${base}`;
		let path: string;
		try {
			path = decodeURIComponent(url.pathname.slice(base.length));
		} catch {
			return 'has a malformed percent-encoding';
		}
		const target = resolveFile(path);
		if (target === undefined) return `leads to no file (${url.pathname})`;
		const fragment = decodeFragment(url.hash);
		if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
			return target === page ? `has no target: no id "${fragment}" on this page` : `has no target: no id "${fragment}" on ${target}`;
		}
		return undefined;
	}

	function resolveFile(path: string): string | undefined {
		if (path === '' || path.endsWith('/')) {
			const index = `${path}index.html`;
			return files.has(index) ? index : undefined;
		}
		return files.has(path) ? path : undefined;
	}
}

/** `catalogue` → `/catalogue/`; empty → `/`. */
function normalizeBase(base: string): string {
	const trimmed = base.replace(/^\/+|\/+$/g, '');
	return trimmed === '' ? '/' : `/${trimmed}/`;
}

function decodeFragment(hash: string): string {
	const raw = hash.replace(/^#/, '');
	try {
		return decodeURIComponent(raw);
	} catch {
		return raw;
	}
}

/** Removes comments, scripts and styles, whose text is not markup. */
function stripNonMarkup(html: string): string {
	return html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, (m) => m.slice(0, m.indexOf('>') + 1));
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
			return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
		}
		return NAMED[name.toLowerCase()] ?? whole;
	});
}
