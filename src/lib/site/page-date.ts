/** Dates as the pages write them, each written once per build rather than once per page. */
import { formatDate } from '../i18n/format.ts';

/** Bounded: a catalogue has a few thousand distinct dates, each on many pages. */
const MAX_DATES = 20_000;
const written = new Map<string, string>();

/**
 * {@link formatDate} of `isoDate` in `lang`, kept: 20,000 dataset pages and their lists write the
 * same few thousand dates, and formatting one costs more than looking it up. Apart from
 * formatDate so that the search page's script, which formats dates too, does not carry the cache.
 */
export function pageDate(isoDate: string, lang: string): string {
	const key = `${lang} ${isoDate}`;
	let text = written.get(key);
	if (text === undefined) {
		text = formatDate(isoDate, lang);
		if (written.size >= MAX_DATES) written.clear();
		written.set(key, text);
	}
	return text;
}
