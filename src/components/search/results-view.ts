/**
 * The parts of the search results the element draws: a result, the no-results block and the
 * pagination. Pure DOM builders: they read nothing from the page and return nodes to insert.
 */
import { feedbackQuery } from '../../lib/feedback/prefill.ts';
import { fillTemplate } from '../../lib/i18n/fill-template.ts';
import { formatDate } from '../../lib/i18n/format.ts';
import { FACETS, hasFilters, type SearchState } from '../../lib/search/state.ts';
import { paginationEntries } from '../../lib/site/pagination.ts';
import { joinElisions } from '../../lib/search/elisions.ts';
import { excerptNodes } from './excerpt.ts';

/** The fields of a result that are shown. */
export interface PagefindResultData {
	url: string;
	excerpt: string;
	/** The whole indexed text of the page (src/lib/search/index-text.ts). */
	content?: string;
	/** The excerpt as shown ({@link trimmedExcerpt}'s), when the build has made it (src/lib/search/first-page.ts). */
	shown?: string;
	meta: Record<string, string | undefined>;
}

/** The page language and its UI strings, as the element resolves them. */
export interface ResultsView {
	lang: string;
	t(key: string, vars?: Record<string, string | number>): string;
}

/** The view of the page in `lang` with `strings` (the element's `data-strings`): `{name}` placeholders filled, numbers formatted for the language. */
export function resultsView(strings: Record<string, string>, lang: string): ResultsView {
	return { lang, t: (key, vars = {}) => fillTemplate(strings[key] ?? key, vars, lang) };
}

/** The string `key.one` or `key.other`, as `count` asks in the view's language, with `{count}` filled. */
export function countText(view: ResultsView, key: string, count: number): string {
	const form = new Intl.PluralRules(view.lang).select(count) === 'one' ? 'one' : 'other';
	return view.t(`${key}.${form}`, { count });
}

/** What the notice above results that have most of the words rather than all says: that, and a request link when there is a feedback page. */
export function relaxedNoticeContent(query: string, feedbackPage: string | undefined, view: ResultsView): (Node | string)[] {
	const text = view.t('search.relaxed', { query });
	if (!feedbackPage) return [text];
	const link = document.createElement('a');
	link.href = feedbackPage + feedbackQuery({ type: 'request', query: query || undefined });
	link.textContent = view.t('search.none.requestLink');
	return [`${text} ${view.t('search.none.request')} `, link];
}

/** One result: the title link, the excerpt (text and <mark> only), access, publisher, formats, date. */
export function resultItem(result: PagefindResultData, view: ResultsView): HTMLLIElement {
	const { meta } = result;
	const item = document.createElement('li');
	item.className = 'dataset-summary search-result';

	const heading = document.createElement('h3');
	heading.className = 'dataset-summary__title';
	const link = document.createElement('a');
	link.href = result.url;
	link.textContent = meta.title ?? result.url;
	heading.append(link);

	const excerpt = document.createElement('p');
	excerpt.className = 'dataset-summary__excerpt';
	excerpt.append(...excerptNodes(result.shown ?? trimmedExcerpt(result)));

	const facts = document.createElement('dl');
	facts.className = 'dataset-summary__facts';
	const fact = (term: string, ...value: (Node | string)[]) => {
		const group = document.createElement('div');
		const dt = document.createElement('dt');
		dt.textContent = term;
		const dd = document.createElement('dd');
		dd.append(...value);
		group.append(dt, dd);
		facts.append(group);
	};
	if (meta.access) {
		const badge = document.createElement('span');
		badge.className = `badge badge--${meta.access.replace('_', '-')}`;
		badge.textContent = view.t(`access.${meta.access}`);
		fact(view.t('summary.access'), badge);
	}
	if (meta.publisher) fact(view.t('summary.publisher'), meta.publisher);
	if (meta.formats) fact(view.t('summary.formats'), meta.formats);
	if (meta.modified) {
		const time = document.createElement('time');
		time.dateTime = meta.modified;
		time.textContent = formatDate(meta.modified, view.lang);
		fact(view.t('summary.updated'), time);
	}
	item.append(heading, excerpt, facts);
	return item;
}

/**
 * The excerpt without the title it may start with (the result's heading already shows it), and
 * with an ellipsis where it starts or ends inside the indexed text rather than at its ends.
 */
export function trimmedExcerpt(result: PagefindResultData): string {
	const plain = (html: string) =>
		html
			.replace(/<[^>]*>/g, '')
			.replace(/\s+/g, ' ')
			.trim();
	let excerpt = joinElisions(result.excerpt.trim());
	let content = joinElisions((result.content ?? '').replace(/\s+/g, ' ').trim());
	const title = result.meta.title?.trim();
	// The excerpt is HTML (text and <mark>); the title, when it leads, is cut off with its marks.
	if (title && plain(excerpt).startsWith(title)) {
		// Pagefind joins an excerpt's words with single spaces, so the title's characters can be counted off.
		let seen = 0;
		let cut = 0;
		while (cut < excerpt.length && seen < title.replace(/\s+/g, ' ').length) {
			if (excerpt[cut] === '<') cut = excerpt.indexOf('>', cut) + 1;
			else {
				cut++;
				seen++;
			}
		}
		excerpt = excerpt
			.slice(cut)
			.replace(/^(<\/mark>)?[\s.:;,–—-]+/, '')
			.trim();
		if (content.startsWith(title)) content = content.slice(title.length).replace(/^[\s.:;,–—-]+/, '');
	}
	const text = plain(excerpt);
	if (!text) return '';
	const opens = content.startsWith(text) ? '' : '… ';
	const closes = content.endsWith(text) || /[.!?…]$/.test(text) ? '' : ' …';
	return `${opens}${excerpt}${closes}`;
}

/**
 * The no-results block: a message, a button to remove each selected value, and a link to request
 * the dataset on the feedback page (`feedbackPage`), with the query filled in.
 */
export function noResultsContent(state: SearchState, feedbackPage: string | undefined, view: ResultsView): Node[] {
	const paragraph = (text: string) => {
		const p = document.createElement('p');
		p.textContent = text;
		return p;
	};
	const children: Node[] = [paragraph(view.t('search.none'))];
	if (hasFilters(state)) {
		children.push(paragraph(view.t('search.none.removeFilter')));
		const list = document.createElement('ul');
		list.className = 'search-empty__filters';
		for (const facet of FACETS) {
			for (const value of state.filters[facet] ?? []) {
				const item = document.createElement('li');
				const button = document.createElement('button');
				button.type = 'button';
				button.className = 'button button--compact';
				button.dataset.facet = facet;
				button.value = value;
				button.textContent = view.t('search.none.remove', { value, facet: view.t(`search.facet.${facet}`) });
				item.append(button);
				list.append(item);
			}
		}
		children.push(list);
	}
	if (feedbackPage) {
		const request = paragraph(`${view.t('search.none.request')} `);
		const link = document.createElement('a');
		link.href = feedbackPage + feedbackQuery({ type: 'request', query: state.query || undefined });
		link.textContent = view.t('search.none.requestLink');
		request.append(link);
		children.push(request);
	}
	return children;
}

/** Previous, numbered pages around the current one, next — like the list pages' pagination, as real addresses. */
export function paginationList(page: number, pages: number, hrefOf: (page: number) => string, view: ResultsView): HTMLUListElement {
	const list = document.createElement('ul');
	const link = (target: number, text: string, attributes: Record<string, string> = {}) => {
		const a = document.createElement('a');
		a.href = hrefOf(target);
		a.dataset.page = String(target);
		a.textContent = text;
		for (const [name, value] of Object.entries(attributes)) a.setAttribute(name, value);
		return a;
	};
	const item = (child: Node | string, className?: string) => {
		const li = document.createElement('li');
		if (className) li.className = className;
		li.append(child);
		list.append(li);
		return li;
	};
	if (page > 1) item(link(page - 1, `‹ ${view.t('pagination.previous')}`, { rel: 'prev' }), 'pagination__step');
	for (const entry of paginationEntries(page, pages)) {
		if (entry.type === 'gap') item('…', 'pagination__gap').setAttribute('aria-hidden', 'true');
		else {
			const attributes: Record<string, string> = { 'aria-label': view.t('pagination.page', { page: entry.pageNumber }) };
			if (entry.isCurrent) attributes['aria-current'] = 'page';
			item(link(entry.pageNumber, entry.pageNumber.toLocaleString(view.lang), attributes));
		}
	}
	if (page < pages) item(link(page + 1, `${view.t('pagination.next')} ›`, { rel: 'next' }), 'pagination__step');
	return list;
}
