/** The scorecard page's words and chart bars, from the computed scorecard. */
import { formatPercent } from '../i18n/format.ts';
import type { UiLanguage } from '../i18n/languages.ts';
import { t, tCount, type UiKey } from '../i18n/translate.ts';
import type { Catalogue } from '../model/catalogue.ts';
import type { Route } from '../routes.ts';
import type { IndicatorResult } from '../scorecard/compute.ts';
import type { Bar } from './charts/stacked-bars.ts';
import { quarterLabel } from './schedule/planned-label.ts';

/** How many identifiers a "behind this number" list shows before "and N more". */
export const BEHIND_LIMIT = 50;

/** An indicator's value in words: `63 %`, `12 days`, `–` when there is nothing to measure. */
export function formatIndicatorValue(indicator: Pick<IndicatorResult, 'kind'>, value: number | undefined, lang: UiLanguage): string {
	if (value === undefined) return '–';
	return indicator.kind === 'share' ? formatPercent(value, lang) : tCount(lang, 'scorecard.days', Math.round(value));
}

/** An indicator's title and how it is computed. */
export function indicatorText(indicator: Pick<IndicatorResult, 'measure'>, lang: UiLanguage): { title: string; how: string } {
	return { title: t(lang, `scorecard.measure.${indicator.measure}` as UiKey), how: t(lang, `scorecard.measure.${indicator.measure}.how` as UiKey) };
}

/** The trend as chart bars, one per quarter: the things that meet it and those that do not, or the median in days. */
export function trendBars(indicator: IndicatorResult, lang: UiLanguage): Bar[] {
	return indicator.trend.map((point, index) => ({
		label: quarterLabel(point.quarter, lang),
		emphasis: index === indicator.trend.length - 1,
		segments:
			indicator.kind === 'share'
				? [
						{ key: 'met', value: point.overall.met },
						{ key: 'unmet', value: point.overall.unmet },
					]
				: [{ key: 'days', value: Math.round(point.overall.value ?? 0) }],
	}));
}

/** The chart's legend. */
export function trendKeys(indicator: Pick<IndicatorResult, 'kind'>, lang: UiLanguage): Array<{ key: string; label: string }> {
	return indicator.kind === 'share'
		? [
				{ key: 'met', label: t(lang, 'scorecard.legend.met') },
				{ key: 'unmet', label: t(lang, 'scorecard.legend.unmet') },
			]
		: [{ key: 'days', label: t(lang, 'scorecard.legend.days') }];
}

/** A thing behind a number, with its page when the catalogue has one. */
export interface BehindItem {
	id: string;
	route?: Route;
}

/** The first {@link BEHIND_LIMIT} of `ids`, linked, and how many more there are. */
export function behind(indicator: Pick<IndicatorResult, 'unit'>, ids: readonly string[], catalogue: Catalogue): { items: BehindItem[]; more: number } {
	const items = ids.slice(0, BEHIND_LIMIT).map((id): BehindItem => {
		if (indicator.unit === 'request') return { id, route: catalogue.requestById.has(id) ? { page: 'request', id } : undefined };
		return { id, route: catalogue.datasetById.has(id) ? { page: 'dataset', id } : undefined };
	});
	return { items, more: Math.max(0, ids.length - BEHIND_LIMIT) };
}
