/** How pages write planned release dates and quarters. */
import { formatDate, formatMonth } from '../../i18n/format.ts';
import type { UiLanguage } from '../../i18n/languages.ts';
import { t } from '../../i18n/translate.ts';
import type { PlannedDate } from '../../schedules/planned-date.ts';

/** A quarter (`2027-Q1`) in `lang`: `Q1 2027`, `T1 2027`. */
export function quarterLabel(quarter: string, lang: UiLanguage): string {
	return t(lang, 'quarter', { quarter: quarter.slice(6), year: quarter.slice(0, 4) });
}

/** A planned release date as precise as the ministry gave it: `March 31, 2027`, `March 2027`, `Q1 2027`. */
export function plannedLabel(planned: PlannedDate, lang: UiLanguage): string {
	if (planned.precision === 'day') return formatDate(planned.text, lang);
	if (planned.precision === 'month') return formatMonth(planned.text, lang);
	return quarterLabel(planned.text, lang);
}
