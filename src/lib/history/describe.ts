/**
 * A change in words, in one interface language: "Access changed from Under review to Open",
 * "New distribution: Counts (CSV)". Values from the files (licence ids, statuses) are turned into
 * their labels where the catalogue has one; anything else is shown as written, as text.
 */
import { formatDate } from '../i18n/format.ts';
import type { UiLanguage } from '../i18n/languages.ts';
import { localizedString } from '../i18n/localize.ts';
import { t, UI_STRINGS, type UiKey } from '../i18n/translate.ts';
import type { Change } from './changes.ts';

/** How labels are found for the values a change names. */
export interface DescribeContext {
	lang: UiLanguage;
	languages: readonly string[];
	/** A licence's name from its id, when the catalogue has it. */
	licenceName?: (id: string) => string | undefined;
}

/** The label of a key when the interface has it, else the value as written. */
function label(lang: UiLanguage, prefix: string, value: string | undefined): string {
	if (value === undefined) return t(lang, 'change.none');
	const key = `${prefix}.${value}` as UiKey;
	return key in UI_STRINGS[lang] ? t(lang, key) : value;
}

/** The sentence for `change`. (`request-datasets` is the lead of a list of links: the page adds them.) */
export function describeChange(change: Change, { lang, languages, licenceName }: DescribeContext): string {
	const licence = (id: string | undefined) => (id === undefined ? t(lang, 'change.none') : (licenceName?.(id) ?? id));
	const title = (text: Partial<Record<string, string>>) => localizedString(text, lang, languages, '–');
	switch (change.type) {
		case 'added':
			return t(lang, 'change.added');
		case 'removed':
			return t(lang, 'change.removed');
		case 'unreadable':
			return t(lang, 'change.unreadable', { reason: change.reason });
		case 'access':
			return t(lang, 'change.access', { from: label(lang, 'access', change.from), to: label(lang, 'access', change.to) });
		case 'licence':
			if (change.from === undefined) return t(lang, 'change.licenceSet', { to: licence(change.to) });
			if (change.to === undefined) return t(lang, 'change.licenceRemoved', { from: licence(change.from) });
			return t(lang, 'change.licence', { from: licence(change.from), to: licence(change.to) });
		case 'publisher':
			return t(lang, 'change.publisher', { from: change.from, to: change.to });
		case 'edited': {
			const key = `change.field.${change.field}` as UiKey;
			return t(lang, 'change.edited', { field: key in UI_STRINGS[lang] ? t(lang, key) : t(lang, 'change.field.other') });
		}
		case 'distribution-added':
			return t(lang, 'change.distributionAdded', { title: title(change.title) });
		case 'distribution-removed':
			return t(lang, 'change.distributionRemoved', { title: title(change.title) });
		case 'distribution-edited':
			return t(lang, 'change.distributionEdited', { title: title(change.title) });
		case 'request-status': {
			const to = label(lang, 'request.status', change.to);
			const text =
				change.from === undefined
					? t(lang, 'change.requestStatusNew', { to })
					: t(lang, 'change.requestStatus', { from: label(lang, 'request.status', change.from), to });
			return change.date && /^\d{4}-\d{2}-\d{2}$/.test(change.date) ? `${text} (${formatDate(change.date, lang)})` : text;
		}
		case 'request-datasets':
			return t(lang, change.added.length ? 'change.requestDatasets' : 'change.requestDatasetsRemoved');
		case 'milestone-completion':
			return change.from === undefined
				? t(lang, 'change.completionNew', { to: label(lang, 'completion', change.to) })
				: t(lang, 'change.completion', { from: label(lang, 'completion', change.from), to: label(lang, 'completion', change.to) });
		case 'release-status':
			return change.from === undefined
				? t(lang, 'change.releaseStatusNew', { to: label(lang, 'state', change.to) })
				: t(lang, 'change.releaseStatus', { from: label(lang, 'state', change.from), to: label(lang, 'state', change.to) });
		case 'planned-date':
			return t(lang, 'change.plannedDate', { from: change.from ?? t(lang, 'change.none'), to: change.to });
		case 'actual-release':
			return t(lang, 'change.actualRelease', { date: /^\d{4}-\d{2}-\d{2}$/.test(change.to) ? formatDate(change.to, lang) : change.to });
	}
}
