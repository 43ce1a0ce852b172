/**
 * Every XML file the example build writes (the Atom feeds, the sitemap, the DCAT-AP RDF/XML and any
 * other .xml or .rdf) is read with a conforming XML parser (saxes), which refuses what XML 1.0 does:
 * a control character, a broken tag, an undeclared entity. Validation keeps such characters out of
 * the text; this checks that nothing the build writes lets one through.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExampleSite, type BuiltSite } from '../browser/support/build.ts';

let site: BuiltSite;
beforeAll(async () => {
	site = await buildExampleSite();
}, 600_000);
afterAll(() => site?.remove());

/** The first well-formedness error of `xml`, or undefined. */
function xmlError(xml: string): string | undefined {
	const parser = new SaxesParser({ xmlns: true });
	let error: string | undefined;
	parser.on('error', (e) => {
		error ??= e.message;
	});
	parser.write(xml).close();
	return error;
}

describe('the XML the build writes', () => {
	it('is well-formed in every file', () => {
		const files = readdirSync(site.dir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile() && /\.(xml|rdf)$/.test(entry.name))
			.map((entry) => join(entry.parentPath, entry.name));
		expect(files.map((f) => f.slice(site.dir.length + 1)).sort()).toEqual(expect.arrayContaining(['en/feed.xml', 'fr/feed.xml', 'sitemap.xml']));
		for (const file of files) expect({ file, error: xmlError(readFileSync(file, 'utf8')) }).toEqual({ file, error: undefined });
	});

	it('would catch a control character or a broken tag', () => {
		expect(xmlError('<feed><title>a\u0000b</title></feed>')).toMatch(/character/i);
		expect(xmlError('<feed><title>a</feed>')).toBeDefined();
		expect(xmlError('<feed><title>a &amp; b</title></feed>')).toBeUndefined();
	});
});
