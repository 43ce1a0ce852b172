/**
 * Writing an Atom feed (RFC 4287), the one writer behind the datasets feed and the changes feed.
 * Every value is plain text and is escaped here (escapeXml), since titles, names and commit
 * messages come from untrusted files.
 */
import { escapeXml } from './xml.ts';

/** A link of a feed or entry. */
export interface AtomLink {
	rel: 'alternate' | 'related' | 'self';
	type: string;
	href: string;
}

/** One entry; an empty `summary` and a missing `published` or `author` are left out. */
export interface AtomEntry {
	id: string;
	title: string;
	links: readonly AtomLink[];
	/** RFC 3339 date-time. */
	published?: string;
	/** RFC 3339 date-time. */
	updated: string;
	author?: string;
	summary?: string;
}

/** A feed: its head and its entries, in the order they are listed. */
export interface AtomFeed {
	lang: string;
	id: string;
	title: string;
	/** RFC 3339 date-time. */
	updated: string;
	links: readonly AtomLink[];
	author: string;
	entries: readonly AtomEntry[];
}

/** `<link>` of `link`. */
function linkElement({ rel, type, href }: AtomLink): string {
	return `<link rel="${rel}" type="${escapeXml(type)}" href="${escapeXml(href)}"/>`;
}

/** An entry on one line. */
function entryElement(entry: AtomEntry): string {
	return [
		'<entry>',
		`<id>${escapeXml(entry.id)}</id>`,
		`<title>${escapeXml(entry.title)}</title>`,
		...entry.links.map(linkElement),
		entry.published === undefined ? '' : `<published>${escapeXml(entry.published)}</published>`,
		`<updated>${escapeXml(entry.updated)}</updated>`,
		entry.author === undefined ? '' : `<author><name>${escapeXml(entry.author)}</name></author>`,
		entry.summary ? `<summary>${escapeXml(entry.summary)}</summary>` : '',
		'</entry>',
	].join('');
}

/** The XML document of `feed`: the head's elements and each entry on a line of its own. */
export function writeAtomFeed(feed: AtomFeed): string {
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
		`<id>${escapeXml(feed.id)}</id>`,
		`<title>${escapeXml(feed.title)}</title>`,
		`<updated>${escapeXml(feed.updated)}</updated>`,
		...feed.links.map(linkElement),
		`<author><name>${escapeXml(feed.author)}</name></author>`,
		...feed.entries.map(entryElement),
		'</feed>',
		'',
	].join('\n');
}
