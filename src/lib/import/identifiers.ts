/**
 * Identifiers for imported records and publishers: made from the source's own name or id, so the
 * same source record always lands in the same file, and unique (a second record whose name makes
 * the same identifier gets a short hash of its source id added).
 */
import { createHash } from 'node:crypto';
import { slugify } from '../text/slugify.ts';

const IDENTIFIER = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** A stable identifier for `sourceId`, preferring `preferred` (a CKAN name, a file name), not in `taken`. */
export function stableIdentifier(sourceId: string, preferred: string | undefined, taken: Set<string>): string {
	const base = [preferred, sourceId].map((text) => (text ? slugify(decodeSafely(text)) : '')).find((slug) => IDENTIFIER.test(slug)) ?? '';
	let id = base && !taken.has(base) ? base : `${base.slice(0, 90) || 'dataset'}-${shortHash(sourceId)}`.replace(/^-/, '');
	for (let n = 2; taken.has(id); n++) id = `${base.slice(0, 85) || 'dataset'}-${shortHash(`${sourceId}#${n}`)}`;
	taken.add(id);
	return id;
}

/** The publisher identifier for a source's publisher key (`statcan`, `Aberdeen City Council`). */
export function publisherIdentifier(key: string): string | undefined {
	const slug = slugify(decodeSafely(key)).slice(0, 100).replace(/-+$/, '');
	return IDENTIFIER.test(slug) ? slug : undefined;
}

function shortHash(text: string): string {
	return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

/** `aberdeen+city+council%2C` → `aberdeen city council,`; text that is not URL-encoded is left as it is. */
function decodeSafely(text: string): string {
	try {
		return decodeURIComponent(text.replace(/\+/g, ' '));
	} catch {
		return text.replace(/\+/g, ' ');
	}
}
