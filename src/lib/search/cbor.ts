/**
 * A small CBOR (RFC 8949) reader for the parts of Pagefind's index the build checks its facet
 * tables against (src/integrations/pagefind-bundle.ts): definite-length integers, strings, arrays
 * and maps, and the simple values — what Pagefind's encoder (minicbor) writes for them. Anything else,
 * or a length running past the end, throws rather than guess.
 */

/** A decoded CBOR value. */
export type CborValue = number | string | Uint8Array | boolean | null | undefined | CborValue[] | { [key: string]: CborValue };

/** Nesting deeper than this is refused (Pagefind's files nest three or four levels). */
const MAX_DEPTH = 32;

/** Decodes the one CBOR item that fills `bytes`. Throws on malformed or unsupported input, or bytes left over. */
export function decodeCbor(bytes: Uint8Array): CborValue {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const text = new TextDecoder('utf-8', { fatal: true });
	let at = 0;
	const need = (count: number) => {
		if (count > bytes.length - at) throw new Error(`CBOR: ${count} bytes needed at ${at}, ${bytes.length - at} left`);
	};
	const argument = (info: number): number => {
		if (info < 24) return info;
		const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
		if (size === 0) throw new Error(`CBOR: indefinite or reserved length (${info}) at ${at}`);
		need(size);
		const value = size === 1 ? view.getUint8(at) : size === 2 ? view.getUint16(at) : size === 4 ? view.getUint32(at) : Number(view.getBigUint64(at));
		at += size;
		return value;
	};
	const item = (depth: number): CborValue => {
		if (depth > MAX_DEPTH) throw new Error(`CBOR: nested deeper than ${MAX_DEPTH}`);
		need(1);
		const initial = bytes[at++]!;
		const major = initial >> 5;
		const info = initial & 31;
		if (major === 7) return simple(info);
		const value = argument(info);
		switch (major) {
			case 0:
				return value;
			case 1:
				return -1 - value;
			case 2:
			case 3: {
				need(value);
				const slice = bytes.subarray(at, at + value);
				at += value;
				return major === 2 ? slice : text.decode(slice);
			}
			case 4: {
				need(value); // every item takes at least a byte: a huge count cannot allocate before failing
				const array: CborValue[] = [];
				for (let i = 0; i < value; i++) array.push(item(depth + 1));
				return array;
			}
			case 5: {
				need(value * 2);
				// No prototype: a `__proto__` key is data, not a way to change the object.
				const map: { [key: string]: CborValue } = Object.create(null) as { [key: string]: CborValue };
				for (let i = 0; i < value; i++) {
					const key = item(depth + 1);
					map[String(key)] = item(depth + 1);
				}
				return map;
			}
			default:
				throw new Error(`CBOR: tags (major type 6) are not supported, at ${at - 1}`);
		}
	};
	const simple = (info: number): CborValue => {
		if (info === 20) return false;
		if (info === 21) return true;
		if (info === 22) return null;
		if (info === 23) return undefined;
		throw new Error(`CBOR: unsupported simple value or float (${info}) at ${at - 1}`);
	};
	const value = item(0);
	if (at !== bytes.length) throw new Error(`CBOR: ${bytes.length - at} bytes left after the item`);
	return value;
}
