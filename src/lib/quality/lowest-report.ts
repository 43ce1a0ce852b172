/**
 * The text `npm run validate -- --quality` prints: for each publisher (or the one asked for), its
 * lowest-scoring datasets with the points they miss and what to do about each, in English like the
 * validator's other messages.
 */
import { t } from '../i18n/translate.ts';
import { linkPlace } from '../links/dataset-links.ts';
import type { CatalogueQuality } from './catalogue-quality.ts';
import { fixKey } from './fix.ts';
import { MAX_POINTS } from './indicators.ts';
import type { IndicatorScore } from './score-dataset.ts';

/** What to print. */
export interface LowestOptions {
	/** Only this publisher; every publisher when absent. */
	publisher?: string;
	/** How many datasets per publisher. */
	limit: number;
}

/** For a distribution indicator of a dataset with several distributions: how many meet it, so a steward knows how many to fix. */
function metText({ distributions }: IndicatorScore): string {
	return distributions && distributions.of > 1 ? ` (${distributions.met} of ${distributions.of} distributions)` : '';
}

/** The report's text; throws when `publisher` is not one of the catalogue's. */
export function lowestScoringReport(quality: CatalogueQuality, { publisher, limit }: LowestOptions): string {
	const publishers = publisher === undefined ? quality.publishers : quality.publishers.filter((p) => p.publisher === publisher);
	if (publishers.length === 0)
		throw new Error(`--publisher: no publisher "${publisher}" (publishers: ${quality.publishers.map((p) => p.publisher).join(', ')})`);
	const blocks = publishers.map((p) => {
		const head = `${p.publisher}: ${p.datasets} dataset(s), mean score ${p.meanScore} of ${MAX_POINTS} (${p.rating}); ${p.freshness.overdue} overdue for an update, ${p.brokenLinks} broken link(s)`;
		const datasets = p.lowest.slice(0, limit).map((q) => {
			const lines = [
				`  ${q.identifier}: ${q.score} of ${MAX_POINTS} (${q.rating})${q.freshness.state === 'overdue' ? `, update expected ${q.freshness.expected}` : ''}`,
			];
			const missing = q.indicators.filter((indicator) => indicator.earned < indicator.max);
			const noDistribution = missing.filter((indicator) => indicator.distributions?.of === 0);
			if (noDistribution.length > 0)
				lines.push(
					`    -${noDistribution.reduce((sum, i) => sum + i.max, 0)} ${noDistribution.length} distribution indicators: ${t('en', 'quality.fix.noDistribution')}`,
				);
			for (const indicator of missing) {
				if (indicator.distributions?.of !== 0)
					lines.push(
						`    -${indicator.max - indicator.earned} ${t('en', `quality.indicator.${indicator.id}`)}${metText(indicator)}: ${t('en', fixKey(indicator))}`,
					);
			}
			for (const link of q.brokenLinks)
				lines.push(
					`    link ${link.url} (${linkPlace(link)}): ${link.result.outcome}${link.result.status ? ` ${link.result.status}` : ''} on ${link.result.checkedAt.slice(0, 10)}`,
				);
			return lines.join('\n');
		});
		return [head, ...datasets].join('\n');
	});
	return blocks.join('\n\n');
}
