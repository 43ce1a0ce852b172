/** Writing XML by hand, safely: the one escaping function the sitemap and feeds use. */

/**
 * `text` with `&`, `<`, `>`, `"` and `'` escaped, for XML text and attribute values. Characters
 * XML 1.0 does not allow at all (control characters, lone surrogates) are dropped, so untrusted
 * text cannot make a document ill-formed.
 */
export function escapeXml(text: string): string {
	return text
		.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
		.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}
