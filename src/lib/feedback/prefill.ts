/**
 * The feedback page's address with what it is about filled in: pages link to
 * `/{lang}/feedback/?type=problem&dataset=…&publisher=…` and the form reads the parameters on load.
 * Parameter names: `type`, `dataset`, `publisher`, `q` (a search that found nothing) and `schedule`
 * (a planned release of a release schedule).
 */
import type { FeedbackType } from '../records.ts';
import { basePath, href } from '../routes.ts';

/** What the feedback form can ask about, in the order it offers them. */
export const FEEDBACK_TYPES: readonly FeedbackType[] = ['request', 'problem', 'plan', 'general'];

/** What a link to the feedback page fills in. Every part is optional. */
export interface FeedbackPrefill {
	type?: FeedbackType;
	/** A dataset's identifier. */
	dataset?: string;
	/** A publisher's identifier. */
	publisher?: string;
	/** A search that found nothing. */
	query?: string;
	/** A planned release, as the release schedule identifies its row. */
	scheduleRow?: string;
}

/** The query parameter of each part, in the order addresses list them. */
const PARAMETERS = [
	['type', 'type'],
	['dataset', 'dataset'],
	['publisher', 'publisher'],
	['query', 'q'],
	['scheduleRow', 'schedule'],
] as const satisfies ReadonlyArray<readonly [keyof FeedbackPrefill, string]>;

const IDENTIFIER = /^[a-z0-9][a-z0-9-]{0,99}$/;
/** Free text parts (a query, a schedule row) are one line of at most this many characters. */
export const MAX_PREFILL_TEXT = 200;

/** Whether `value` is one of the feedback types. */
export function isFeedbackType(value: unknown): value is FeedbackType {
	return (FEEDBACK_TYPES as readonly unknown[]).includes(value);
}

/**
 * The query string that fills in the feedback form (`?type=problem&dataset=x`), or `''` when there
 * is nothing to fill in. Parts that the form would refuse are left out.
 */
export function feedbackQuery(prefill: FeedbackPrefill): string {
	const clean = cleanPrefill(prefill);
	const pairs = PARAMETERS.flatMap(([part, name]) => (clean[part] === undefined ? [] : [`${name}=${encodeURIComponent(clean[part])}`]));
	return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

/**
 * The link to the feedback page in `lang` with `prefill` filled in, base path included.
 *
 * @example feedbackHref('en', { type: 'problem', dataset: 'traffic-volumes', publisher: 'mto' })
 * // → '/en/feedback/?type=problem&dataset=traffic-volumes&publisher=mto'
 */
export function feedbackHref(lang: string, prefill: FeedbackPrefill = {}, base: string = basePath()): string {
	return href(lang, { page: 'feedback' }, base) + feedbackQuery(prefill);
}

/** Reads what a feedback address fills in (`location.search`), keeping only well-formed parts. */
export function readFeedbackPrefill(search: string): FeedbackPrefill {
	const params = new URLSearchParams(search);
	const raw: Partial<Record<keyof FeedbackPrefill, string>> = {};
	for (const [part, name] of PARAMETERS) raw[part] = params.get(name) ?? undefined;
	return cleanPrefill(raw);
}

/** Drops the parts that are malformed: an unknown type, an identifier that is not one, text over a line. */
function cleanPrefill(prefill: Partial<Record<keyof FeedbackPrefill, string>>): FeedbackPrefill {
	const text = (value: string | undefined) => {
		const trimmed = value?.replace(/\s+/g, ' ').trim();
		return trimmed && [...trimmed].length <= MAX_PREFILL_TEXT ? trimmed : undefined;
	};
	const identifier = (value: string | undefined) => (value !== undefined && IDENTIFIER.test(value) ? value : undefined);
	const result: FeedbackPrefill = {};
	if (isFeedbackType(prefill.type)) result.type = prefill.type;
	const dataset = identifier(prefill.dataset);
	const publisher = identifier(prefill.publisher);
	const query = text(prefill.query);
	const scheduleRow = text(prefill.scheduleRow);
	if (dataset) result.dataset = dataset;
	if (publisher) result.publisher = publisher;
	if (query) result.query = query;
	if (scheduleRow) result.scheduleRow = scheduleRow;
	return result;
}
