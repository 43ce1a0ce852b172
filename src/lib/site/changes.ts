/**
 * Catalogue events as the "what changed" page and its Atom feed show them: what happened, to what
 * (its title, linked to its page when the catalogue still has one), the detail (from what to what),
 * and the commit it came from.
 */
import { describeChange } from '../history/describe.ts';
import type { CatalogueEvent } from '../history/events.ts';
import type { History } from '../history/read-history.ts';
import type { UiLanguage } from '../i18n/languages.ts';
import { localizedString } from '../i18n/localize.ts';
import { t, type UiKey } from '../i18n/translate.ts';
import type { Catalogue } from '../model/catalogue.ts';
import type { Route } from '../routes.ts';
import { formatDate } from '../i18n/format.ts';

/** How many events the changes page lists (the most recent). */
export const CHANGES_PAGE_LENGTH = 200;

/** How many events the Atom feed of changes carries. */
export const CHANGES_FEED_LENGTH = 50;

/** An event, ready to show. */
export interface EventView {
	event: CatalogueEvent;
	/** What happened: "Dataset added", "Release missed". */
	label: string;
	/** What it happened to. */
	title: string;
	route?: Route;
	/** From what to what, or the date that was missed. */
	detail?: string;
	/** The datasets a request led to. */
	datasets: Array<{ title: string; route?: Route }>;
	commitUrl?: string;
}

/** The id a subject key names: `milestone:open-by-default#2` → `open-by-default#2`. */
function idOf(event: CatalogueEvent): string {
	return event.subject.slice(event.subject.indexOf(':') + 1);
}

/** The page of the thing an event is about, when the catalogue has it now. */
function routeOf(event: CatalogueEvent, catalogue: Catalogue): Route | undefined {
	const id = idOf(event);
	switch (event.subject.slice(0, event.subject.indexOf(':'))) {
		case 'dataset':
			return catalogue.datasetById.has(id) ? { page: 'dataset', id } : undefined;
		case 'release':
			if (catalogue.datasetById.has(id)) return { page: 'dataset', id };
			return event.publisher && catalogue.schedule.releasesByPublisher.has(event.publisher) ? { page: 'schedulePublisher', id: event.publisher } : undefined;
		case 'request':
			return catalogue.requestById.has(id) ? { page: 'request', id } : undefined;
		case 'commitment':
		case 'milestone': {
			const commitment = id.split('#')[0]!;
			return catalogue.schedule.commitmentById.has(commitment) ? { page: 'commitment', id: commitment } : undefined;
		}
	}
	return undefined;
}

/** The title of the thing: as the event's version had it, else as the catalogue has it now, else its id. */
function titleOf(event: CatalogueEvent, catalogue: Catalogue, lang: UiLanguage): string {
	const { languages } = catalogue;
	const id = idOf(event);
	const now = catalogue.datasetById.get(id)?.title ?? catalogue.requestById.get(id)?.title ?? catalogue.schedule.commitmentById.get(id)?.title;
	const fromEvent = localizedString(event.title, lang, languages, '');
	return fromEvent || (now ? localizedString(now, lang, languages, id) : id);
}

/** The view of each event in `lang`. */
export function eventViews(events: readonly CatalogueEvent[], catalogue: Catalogue, history: History, lang: UiLanguage): EventView[] {
	const context = { lang, languages: catalogue.languages };
	return events.map((event) => {
		let detail: string | undefined;
		if (event.kind === 'access-opened' || event.kind === 'access-restricted')
			detail = describeChange({ type: 'access', from: event.from ?? 'unknown', to: event.to ?? 'unknown' }, context);
		else if (event.kind === 'request-status') detail = describeChange({ type: 'request-status', from: event.from, to: event.to ?? '' }, context);
		else if (event.kind === 'milestone-completed' || event.kind === 'release-made') detail = undefined;
		else if (event.kind === 'release-missed')
			detail = t(lang, 'changes.missed', { date: /^\d{4}-\d{2}-\d{2}$/.test(event.to ?? '') ? formatDate(event.to!, lang) : (event.to ?? '') });
		const datasets = (event.datasets ?? []).map((id) => {
			const dataset = catalogue.datasetById.get(id);
			return {
				title: dataset ? localizedString(dataset.title, lang, catalogue.languages, id) : id,
				route: dataset ? ({ page: 'dataset', id } as Route) : undefined,
			};
		});
		return {
			event,
			label: t(lang, `changes.kind.${event.kind}` as UiKey),
			title: titleOf(event, catalogue, lang),
			route: routeOf(event, catalogue),
			detail,
			datasets,
			commitUrl: event.commit ? history.commitUrl?.(event.commit.id) : undefined,
		};
	});
}

/** Events grouped by the month they happened in (`YYYY-MM`), in the order given. */
export function byMonth<T extends { event: CatalogueEvent }>(views: readonly T[]): Array<{ month: string; views: T[] }> {
	const groups: Array<{ month: string; views: T[] }> = [];
	for (const view of views) {
		const month = view.event.time.slice(0, 7);
		const last = groups.at(-1);
		if (last?.month === month) last.views.push(view);
		else groups.push({ month, views: [view] });
	}
	return groups;
}
