/**
 * Half-written files must not be published: the texts `npm run new:dataset` leaves for the steward
 * ("To be written…", "À rédiger…"), its `replace-me` download address, and addresses on the example
 * domains of RFC 2606 (example.org, example.com, example.net) are errors, with a hint saying what to
 * write instead.
 *
 * A catalogue whose own `site.url` is on an example domain, or on this machine (localhost,
 * 127.0.0.1, a `.test` or `.localhost` name), is a demonstration or a test fixture: there example
 * addresses are its real ones and are allowed; the scaffolder's placeholders never are.
 * (The bundled example catalogue lives on a real address and uses the `.example` top-level domain
 * for its fictional province, which this check leaves alone.)
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { formatPath, locate } from '../load/locate.ts';
import type { ParsedYaml } from '../load/parse-yaml.ts';

/** Phrases that mark text still to be written, in English and French. */
const UNWRITTEN_TEXT = /\b(to be written|to be completed|lorem ipsum)\b|(^|[^\p{L}])(à rédiger|à compléter)(?![\p{L}])/iu;
/** The scaffolder's address placeholder, in any URL or address. */
const REPLACE_ME = /replace[-_ ]me/i;
/** The example domains of RFC 2606 and their subdomains, in a web address or an e-mail address. */
const EXAMPLE_HOST = /^(?:[a-z0-9-]+\.)*example\.(?:org|com|net)$/i;

/** Whether `host` is example.org, example.com, example.net or one of their subdomains. */
export function isExampleHost(host: string): boolean {
	return EXAMPLE_HOST.test(host);
}

/** The host of a web address or the domain of an e-mail address, lower case; `undefined` for other text. */
function hostOf(text: string): string | undefined {
	const trimmed = text.trim();
	const email = /^[^\s@]+@([^\s@]+)$/.exec(trimmed);
	if (email) return email[1]!.toLowerCase();
	if (!/^https?:\/\//i.test(trimmed)) return undefined;
	try {
		return new URL(trimmed).hostname.toLowerCase();
	} catch {
		return undefined;
	}
}

/** Names that only ever mean this machine or a test (RFC 6761): localhost, loopback addresses, `.test`, `.localhost`. */
const LOCAL_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\]|(?:[a-z0-9-]+\.)+(?:test|localhost))$/i;

/**
 * Whether the catalogue is a demonstration: its `site.url` is itself on an example domain or on
 * this machine. Read from the parsed catalogue.yaml, valid or not.
 */
export function isDemoCatalogue(catalogueData: unknown): boolean {
	const url = (catalogueData as { site?: { url?: unknown } } | null | undefined)?.site?.url;
	const host = typeof url === 'string' ? hostOf(url) : undefined;
	return host !== undefined && (isExampleHost(host) || LOCAL_HOST.test(host));
}

/** The placeholder phrase `text` still holds ("To be written", "À rédiger"…), or `undefined`. */
export function unwrittenPhrase(text: string): string | undefined {
	return UNWRITTEN_TEXT.exec(text)?.[0].replace(/^[^\p{L}]/u, '');
}

/** The diagnostic for a text that still holds a placeholder phrase. */
export function unwrittenTextProblem(phrase: string): Pick<Diagnostic, 'severity' | 'code' | 'message' | 'hint'> {
	return {
		severity: 'error',
		code: 'placeholder.text',
		message: `still says "${phrase}": the text has not been written`,
		hint: 'write the real text in this language in place of the placeholder',
	};
}

/** Every string in `data` with its path. */
function* strings(data: unknown, path: (string | number)[] = []): Generator<[(string | number)[], string]> {
	if (typeof data === 'string') yield [path, data];
	else if (Array.isArray(data)) for (let i = 0; i < data.length; i++) yield* strings(data[i], [...path, i]);
	else if (data && typeof data === 'object') for (const [key, value] of Object.entries(data)) yield* strings(value, [...path, key]);
}

/**
 * The placeholders left in one parsed file, schema-valid or not. `demo` allows the example domains
 * (see {@link isDemoCatalogue}).
 */
export function checkPlaceholders(parsed: ParsedYaml, { demo }: { demo: boolean }): Diagnostic[] {
	const out: Diagnostic[] = [];
	for (const [path, text] of strings(parsed.data)) {
		// Located only when there is a problem: locating builds the file's YAML document, which most
		// files (and every file without a placeholder) never need; at 10,000 datasets that was ~4.5 s.
		const at = () => ({ file: parsed.file, ...locate(parsed, path), field: formatPath(path) });
		const host = hostOf(text);
		if (host !== undefined && REPLACE_ME.test(text)) {
			out.push({
				severity: 'error',
				code: 'placeholder.address',
				...at(),
				message: 'is still the placeholder address of the new file',
				got: text,
				hint: 'replace it with the real address of the file or page people use, starting with https://',
			});
		} else if (host !== undefined && !demo && isExampleHost(host)) {
			out.push({
				severity: 'error',
				code: 'placeholder.example-domain',
				...at(),
				message: `is on ${host}, an example domain that belongs to no one`,
				got: text,
				hint:
					text.includes('@') && !/^https?:/i.test(text)
						? 'give the real mailbox of the team that answers questions'
						: 'give the real address; example.org, example.com and example.net are placeholders',
			});
		} else if (host === undefined) {
			const phrase = unwrittenPhrase(text);
			if (phrase !== undefined) out.push({ ...at(), ...unwrittenTextProblem(phrase) });
		}
	}
	return out;
}
