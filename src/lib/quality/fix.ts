/** What to tell a steward to do about the points an indicator misses. */
import type { UiKey } from '../i18n/translate.ts';
import type { IndicatorScore } from './score-dataset.ts';

/**
 * The interface string of the fix for an indicator's missing points: the indicator's own, or, for a
 * distribution indicator of a dataset without distributions, why they cannot be earned yet.
 */
export function fixKey(score: IndicatorScore): UiKey {
	return score.distributions?.of === 0 ? 'quality.fix.noDistribution' : `quality.fix.${score.id}`;
}
