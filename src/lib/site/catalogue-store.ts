/**
 * The loaded catalogue of the running build or dev server, and what pages derive from it (the
 * DCAT-AP and data.json exports), kept once per process on `globalThis`: the dev server's file
 * watcher (integrations/catalogue-dev.ts) and the pages rendered through Vite's module runner are
 * separate module instances in the same process, and must see the same catalogue. The watcher
 * reloads it when a catalogue file is saved; everything derived from the old one is dropped.
 * `npm run build` hands over the catalogue it has just loaded and validated, so the Astro build it
 * then runs in the same process does not load it again.
 */
import { resolve } from 'node:path';
import { loadCatalogue, type LoadResult } from '../catalogue.ts';
import type { Catalogue } from '../model/catalogue.ts';
import { resolveAsOf } from '../schedules/as-of.ts';

interface Store {
	loaded?: Promise<LoadResult>;
	/** The folder and as-of date `loaded` was loaded for. */
	key?: string;
	derived: Map<string, Promise<unknown>>;
}

const KEY = Symbol.for('open-data-catalogue.catalogue-store');

function store(): Store {
	const holder = globalThis as typeof globalThis & { [KEY]?: Store };
	holder[KEY] ??= { derived: new Map() };
	return holder[KEY];
}

/** The catalogue folder: `CATALOGUE_DIR`, else the working directory. */
export function catalogueRoot(): string {
	return process.env.CATALOGUE_DIR ?? process.cwd();
}

const keyOf = (root: string, asOf: string) => `${resolve(root)}\n${asOf}`;

/** The loaded catalogue and its problems, loaded on first use with schedules judged on `AS_OF` (default today). */
export function loadedCatalogue(): Promise<LoadResult> {
	const current = store();
	const asOf = resolveAsOf(undefined);
	const key = keyOf(catalogueRoot(), asOf);
	if (!current.loaded || current.key !== key) {
		current.loaded = loadCatalogue(catalogueRoot(), { asOf });
		current.key = key;
		current.derived.clear();
	}
	return current.loaded;
}

/**
 * Gives the Astro build of this process the catalogue loaded from `root` and validated as of
 * `asOf` (scripts/build.ts), so the pages do not load it again.
 */
export function handOverCatalogue(root: string, asOf: string, catalogue: Catalogue): void {
	const current = store();
	current.loaded = Promise.resolve({ catalogue, soundPart: catalogue, diagnostics: [], fileCount: 0 });
	current.key = keyOf(root, asOf);
	current.derived.clear();
}

/** Forgets the loaded catalogue and everything derived from it, then loads it afresh. */
export function reloadCatalogue(): Promise<LoadResult> {
	const current = store();
	current.loaded = undefined;
	current.derived.clear();
	return loadedCatalogue();
}

/** `make()`, computed once per loaded catalogue under `name` (an export of the whole catalogue). */
export function derivedFromCatalogue<T>(name: string, make: () => Promise<T>): Promise<T> {
	const { derived } = store();
	if (!derived.has(name)) derived.set(name, make());
	return derived.get(name) as Promise<T>;
}
