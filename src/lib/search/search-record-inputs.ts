/**
 * The digest of everything a dataset's search record (search-record.ts) is made from but the code
 * and the language, under which the record is kept from one build to the next
 * (search-record-store.ts): a rebuild makes again only the records whose digest changed.
 *
 * What the record reads, found in search-record.ts, index-text.ts and index-data.ts: the dataset
 * (all of it: its title, description, keywords, distributions, themes, access level, frequency,
 * dates, licence and publisher identifiers), its publisher's record (name and acronym), its
 * licence's record (name), the catalogue's languages (the fallback order of every localized
 * text) and, through the freshness filter, the as-of date. The dataset and the two records are
 * taken whole, by their JSON text (the dataset's by its digest, model/dataset-digest.ts, which its
 * pages' and exported files' keys share): a field the record starts to read later needs no change
 * here. The as-of date is taken as the freshness state it gives
 * (index-data.ts's `datasetFreshnessState`, which the record itself shows), so a build on another
 * day makes again only the records whose freshness changed. Nothing else of the catalogue is read
 * (not its settings, schedules or requests): a change there keeps every record. The code's version
 * (code-version.ts: src/lib with the vocabularies, src/i18n's labels, the lockfile's markdown-it)
 * is the store's, not each digest's.
 */
import { createHash } from 'node:crypto';
import type { Catalogue, Dataset } from '../model/catalogue.ts';
import { datasetDigest } from '../model/dataset-digest.ts';
import { datasetFreshnessState } from './index-data.ts';

/** Bumped when what the digest covers changes. */
const FORMAT = 'odc-search-record-inputs/2';

/**
 * The function giving each dataset of `catalogue` the SHA-256 (hex) of its search records' inputs,
 * the same in every language; each computed once.
 */
export function searchRecordInputs(catalogue: Pick<Catalogue, 'languages' | 'publisherById' | 'licenceById' | 'schedule'>): (dataset: Dataset) => string {
	const languages = JSON.stringify(catalogue.languages);
	const made = new WeakMap<Dataset, string>();
	return (dataset) => {
		let digest = made.get(dataset);
		if (digest !== undefined) return digest;
		const parts = [
			languages,
			datasetDigest(dataset),
			JSON.stringify(catalogue.publisherById.get(dataset.publisher) ?? null),
			dataset.licence === undefined ? '-' : JSON.stringify(catalogue.licenceById.get(dataset.licence) ?? null),
			datasetFreshnessState(dataset, catalogue),
		];
		const hash = createHash('sha256').update(FORMAT);
		// Each part prefixed by its length: no two sets of parts hash alike.
		for (const part of parts) hash.update(`\n${part.length}\n`).update(part);
		digest = hash.digest('hex');
		made.set(dataset, digest);
		return digest;
	};
}
