/**
 * The Atom feed of what changed (RFC 4287), per language: the most recent catalogue events, each
 * linked to the page of what it is about. Every text is escaped and stripped of the characters
 * XML forbids (escapeXml), since titles and commit messages come from untrusted files.
 */
import { localizedString } from '../i18n/localize.ts';
import type { UiLanguage } from '../i18n/languages.ts';
import { t } from '../i18n/translate.ts';
import type { Catalogue } from '../model/catalogue.ts';
import type { EventView } from '../site/changes.ts';
import type { DcatIris } from './dcat-ap/iris.ts';
import { escapeXml } from './xml.ts';

/** The Atom feed of `views` (newest first) in `lang`, published at `feedUrl`. */
export function toChangesFeed(views: readonly EventView[], catalogue: Catalogue, lang: UiLanguage, iris: DcatIris, feedUrl: string): string {
	const { languages } = catalogue;
	const pageUrl = iris.page(lang, { page: 'changes' });
	const catalogueName = localizedString(catalogue.config.title, lang, languages, '');
	const entries = views.map((view) => {
		const { event } = view;
		const url = view.route ? iris.page(lang, view.route) : pageUrl;
		const summary = [
			view.detail,
			view.datasets.length ? `${t(lang, 'changes.ledTo')} ${view.datasets.map((d) => d.title).join(', ')}` : '',
			event.commit?.subject ? `${t(lang, 'history.message')} ${event.commit.subject}` : '',
		]
			.filter(Boolean)
			.join(' — ');
		return [
			'<entry>',
			`<id>${escapeXml(`${pageUrl}#${eventId(view)}`)}</id>`,
			`<title>${escapeXml(t(lang, 'changes.entryTitle', { label: view.label, title: view.title }))}</title>`,
			`<link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
			view.commitUrl ? `<link rel="related" type="text/html" href="${escapeXml(view.commitUrl)}"/>` : '',
			`<updated>${escapeXml(event.time)}</updated>`,
			summary ? `<summary>${escapeXml(summary)}</summary>` : '',
			'</entry>',
		].join('');
	});
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(lang)}">`,
		`<id>${escapeXml(feedUrl)}</id>`,
		`<title>${escapeXml(t(lang, 'changes.feedTitle', { catalogue: catalogueName }))}</title>`,
		`<updated>${escapeXml(views[0]?.event.time ?? '1970-01-01T00:00:00Z')}</updated>`,
		`<link rel="self" type="application/atom+xml" href="${escapeXml(feedUrl)}"/>`,
		`<link rel="alternate" type="text/html" href="${escapeXml(pageUrl)}"/>`,
		`<author><name>${escapeXml(localizedString(catalogue.config.publisher.name, lang, languages, ''))}</name></author>`,
		...entries,
		'</feed>',
		'',
	].join('\n');
}

/** A stable fragment for an event: its kind, subject and time. */
export function eventId(view: Pick<EventView, 'event'>): string {
	const { kind, subject, time } = view.event;
	return `${kind}-${subject}-${time}`.replace(/[^A-Za-z0-9_.-]/g, '-');
}
