/** Writing XML by hand, safely: the one escaping function the sitemap and feeds use. */

/** `text` with `&`, `<`, `>`, `"` and `'` escaped, for XML text and attribute values. */
export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}
