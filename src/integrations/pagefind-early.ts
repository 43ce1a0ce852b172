/**
 * The search index started by `npm run build` as soon as it has the validated catalogue
 * (scripts/build.ts), rather than at `astro:build:start`, ~4 s later at 10,000 datasets, once Astro
 * has started and Vite has made its bundles: the first language's records are made and indexed by
 * Pagefind meanwhile, and it is Pagefind's work, not the pages', that a rebuild waits on. The
 * integration (pagefind.ts) takes it up when the catalogue its pages get is the one the index was
 * started for, and writes it as before, into the output folder once Astro has emptied it; the
 * index is passed on `globalThis`, since Astro may load the integration as another module instance
 * than the script's (as catalogue-store.ts says).
 */
import type { Catalogue } from '../lib/model/catalogue.ts';
import { getCatalogue } from '../lib/site/get-catalogue.ts';
import type { IndexWrite } from '../lib/build/writes-beside-pages.ts';
import { startCatalogueSearchIndex, type SearchIndexing, type SearchIndexOptions } from './pagefind.ts';

interface EarlyIndex {
	catalogue: Catalogue;
	indexing: SearchIndexing;
	/** Sets what each language's write waits for (the integration's wait for the export worker). */
	writeAfter: (wait: (write: IndexWrite) => Promise<unknown>) => void;
}

interface Holder {
	/** Started and not yet taken up by the integration. */
	waiting?: EarlyIndex;
	/** Started by this process's build script, taken up or not: what a failed build closes. */
	started?: SearchIndexing;
}

const KEY = Symbol.for('open-data-catalogue.search-index-early');

function holder(): Holder {
	const scope = globalThis as typeof globalThis & { [KEY]?: Holder };
	scope[KEY] ??= {};
	return scope[KEY];
}

/**
 * Starts indexing `catalogue`'s search records now, for the build that follows in this process to
 * take up ({@link takeEarlySearchIndex}). Nothing is written until the integration knows the output
 * folder. A previous one still waiting is closed.
 */
export function startEarlySearchIndex(catalogue: Catalogue, options: Omit<SearchIndexOptions, 'writeAfter'> = {}): SearchIndexing {
	const current = holder();
	void current.waiting?.indexing.close();
	let wait: ((write: IndexWrite) => Promise<unknown>) | undefined;
	// Asked only once the output folder is known, which the integration gives after it has set `wait`.
	const indexing = startCatalogueSearchIndex(catalogue, { ...options, writeAfter: async (write) => wait?.(write) });
	current.waiting = { catalogue, indexing, writeAfter: (given) => (wait = given) };
	current.started = indexing;
	return indexing;
}

/**
 * The index {@link startEarlySearchIndex} started, once: when the catalogue the pages get is the
 * one it was started for, with `writeAfter` set; otherwise (another catalogue, or none: the pages
 * load it themselves) undefined, and one started for another catalogue is closed.
 */
export async function takeEarlySearchIndex(writeAfter: (write: IndexWrite) => Promise<unknown>): Promise<SearchIndexing | undefined> {
	const current = holder();
	const early = current.waiting;
	current.waiting = undefined;
	if (!early) return undefined;
	const catalogue = await getCatalogue().catch(() => undefined);
	if (catalogue !== early.catalogue) {
		await early.indexing.close();
		return undefined;
	}
	early.writeAfter(writeAfter);
	return early.indexing;
}

/**
 * Closes the index this process's build script started, taken up or not (a build that failed):
 * once it resolves, nothing more is written into the bundle folder, which the script then removes.
 */
export async function closeEarlySearchIndex(): Promise<void> {
	const current = holder();
	const started = current.started;
	current.waiting = current.started = undefined;
	await started?.close();
}
