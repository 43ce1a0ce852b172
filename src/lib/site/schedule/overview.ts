/** The figures and chart bars of the schedule pages, computed once per page from the model. */
import { formatPercent } from '../../i18n/format.ts';
import type { UiLanguage } from '../../i18n/languages.ts';
import { localizedString } from '../../i18n/localize.ts';
import { t } from '../../i18n/translate.ts';
import type { Catalogue, Publisher } from '../../model/catalogue.ts';
import type { Commitment } from '../../model/schedule.ts';
import { COMPLETIONS, milestoneCounts, PROGRESS_STATES, progressOf, type Progress, type QuarterProgress } from '../../schedules/progress.ts';
import type { Bar } from '../charts/stacked-bars.ts';
import { quarterLabel } from './planned-label.ts';

/** The legend of charts by release state. */
export function stateKeys(lang: UiLanguage): Array<{ key: string; label: string }> {
	return PROGRESS_STATES.map((state) => ({ key: state, label: t(lang, `state.${state}`) }));
}

/** The on-time rate of `progress`'s delivered releases as tables print it, a dash when none is delivered. */
export function onTimeRateCell(progress: Pick<Progress, 'onTimeRate'>, lang: UiLanguage): string {
	return progress.onTimeRate === undefined ? '–' : formatPercent(progress.onTimeRate, lang);
}

/** The legend of charts by milestone completion. */
export function completionKeys(lang: UiLanguage): Array<{ key: string; label: string }> {
	return COMPLETIONS.map((completion) => ({ key: completion, label: t(lang, `completion.${completion}`) }));
}

/** Each publisher that has a schedule, by name in `lang`, with its progress. */
export function publisherProgress(catalogue: Catalogue, lang: UiLanguage): Array<{ publisher: Publisher; progress: Progress }> {
	const name = (p: Publisher) => localizedString(p.name, lang, catalogue.languages, p.id);
	return [...catalogue.schedule.releasesByPublisher]
		.flatMap(([id, releases]) => {
			const publisher = catalogue.publisherById.get(id);
			return publisher ? [{ publisher, progress: progressOf(releases) }] : [];
		})
		.sort((a, b) => name(a.publisher).localeCompare(name(b.publisher), lang));
}

/** A bar per publisher, segments by state. */
export function publisherBars(rows: ReturnType<typeof publisherProgress>, catalogue: Catalogue, lang: UiLanguage): Bar[] {
	return rows.map(({ publisher, progress }) => ({
		label: localizedString(publisher.acronym ?? publisher.name, lang, catalogue.languages, publisher.id),
		segments: PROGRESS_STATES.map((state) => ({ key: state, value: progress[state] })),
	}));
}

/** A bar per quarter, segments by state; the as-of quarter is emphasised. */
export function timelineBars(timeline: readonly QuarterProgress[], lang: UiLanguage): Bar[] {
	return timeline.map(({ quarter, progress, current }) => ({
		label: current ? `${quarterLabel(quarter, lang)} (${t(lang, 'timeline.current')})` : quarterLabel(quarter, lang),
		segments: PROGRESS_STATES.map((state) => ({ key: state, value: progress[state] })),
		emphasis: current,
	}));
}

/** A bar per commitment, segments by milestone completion. */
export function commitmentBars(commitments: readonly Commitment[], catalogue: Catalogue, lang: UiLanguage): Bar[] {
	return commitments.map((commitment) => {
		const counts = milestoneCounts(commitment);
		return {
			label: shorten(localizedString(commitment.title, lang, catalogue.languages, commitment.id)),
			segments: COMPLETIONS.map((key) => ({ key, value: counts[key] })),
		};
	});
}

/** Chart labels must fit the chart's width; the tables beside the charts give the full titles. */
function shorten(text: string, max = 70): string {
	return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
