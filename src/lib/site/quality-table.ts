/**
 * The parts of a dataset page's quality table that are the same on every page of a language: the
 * dimensions with their names and maximum points, and each indicator's name. A dataset page shows
 * 24 indicators in 5 dimensions; writing those 29 names and sums again on each of 20,000 pages
 * built a new key string for each name before looking it up.
 */
import type { UiLanguage } from '../i18n/languages.ts';
import { formatNumber, t } from '../i18n/translate.ts';
import { DIMENSIONS, INDICATORS, type Dimension, type Indicator } from '../quality/indicators.ts';

/** One indicator's row, without its scores. */
export interface QualityTableIndicator {
	indicator: Indicator;
	/** Its position in {@link INDICATORS}, which is where a dataset's quality has its score. */
	at: number;
	/** Its name in the language. */
	label: string;
}

/** One dimension's group of rows, without its scores. */
export interface QualityTableDimension {
	dimension: Dimension;
	/** Its name in the language. */
	label: string;
	/** The points its indicators can earn together, written in the language. */
	max: string;
	indicators: QualityTableIndicator[];
}

const tables = new Map<UiLanguage, readonly QualityTableDimension[]>();

/** The quality table's dimensions and indicators in `lang`, in the MQA's order; made once per language. */
export function qualityTable(lang: UiLanguage): readonly QualityTableDimension[] {
	let table = tables.get(lang);
	if (!table) {
		table = DIMENSIONS.map((dimension) => {
			const indicators = INDICATORS.map((indicator, at) => ({ indicator, at, label: t(lang, `quality.indicator.${indicator.id}`) })).filter(
				({ indicator }) => indicator.dimension === dimension,
			);
			const points = indicators.reduce((sum, { indicator }) => sum + indicator.points, 0);
			return { dimension, label: t(lang, `quality.dimension.${dimension}`), max: formatNumber(points, lang), indicators };
		});
		tables.set(lang, table);
	}
	return table;
}
