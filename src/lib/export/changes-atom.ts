/**
 * The Atom feed of what changed (RFC 4287), per language: the most recent catalogue events, each
 * linked to the page of what it is about. The writer (atom-writer.ts) escapes every text, since
 * titles and commit messages come from untrusted files.
 */
import { localizedString } from '../i18n/localize.ts';
import type { UiLanguage } from '../i18n/languages.ts';
import { t } from '../i18n/translate.ts';
import type { Catalogue } from '../model/catalogue.ts';
import type { EventView } from '../site/changes.ts';
import { writeAtomFeed } from './atom-writer.ts';
import type { DcatIris } from './dcat-ap/iris.ts';

/** The Atom feed of `views` (newest first) in `lang`, published at `feedUrl`. */
export function toChangesFeed(views: readonly EventView[], catalogue: Catalogue, lang: UiLanguage, iris: DcatIris, feedUrl: string): string {
	const { languages } = catalogue;
	const pageUrl = iris.page(lang, { page: 'changes' });
	const catalogueName = localizedString(catalogue.config.title, lang, languages, '');
	return writeAtomFeed({
		lang,
		id: feedUrl,
		title: t(lang, 'changes.feedTitle', { catalogue: catalogueName }),
		updated: views[0]?.event.time ?? '1970-01-01T00:00:00Z',
		links: [
			{ rel: 'self', type: 'application/atom+xml', href: feedUrl },
			{ rel: 'alternate', type: 'text/html', href: pageUrl },
		],
		author: localizedString(catalogue.config.publisher.name, lang, languages, ''),
		entries: views.map((view) => {
			const { event } = view;
			const summary = [
				view.detail,
				view.datasets.length ? `${t(lang, 'changes.ledTo')} ${view.datasets.map((d) => d.title).join(', ')}` : '',
				event.commit?.subject ? `${t(lang, 'history.message')} ${event.commit.subject}` : '',
			]
				.filter(Boolean)
				.join(' — ');
			return {
				id: `${pageUrl}#${eventId(view)}`,
				title: t(lang, 'changes.entryTitle', { label: view.label, title: view.title }),
				links: [
					{ rel: 'alternate', type: 'text/html', href: view.route ? iris.page(lang, view.route) : pageUrl },
					...(view.commitUrl ? [{ rel: 'related', type: 'text/html', href: view.commitUrl } as const] : []),
				],
				updated: event.time,
				summary,
			};
		}),
	});
}

/** A stable fragment for an event: its kind, subject and time. */
export function eventId(view: Pick<EventView, 'event'>): string {
	const { kind, subject, time } = view.event;
	return `${kind}-${subject}-${time}`.replace(/[^A-Za-z0-9_.-]/g, '-');
}
