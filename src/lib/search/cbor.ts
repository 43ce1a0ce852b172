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

/**
 * Encodes `value` as CBOR the way Pagefind's encoder (minicbor) does for what {@link decodeCbor}
 * reads: definite lengths, the shortest head for every number and length, maps with text keys.
 * Throws on what it cannot write exactly (fractions, integers past 2^53, `undefined` in a map).
 * The build rewrites a Pagefind file with it (src/integrations/pagefind-page-ids.ts) only after
 * checking that the file, decoded and encoded again, comes out byte for byte as it was.
 */
export function encodeCbor(value: CborValue): Uint8Array {
	const chunks: Uint8Array[] = [];
	let size = 0;
	const put = (bytes: Uint8Array) => {
		chunks.push(bytes);
		size += bytes.length;
	};
	const head = (major: number, argument: number) => {
		if (!Number.isSafeInteger(argument) || argument < 0) throw new Error(`CBOR: cannot encode ${argument}`);
		const type = major << 5;
		if (argument < 24) return put(Uint8Array.of(type | argument));
		if (argument < 0x100) return put(Uint8Array.of(type | 24, argument));
		const bytes = new Uint8Array(argument < 0x10000 ? 3 : argument < 0x100000000 ? 5 : 9);
		const view = new DataView(bytes.buffer);
		if (bytes.length === 3) view.setUint16(1, argument);
		else if (bytes.length === 5) view.setUint32(1, argument);
		else view.setBigUint64(1, BigInt(argument));
		bytes[0] = type | (bytes.length === 3 ? 25 : bytes.length === 5 ? 26 : 27);
		put(bytes);
	};
	const text = new TextEncoder();
	const item = (value: CborValue, depth: number): void => {
		if (depth > MAX_DEPTH) throw new Error(`CBOR: nested deeper than ${MAX_DEPTH}`);
		if (typeof value === 'number') return value >= 0 ? head(0, value) : head(1, -1 - value);
		if (typeof value === 'string') {
			const bytes = text.encode(value);
			head(3, bytes.length);
			return put(bytes);
		}
		if (value instanceof Uint8Array) {
			head(2, value.length);
			return put(value);
		}
		if (value === false || value === true || value === null || value === undefined)
			return put(Uint8Array.of(0xe0 | (value === false ? 20 : value === true ? 21 : value === null ? 22 : 23)));
		if (Array.isArray(value)) {
			head(4, value.length);
			for (const entry of value) item(entry, depth + 1);
			return;
		}
		const entries = Object.entries(value);
		head(5, entries.length);
		for (const [key, entry] of entries) {
			item(key, depth + 1);
			item(entry, depth + 1);
		}
	};
	item(value, 0);
	const out = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}
