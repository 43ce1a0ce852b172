/** Seeded randomness for the synthetic catalogue: the same seed always draws the same catalogue. */

/** Mulberry32: a tiny, fast, seedable PRNG returning floats in [0, 1). */
export function createRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Helpers bound to one PRNG. */
export class Draw {
	readonly next: () => number;
	constructor(seed: number) {
		this.next = createRandom(seed);
	}
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}
	pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.next() * items.length)]!;
	}
	/** `count` distinct items, in the order drawn. */
	sample<T>(items: readonly T[], count: number): T[] {
		const pool = [...items];
		const out: T[] = [];
		while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
		return out;
	}
	chance(p: number): boolean {
		return this.next() < p;
	}
}
