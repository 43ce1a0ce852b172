/**
 * The one place `mailto:` links are made. An address from metadata or from the feedback settings
 * arrives by pull request: `opendata%40example.org?bcc=attacker@evil.example` would add recipients
 * to every message if written raw into a link. Only plain addresses make links (the same form the
 * schemas require), the local part is percent-encoded, and subject and body go in as encoded fields.
 */

/**
 * A plain e-mail address: letters, digits and `. _ + ' -` before the `@`, a domain of dot-separated
 * labels after it; no `?`, `%`, `&`, spaces or quotes. schemas/common.schema.json#/$defs/email holds
 * the same pattern (a test checks they agree).
 */
export const PLAIN_EMAIL_PATTERN = "^[A-Za-z0-9._+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$";

const PLAIN_EMAIL = new RegExp(PLAIN_EMAIL_PATTERN);

/** Whether `address` is a plain e-mail address that may become a link. */
export function isPlainEmail(address: string): boolean {
	return address.length <= 254 && PLAIN_EMAIL.test(address);
}

/**
 * The `mailto:` link to `address` with the given header fields (`subject`, `body`; absent ones left
 * out), percent-encoded as RFC 6068 asks (spaces as %20); undefined when the address is not plain.
 */
export function mailtoUrl(address: string, fields: ReadonlyArray<[string, string | undefined]> = []): string | undefined {
	if (!isPlainEmail(address)) return undefined;
	const at = address.lastIndexOf('@');
	const query = fields
		.filter((entry): entry is [string, string] => entry[1] !== undefined)
		.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
		.join('&');
	return `mailto:${encodeURIComponent(address.slice(0, at))}@${address.slice(at + 1)}${query ? `?${query}` : ''}`;
}
