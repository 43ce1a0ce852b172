/**
 * The parts of the dataset editor the element draws: errors beside their fields and in the
 * summary, the items of a repeated group, and the preview. DOM builders and updaters only; no state.
 */

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

/** Markdown shown as written, one paragraph per block: nothing from the text becomes markup. */
function paragraphs(text: string): HTMLParagraphElement[] {
	return text
		.split(/\n\s*\n/)
		.filter((block) => block.trim() !== '')
		.map((block) => {
			const p = document.createElement('p');
			p.textContent = block.trim();
			return p;
		});
}

/** The preview: per language, the title as a heading and the description. */
export function previewParts(
	record: { title?: Record<string, string>; description?: Record<string, string> },
	languages: readonly string[],
	languageNames: Record<string, string>,
	noTitle: string,
): HTMLElement[] {
	return languages.map((lang) => {
		const block = document.createElement('article');
		block.className = 'editor-preview__language';
		block.lang = lang;
		const name = document.createElement('p');
		name.className = 'editor-preview__name';
		name.textContent = languageNames[lang] ?? lang;
		name.lang = document.documentElement.lang;
		const title = record.title?.[lang];
		const heading = document.createElement(title ? 'h3' : 'p');
		heading.textContent = title ?? noTitle;
		if (!title) heading.lang = document.documentElement.lang;
		block.append(name, heading, ...paragraphs(record.description?.[lang] ?? ''));
		return block;
	});
}

function visuallyHidden(text: string): HTMLSpanElement {
	const span = document.createElement('span');
	span.className = 'visually-hidden';
	span.textContent = text;
	return span;
}
