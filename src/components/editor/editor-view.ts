/**
 * The parts of the dataset editor the element draws: errors beside their fields and in the
 * summary, the items of a repeated group, and the preview. DOM builders and updaters only; no state.
 */
import { localize } from '../../lib/i18n/localize.ts';
import {
	previewDistributions,
	previewKeywords,
	previewTexts,
	previewTitle,
	type PreviewMarkdownField,
	type PreviewText,
} from '../../lib/editor/preview-texts.ts';

/** A problem as shown: the control name it belongs to (if one matches) and its texts. */
export interface ShownError {
	/** The name of the control or group the error is shown beside; `undefined` when none matches. */
	name: string | undefined;
	/** Beside the field: what is wrong, what was expected, and the hint. */
	text: string;
	/** In the summary, after the field's label: what is wrong. */
	summary: string;
}

/** The id the summary links to for an error shown beside `name`. */
function targetOf(root: HTMLElement, name: string): HTMLElement | null {
	return root.querySelector<HTMLElement>(`[data-error-target="${CSS.escape(name)}"]`);
}

/**
 * Shows `errors` beside their fields (text prefixed for screen readers, `aria-invalid` on controls,
 * the error in `aria-describedby`) and clears every other field.
 */
export function showFieldErrors(root: HTMLElement, errors: readonly ShownError[], prefix: string): void {
	for (const slot of root.querySelectorAll<HTMLElement>('[data-error-for]')) {
		const name = slot.dataset.errorFor!;
		const texts = errors.filter((e) => e.name === name).map((e) => e.text);
		slot.hidden = texts.length === 0;
		slot.replaceChildren(...(texts.length ? [visuallyHidden(`${prefix} `), texts.join(' ')] : []));
		const target = targetOf(root, name);
		if (!target) continue;
		target.dataset.describedby ??= target.getAttribute('aria-describedby') ?? '';
		const ids = [target.dataset.describedby, texts.length ? slot.id : ''].filter(Boolean).join(' ');
		if (ids) target.setAttribute('aria-describedby', ids);
		else target.removeAttribute('aria-describedby');
		// A group (fieldset) has no invalid state of its own.
		if (target.tagName !== 'FIELDSET') {
			if (texts.length) target.setAttribute('aria-invalid', 'true');
			else target.removeAttribute('aria-invalid');
		}
		slot.closest('.field')?.classList.toggle('field--error', texts.length > 0);
	}
}

/** The summary's list: each error after its field's label (`format` puts them together), linking to its field when it has one. */
export function summaryItems(root: HTMLElement, errors: readonly ShownError[], format: (label: string, message: string) => string): HTMLLIElement[] {
	return errors.map((error) => {
		const item = document.createElement('li');
		const target = error.name === undefined ? null : targetOf(root, error.name);
		const focusable = target?.tagName === 'FIELDSET' ? target.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea') : target;
		const slot = error.name === undefined ? null : root.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(error.name)}"]`);
		const text = slot?.dataset.label ? format(slot.dataset.label, error.summary) : error.summary;
		if (focusable?.id) {
			const link = document.createElement('a');
			link.href = `#${focusable.id}`;
			link.textContent = text;
			item.append(link);
		} else {
			item.textContent = text;
		}
		return item;
	});
}

/** A new item of a repeated group from its template: `__i__` becomes `index`, `__n__` its number. */
export function repeatItem(template: HTMLTemplateElement, index: number): HTMLElement {
	const fragment = template.content.cloneNode(true) as DocumentFragment;
	const replace = (text: string) => text.replaceAll('__i__', String(index)).replaceAll('__n__', String(index + 1));
	for (const element of fragment.querySelectorAll<HTMLElement>('*')) {
		for (const attribute of [...element.attributes]) if (attribute.value.includes('__')) attribute.value = replace(attribute.value);
	}
	const walker = document.createTreeWalker(fragment, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nodeValue?.includes('__')) node.nodeValue = replace(node.nodeValue);
	return fragment.firstElementChild as HTMLElement;
}

/** What the preview needs besides the record: its languages and strings, and the site's Markdown renderer. */
export interface PreviewSettings {
	/** The catalogue's languages, in fallback order: one block each. */
	languages: readonly string[];
	/** Each language's name in the page language. */
	languageNames: Record<string, string>;
	/** Said in place of a missing title. */
	noTitle: string;
	/** The headings of the Markdown fields after the description, in the page language. */
	labels: Record<Exclude<PreviewMarkdownField, 'description'>, string>;
	/** The tag after a text shown in another language, e.g. "(English only)", for that language's name. */
	fallbackMarker: (languageName: string) => string;
	/** src/lib/render/markdown.ts's renderMarkdown: the only HTML the preview inserts. */
	render: (source: string, options: { headingStart: number }) => string;
	/** src/lib/render/markdown.ts's safeDistributionHref: a distribution's address, or `undefined` when it must not be a link. */
	href: (url: string | undefined) => string | undefined;
	/** The page's strings: the access levels (`access.open`…), `dataset.keywords`, `dataset.distributions.heading`, `editor.preview.untitledDistribution`. */
	strings: (key: string) => string;
	/** The catalogue's publishers' and themes' names per language, by id and code. */
	names: { publishers: Record<string, Record<string, string>>; themes: Record<string, Record<string, string>> };
}

const ACCESS_LEVELS = new Set(['open', 'restricted', 'under_review']);

/** A heading of the preview's own, in the page language. */
function sectionHeading(text: string, pageLang: string): HTMLHeadingElement {
	const heading = document.createElement('h4');
	heading.lang = pageLang;
	heading.textContent = text;
	return heading;
}

/** A short text as LocalizedText shows it: a fallback marked with its language and followed by the tag. */
function localizedSpan(text: { value: string; lang: string; isFallback: boolean }, settings: PreviewSettings): Node {
	if (!text.isFallback) return document.createTextNode(text.value);
	const span = document.createElement('span');
	const inner = document.createElement('span');
	inner.lang = text.lang;
	inner.textContent = text.value;
	span.append(inner, ' ', fallbackMarker(text.lang, settings));
	return span;
}

/** The tag after a text in another language than the block's, e.g. "(English only)", in the page language. */
function fallbackMarker(textLang: string, settings: PreviewSettings): HTMLElement {
	const marker = document.createElement('small');
	marker.className = 'fallback-marker';
	marker.lang = document.documentElement.lang;
	marker.textContent = `(${settings.fallbackMarker(settings.languageNames[textLang] ?? textLang)})`;
	return marker;
}

/**
 * A Markdown text as LocalizedMarkdown renders it: the renderer's HTML (it escapes raw HTML and
 * drops unsafe links), marked with its language and tagged when it is a fallback.
 */
function markdownBlock(text: PreviewText['text'], blockLang: string, settings: PreviewSettings, headingStart: number): HTMLElement {
	const block = document.createElement('div');
	block.className = 'prose-block';
	if (text.lang !== blockLang) {
		const note = document.createElement('p');
		note.className = 'fallback-note';
		note.append(fallbackMarker(text.lang, settings));
		block.append(note);
	}
	const prose = document.createElement('div');
	prose.className = 'prose';
	if (text.lang !== blockLang) prose.lang = text.lang;
	prose.innerHTML = settings.render(text.value, { headingStart });
	block.append(prose);
	return block;
}

/**
 * The preview: per language, the title as a heading, then the Markdown texts the dataset page
 * renders (description, rationale, review note, high-value reasons), rendered by the page's renderer.
 */
export function previewParts(record: Record<string, unknown>, settings: PreviewSettings): HTMLElement[] {
	const pageLang = document.documentElement.lang;
	return settings.languages.map((lang) => {
		const block = document.createElement('article');
		block.className = 'editor-preview__language';
		block.lang = lang;
		const name = document.createElement('p');
		name.className = 'editor-preview__name';
		name.textContent = settings.languageNames[lang] ?? lang;
		name.lang = pageLang;
		const title = previewTitle(record, lang, settings.languages);
		const heading = document.createElement(title ? 'h3' : 'p');
		if (!title) {
			heading.textContent = settings.noTitle;
			heading.lang = pageLang;
		} else if (title.isFallback) {
			// As LocalizedText: the other language's text marked with its language, then the tag.
			const text = document.createElement('span');
			text.lang = title.lang;
			text.textContent = title.value;
			heading.append(text, ' ', fallbackMarker(title.lang, settings));
		} else {
			heading.textContent = title.value;
		}
		block.append(name, heading);
		const access = typeof record.access_level === 'string' && ACCESS_LEVELS.has(record.access_level) ? record.access_level : undefined;
		if (access) {
			const badge = document.createElement('span');
			badge.className = `badge badge--${access.replace('_', '-')}`;
			badge.textContent = settings.strings(`access.${access}`);
			const line = document.createElement('p');
			line.lang = pageLang;
			line.append(badge);
			block.append(line);
		}
		for (const { field, text } of previewTexts(record, lang, settings.languages)) {
			if (field !== 'description') {
				const label = document.createElement('h4');
				label.lang = pageLang;
				label.textContent = settings.labels[field];
				block.append(label);
			}
			block.append(markdownBlock(text, lang, settings, field === 'description' ? 4 : 5));
		}
		const publisher = typeof record.publisher === 'string' ? settings.names.publishers[record.publisher] : undefined;
		const publisherName = localize(publisher, lang, settings.languages);
		if (publisherName) {
			const line = document.createElement('p');
			line.append(localizedSpan(publisherName, settings));
			block.append(sectionHeading(settings.strings('dataset.publisher'), pageLang), line);
		}
		const keywords = previewKeywords(record, lang, settings.languages);
		if (keywords) {
			const list = document.createElement('ul');
			list.className = 'tag-list';
			if (keywords.isFallback) list.lang = keywords.lang;
			for (const keyword of keywords.value) {
				const item = document.createElement('li');
				item.className = 'tag';
				item.textContent = keyword;
				list.append(item);
			}
			block.append(
				sectionHeading(settings.strings('dataset.keywords'), pageLang),
				list,
				...(keywords.isFallback ? [fallbackMarker(keywords.lang, settings)] : []),
			);
		}
		const themes = Array.isArray(record.themes) ? record.themes.filter((code): code is string => typeof code === 'string') : [];
		if (themes.length) {
			const list = document.createElement('ul');
			list.className = 'tag-list';
			for (const code of themes) {
				const item = document.createElement('li');
				item.className = 'tag';
				const label = localize(settings.names.themes[code], lang, settings.languages);
				item.append(label ? localizedSpan(label, settings) : code);
				list.append(item);
			}
			block.append(sectionHeading(settings.strings('dataset.themes'), pageLang), list);
		}
		const distributions = previewDistributions(record, lang, settings.languages);
		if (distributions.length) {
			const list = document.createElement('ul');
			list.className = 'editor-preview__distributions';
			for (const distribution of distributions) {
				const item = document.createElement('li');
				const href = settings.href(distribution.url);
				const label = document.createElement(href ? 'a' : 'span');
				if (href) (label as HTMLAnchorElement).href = href;
				if (distribution.title) {
					label.textContent = distribution.title.value;
					if (distribution.title.isFallback) label.lang = distribution.title.lang;
				} else {
					label.textContent = settings.strings('editor.preview.untitledDistribution');
					label.lang = pageLang;
				}
				item.append(label);
				if (distribution.title?.isFallback) item.append(' ', fallbackMarker(distribution.title.lang, settings));
				if (distribution.format) item.append(` (${distribution.format})`);
				list.append(item);
			}
			block.append(sectionHeading(settings.strings('dataset.distributions.heading'), pageLang), list);
		}
		return block;
	});
}

function visuallyHidden(text: string): HTMLSpanElement {
	const span = document.createElement('span');
	span.className = 'visually-hidden';
	span.textContent = text;
	return span;
}
