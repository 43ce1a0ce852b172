/**
 * The parts of the feedback form the element draws: errors beside the fields and in the summary,
 * and the list of what the message is about. DOM builders and updaters only; no state.
 */
import type { FeedbackField } from '../../lib/feedback/form.ts';
import type { FeedbackPrefill } from '../../lib/feedback/prefill.ts';
import { routePath, withBase } from '../../lib/routes.ts';

/** An error as shown: its field and its message in the page's language. */
export interface ShownError {
	field: FeedbackField;
	text: string;
}

/** The id of the control an error links to: the field itself, or a group's first choice. */
export function controlId(field: FeedbackField): string {
	return field === 'type' ? 'feedback-type-request' : `feedback-${field}`;
}

/** The element whose description names the field's error: the group for the type, else the control. */
function describedElement(form: HTMLElement, field: FeedbackField): HTMLElement | null {
	return form.querySelector<HTMLElement>(field === 'type' ? '#feedback-type' : `#feedback-${field}`);
}

/**
 * Shows `errors` beside their fields (the text, prefixed for screen readers, `aria-invalid` and the
 * error in `aria-describedby`) and clears the fields without one.
 */
export function showFieldErrors(form: HTMLElement, errors: readonly ShownError[], prefix: string): void {
	for (const slot of form.querySelectorAll<HTMLElement>('[data-error-for]')) {
		const field = slot.dataset.errorFor as FeedbackField;
		const error = errors.find((e) => e.field === field);
		const target = describedElement(form, field);
		slot.hidden = !error;
		slot.replaceChildren(...(error ? [visuallyHidden(`${prefix} `), error.text] : []));
		if (!target) continue;
		target.dataset.describedby ??= target.getAttribute('aria-describedby') ?? '';
		const ids = [target.dataset.describedby, error ? slot.id : ''].filter(Boolean).join(' ');
		if (ids) target.setAttribute('aria-describedby', ids);
		else target.removeAttribute('aria-describedby');
		if (field === 'type') {
			// A group has no invalid state of its own; its radios say it.
		} else if (error) target.setAttribute('aria-invalid', 'true');
		else target.removeAttribute('aria-invalid');
		target.closest('.field')?.classList.toggle('field--error', Boolean(error));
	}
}

/** The summary's list: a link to each field in error, in the form's order. */
export function summaryItems(errors: readonly ShownError[]): HTMLLIElement[] {
	return errors.map((error) => {
		const item = document.createElement('li');
		const link = document.createElement('a');
		link.href = `#${controlId(error.field)}`;
		link.dataset.field = error.field;
		link.textContent = error.text;
		item.append(link);
		return item;
	});
}

/** What the page needs to describe the subject of a message. */
export interface AboutView {
	lang: string;
	base: string;
	publisherNames: Record<string, string>;
	t(key: string): string;
}

/** Term and description pairs for what the message is about: the dataset (a link to its page), publisher, search, planned release. */
export function aboutEntries(prefill: FeedbackPrefill, view: AboutView): HTMLElement[] {
	const entries: HTMLElement[] = [];
	const entry = (term: string, value: Node | string) => {
		const group = document.createElement('div');
		const dt = document.createElement('dt');
		dt.textContent = view.t(term);
		const dd = document.createElement('dd');
		dd.append(value);
		group.append(dt, dd);
		entries.push(group);
	};
	if (prefill.dataset) {
		const link = document.createElement('a');
		link.href = withBase(routePath(view.lang, { page: 'dataset', id: prefill.dataset }), view.base);
		link.textContent = prefill.dataset;
		entry('feedback.about.dataset', link);
	}
	const publisher =
		prefill.publisher !== undefined && Object.hasOwn(view.publisherNames, prefill.publisher) ? view.publisherNames[prefill.publisher] : undefined;
	if (publisher) entry('feedback.about.publisher', publisher);
	if (prefill.query) entry('feedback.about.query', prefill.query);
	if (prefill.scheduleRow) entry('feedback.about.scheduleRow', prefill.scheduleRow);
	return entries;
}

function visuallyHidden(text: string): HTMLSpanElement {
	const span = document.createElement('span');
	span.className = 'visually-hidden';
	span.textContent = text;
	return span;
}
