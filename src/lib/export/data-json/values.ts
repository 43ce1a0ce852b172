/**
 * The data.json (Project Open Data v1.1) value of each field that needs a rule, one function per
 * rule. data.json has one language: texts are written in the catalogue's first language, falling
 * back to another where a translation is missing, as the pages do.
 */
import { localizedString } from '../../i18n/localize.ts';
import type { Dataset } from '../../model/catalogue.ts';
import { markdownExcerpt } from '../../render/markdown.ts';
import type { AccessLevel } from '../../records.ts';
import { frequency } from '../../vocabularies/index.ts';
import type { PodAccessLevel } from './types.ts';

/** The longest `rights` text the schema allows. */
export const RIGHTS_MAX_LENGTH = 255;

/**
 * The access level in the schema's words. `open` is `public`. `restricted` is `non-public`, not
 * `restricted public`: the latter is data "available under certain use restrictions" (a licence
 * agreement, a registration), while a restricted dataset here cannot be had at all (an exemption
 * applies). `under_review` is `non-public` too: nobody can have the data until the review ends.
 * The same reading gives the EU access rights of the DCAT-AP export (NON_PUBLIC, not RESTRICTED).
 */
export function podAccessLevel(level: AccessLevel): PodAccessLevel {
	return level === 'open' ? 'public' : 'non-public';
}

/**
 * The update frequency as the schema writes it: an ISO 8601 repeating duration (`R/P1Y`, from
 * the vocabulary table), `irregular` for irregular updates, and nothing for data that is never
 * updated or whose frequency is unknown or "other" (the schema has no words for those).
 */
export function podAccrualPeriodicity(code: string): string | undefined {
	if (code === 'IRREG') return 'irregular';
	return frequency(code)?.iso8601 ?? undefined;
}

/**
 * The spatial coverage in one of the schema's forms: a bounding box `west,south,east,north` in
 * decimal degrees when there is one; else the place's gazetteer address (e.g. GeoNames); else its
 * name.
 */
export function podSpatial(spatial: Dataset['spatial_coverage'], lang: string, languages: readonly string[]): string | undefined {
	if (!spatial) return undefined;
	if (spatial.bbox) return spatial.bbox.join(',');
	return spatial.uri ?? (localizedString(spatial.name, lang, languages) || undefined);
}

/**
 * The temporal coverage as an ISO 8601 interval `start/end`. A period still going on (no end) is
 * an unbounded repeating interval, `R/start/P1D`: day after day from the start, with no last
 * repetition. The schema's plain intervals all need an end (a date or a duration), and making one
 * up (the build date, the last update) would state a coverage the data does not claim; the
 * repeating form is one the schema allows (`R/<date>/<duration>`) that says "from start on".
 */
export function podTemporal(coverage: Dataset['temporal_coverage']): string | undefined {
	if (!coverage) return undefined;
	return coverage.end ? `${coverage.start}/${coverage.end}` : `R/${coverage.start}/P1D`;
}

/**
 * Why a non-public dataset is not public, as plain text of at most 255 characters (the schema's
 * limit): the first paragraph of the rationale (restricted) or review note (under review), cut at
 * a word. Nothing for open data, or for a dataset under review without a note.
 */
export function podRights(dataset: Dataset, lang: string, languages: readonly string[]): string | undefined {
	const text = dataset.access_level === 'restricted' ? dataset.rationale : dataset.access_level === 'under_review' ? dataset.review_note : undefined;
	return markdownExcerpt(localizedString(text, lang, languages), RIGHTS_MAX_LENGTH) || undefined;
}

/** `fields` without the ones that have no value, so the file never carries an empty field. */
export function definedOnly<T extends Record<string, unknown>>(fields: T): Partial<T> {
	return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}
