/**
 * Whether a file that is meant to be CSV plausibly is: servers answer a missing file with an HTML
 * page, and a "CSV" link sometimes leads to a spreadsheet, a zip or JSON. Looking at the first bytes
 * tells those apart from text before anything tries to parse them as rows.
 */

/** Why a file is not CSV: it is empty, binary (a spreadsheet, an archive, a PDF), a web page or XML, or JSON. */
export type NotCsvReason = 'empty' | 'binary' | 'markup' | 'json';

const SIGNATURES: readonly (readonly number[])[] = [
	[0x50, 0x4b, 0x03, 0x04], // zip, and so xlsx, ods, docx
	[0x25, 0x50, 0x44, 0x46], // %PDF
	[0xd0, 0xcf, 0x11, 0xe0], // old Office files (xls)
	[0x1f, 0x8b], // gzip
	[0x89, 0x50, 0x4e, 0x47], // PNG
	[0x47, 0x49, 0x46, 0x38], // GIF
	[0xff, 0xd8, 0xff], // JPEG
];

const MARKUP = /^<(?:!doctype|html|head|body|\?xml|!--|rss|feed|svg)\b/i;

/** How many of the first bytes are looked at. */
export const SNIFF_BYTES = 8192;

/**
 * Why the file that starts with `bytes` is not CSV, or undefined when it may well be. `bomLength`
 * bytes of byte-order mark are skipped; UTF-16 text (`utf16`) is allowed its zero bytes.
 */
export function notCsvReason(bytes: Uint8Array, options: { bomLength?: number; utf16?: boolean } = {}): NotCsvReason | undefined {
	const start = options.bomLength ?? 0;
	const head = bytes.subarray(start, start + SNIFF_BYTES);
	if (SIGNATURES.some((signature) => signature.every((byte, i) => head[i] === byte))) return 'binary';
	if (!options.utf16 && head.includes(0)) return 'binary';
	const text = firstCharacters(head, options.utf16 === true);
	if (text === '') return 'empty';
	if (MARKUP.test(text)) return 'markup';
	if (/^(?:\{|\[\s*[{[])/.test(text)) return 'json';
	return undefined;
}

/** The first few characters after leading white space, read leniently (enough to recognise a format). */
function firstCharacters(head: Uint8Array, utf16: boolean): string {
	const ascii: string[] = [];
	const step = utf16 ? 2 : 1;
	for (let i = 0; i < head.length && ascii.length < 16; i += step) {
		// In UTF-16 either byte of a pair may hold the ASCII code; the other is zero.
		const code = utf16 ? head[i]! | head[i + 1]! : head[i]!;
		if (ascii.length === 0 && (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d)) continue;
		ascii.push(String.fromCharCode(code));
	}
	return ascii.join('');
}
