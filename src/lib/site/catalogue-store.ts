/**
 * The loaded catalogue of the running build or dev server, and what pages derive from it (the
 * DCAT-AP and data.json exports), kept once per process on `globalThis`: the dev server's file
 * watcher (integrations/catalogue-dev.ts) and the pages rendered through Vite's module runner are
 * separate module instances in the same process, and must see the same catalogue. The watcher
 * reloads it when a catalogue file is saved; everything derived from the old one is dropped.
 */
import { loadCatalogue, type LoadResult } from '../catalogue.ts';
import { resolveAsOf } from '../schedules/as-of.ts';

interface Store {
	loaded?: Promise<LoadResult>;
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

/** The loaded catalogue and its problems, loaded on first use with schedules judged on `AS_OF` (default today). */
export function loadedCatalogue(): Promise<LoadResult> {
	const current = store();
	current.loaded ??= loadCatalogue(catalogueRoot(), { asOf: resolveAsOf(undefined) });
	return current.loaded;
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
