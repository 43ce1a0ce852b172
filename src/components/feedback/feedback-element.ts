/**
 * `<odc-feedback>`: the feedback form's behaviour, over server-rendered markup
 * (src/components/feedback/FeedbackForm.astro). It reads what the message is about from the address
 * (src/lib/feedback/prefill.ts), restores and saves the draft, checks the fields and shows errors the
 * accessible way (a summary that takes focus, linking to each field, and a message beside each), then
 * hands the message over on the configured channel: a JSON POST to the endpoint, or a prepared link
 * to GitHub's new-issue page or to the reader's e-mail program. Nothing typed is lost: the draft is
 * removed only once the endpoint confirms delivery, or when the reader says they sent it.
 */
import { fillTemplate } from '../../lib/i18n/fill-template.ts';
import { emailRecipient, type FeedbackChannel } from '../../lib/feedback/channel.ts';
import { deliverFeedback } from '../../lib/feedback/deliver.ts';
import { clearDraft, draftKey, readDraft, writeDraft } from '../../lib/feedback/draft.ts';
import { characterCount, validateFeedback, type FeedbackError, type FeedbackFields } from '../../lib/feedback/form.ts';
import { feedbackMailto, githubIssueUrl, MAX_LINK_LENGTH } from '../../lib/feedback/links.ts';
import { buildPayload, type FeedbackPayload } from '../../lib/feedback/payload.ts';
import { readFeedbackPrefill, type FeedbackPrefill } from '../../lib/feedback/prefill.ts';
import { HONEYPOT_FIELD, spamVerdict } from '../../lib/feedback/spam.ts';
import { aboutEntries, controlId, showFieldErrors, summaryItems, type ShownError } from './form-view.ts';

/** The feedback element. Settings come from its `data-*` attributes, strings from `data-strings`. */
export class FeedbackElement extends HTMLElement {
	#strings: Record<string, string> = {};
	#lang = 'en';
	#channel: FeedbackChannel = { kind: 'email', office: '', publishers: {} };
	#prefill: FeedbackPrefill = {};
	#draftKey = '';
	#draftRestored = false;
	/** Set once the reader was asked to check a message sent too fast: sending again is theirs to do. */
	#warnedTooFast = false;
	#openedAt = 0;
	#sending = false;
	#title = '';

	connectedCallback(): void {
		this.#strings = JSON.parse(this.dataset.strings ?? '{}') as Record<string, string>;
		this.#lang = document.documentElement.lang || 'en';
		this.#channel = this.#readChannel();
		this.#title = document.title;
		this.#prefill = readFeedbackPrefill(location.search);
		this.#draftKey = draftKey(this.#prefill);

		for (const element of this.querySelectorAll<HTMLElement>('[data-feedback-nojs]')) element.hidden = true;
		for (const element of this.querySelectorAll<HTMLElement>('[data-feedback-js]')) element.hidden = false;
		const form = this.#form;
		form.hidden = false;
		// The script checks the fields itself, to show every error at once in the page's language.
		form.noValidate = true;

		this.#showAbout();
		this.#fill({ type: this.#prefill.type ?? '', message: '', name: '', email: '', consent: false });
		const draft = readDraft(this.#storage(), this.#draftKey, Date.now());
		if (draft) {
			this.#fill(draft);
			this.#draftRestored = true;
		}
		this.#openedAt = performance.now();
		this.#listen();
	}

	/** A UI string with `{name}` placeholders filled. */
	#t(key: string, vars: Record<string, string | number> = {}): string {
		return fillTemplate(this.#strings[key] ?? key, vars, this.#lang);
	}

	#part<T extends HTMLElement = HTMLElement>(name: string): T {
		const element = this.querySelector<T>(`[data-feedback-${name}]`);
		if (!element) throw new Error(`<odc-feedback> needs an element with data-feedback-${name}`);
		return element;
	}

	get #form(): HTMLFormElement {
		return this.#part<HTMLFormElement>('form');
	}

	#readChannel(): FeedbackChannel {
		const { channel, endpoint, repository, office, publisherEmails } = this.dataset;
		if (channel === 'endpoint' && endpoint) return { kind: 'endpoint', endpoint };
		if (channel === 'github' && repository) return { kind: 'github', repository };
		return { kind: 'email', office: office ?? '', publishers: JSON.parse(publisherEmails ?? '{}') as Record<string, string> };
	}

	/** localStorage, or nothing when the browser refuses it (private modes, disabled storage). */
	#storage(): Storage | undefined {
		try {
			return window.localStorage;
		} catch {
			return undefined;
		}
	}

	#showAbout(): void {
		const entries = aboutEntries(this.#prefill, {
			lang: this.#lang,
			base: this.dataset.base ?? '/',
			publisherNames: JSON.parse(this.dataset.publishers ?? '{}') as Record<string, string>,
			t: (key) => this.#t(key),
		});
		this.#part('about-list').replaceChildren(...entries);
		this.#part('about').hidden = entries.length === 0;
	}

	#listen(): void {
		const form = this.#form;
		const save = () => {
			writeDraft(this.#storage(), this.#draftKey, this.#read(), Date.now());
			// A prepared link no longer holds what the form says.
			this.#part('ready').hidden = true;
		};
		form.addEventListener('input', save);
		form.addEventListener('change', save);
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.#submit();
		});
		this.#part('summary').addEventListener('click', (event) => {
			const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-field]');
			if (!link) return;
			event.preventDefault();
			const control = this.querySelector<HTMLElement>(`#${controlId(link.dataset.field as ShownError['field'])}`);
			control?.focus();
			control?.closest('.field')?.scrollIntoView({ block: 'start' });
		});
		this.#part('again').addEventListener('click', () => this.#restart());
		this.#part('clear').addEventListener('click', () => {
			clearDraft(this.#storage(), this.#draftKey);
			this.#restart();
		});
	}

	/** The fields as typed. */
	#read(): FeedbackFields {
		const data = new FormData(this.#form);
		const text = (name: string) => (typeof data.get(name) === 'string' ? (data.get(name) as string) : '');
		return { type: text('type'), message: text('message'), name: text('name'), email: text('email'), consent: data.get('consent') !== null };
	}

	#fill(fields: FeedbackFields): void {
		const form = this.#form;
		for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="type"]')) radio.checked = radio.value === fields.type;
		const set = (name: string, value: string) => {
			const control = form.elements.namedItem(name);
			if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) control.value = value;
		};
		set('message', fields.message);
		set('name', fields.name);
		set('email', fields.email);
		const consent = form.elements.namedItem('consent');
		if (consent instanceof HTMLInputElement) consent.checked = fields.consent;
	}

	async #submit(): Promise<void> {
		if (this.#sending) return;
		this.#say('status', '');
		this.#say('alert', '');
		const fields = this.#read();
		const errors = validateFeedback(fields, this.#channel.kind === 'endpoint');
		const payload = errors.length === 0 ? this.#payload(fields) : undefined;
		const link = payload ? this.#link(payload) : undefined;
		if (link && link.length > MAX_LINK_LENGTH) errors.push(this.#linkTooLong(fields.message, link));
		this.#showErrors(errors);
		if (errors.length > 0 || !payload) return;

		const honeypot = this.#form.elements.namedItem(HONEYPOT_FIELD);
		const verdict = spamVerdict({
			honeypot: honeypot instanceof HTMLInputElement ? honeypot.value : '',
			elapsedMs: performance.now() - this.#openedAt,
			draftRestored: this.#draftRestored || this.#warnedTooFast,
		});
		// A bot is told its message went; the draft stays, in case a person's browser filled the trap.
		if (verdict === 'trap') return this.#showSent();
		if (verdict === 'too-fast') {
			this.#warnedTooFast = true;
			return this.#say('alert', this.#t('feedback.status.tooFast'));
		}

		if (link) return this.#showReady(link, payload);
		await this.#send(payload);
	}

	#payload(fields: FeedbackFields): FeedbackPayload {
		const context = { catalogue: this.dataset.catalogue ?? location.origin, language: this.#lang, page: this.#sourcePage(), prefill: this.#prefill };
		return buildPayload(fields, context, (type, about) => {
			const label = this.#t(`feedback.subject.${type}`);
			return about ? this.#t('feedback.subject.format', { type: label, about }) : label;
		});
	}

	/** The page the reader came from when it is one of this site's (not the form itself), else the form's own address. */
	#sourcePage(): string {
		try {
			const referrer = new URL(document.referrer);
			if (referrer.origin === location.origin && referrer.pathname !== location.pathname) return referrer.href;
		} catch {
			// No referrer, or not an address.
		}
		return location.href;
	}

	/** The link that hands the message over (github and email channels), or nothing for the endpoint. */
	#link(payload: FeedbackPayload): string | undefined {
		const channel = this.#channel;
		if (channel.kind === 'github') return githubIssueUrl(channel.repository, payload);
		if (channel.kind === 'email') {
			const labels = {
				dataset: this.#t('feedback.mail.dataset'),
				publisher: this.#t('feedback.mail.publisher'),
				query: this.#t('feedback.mail.query'),
				scheduleRow: this.#t('feedback.mail.scheduleRow'),
				page: this.#t('feedback.mail.page'),
			};
			// Validation lets only plain addresses through; a link without a recipient is the safe fallback.
			return feedbackMailto(emailRecipient(channel, payload.publisher), payload, labels) ?? 'mailto:';
		}
		return undefined;
	}

	/** How many characters to cut so the link fits, estimated from how much encoding grows this message. */
	#linkTooLong(message: string, link: string): FeedbackError {
		const characters = Math.max(1, characterCount(message.trim()));
		const growth = encodeURIComponent(message.trim()).length / characters;
		return { field: 'message', key: 'feedback.error.message.link', vars: { excess: Math.ceil((link.length - MAX_LINK_LENGTH) / growth) } };
	}

	#showErrors(errors: readonly FeedbackError[]): void {
		const shown: ShownError[] = errors.map((error) => ({ field: error.field, text: this.#t(error.key, error.vars) }));
		showFieldErrors(this.#form, shown, this.#t('feedback.errorPrefix'));
		const summary = this.#part('summary');
		this.#part('summary-list').replaceChildren(...summaryItems(shown));
		summary.hidden = shown.length === 0;
		document.title = shown.length > 0 ? `${this.#t('feedback.errorPrefix')} ${this.#title}` : this.#title;
		if (shown.length > 0) summary.focus();
	}

	async #send(payload: FeedbackPayload): Promise<void> {
		if (this.#channel.kind !== 'endpoint') return;
		this.#sending = true;
		this.#form.setAttribute('aria-busy', 'true');
		this.#say('status', this.#t('feedback.status.sending'));
		const outcome = await deliverFeedback(this.#channel.endpoint, payload, window.fetch.bind(window));
		this.#sending = false;
		this.#form.removeAttribute('aria-busy');
		this.#say('status', '');
		if (outcome.ok) {
			clearDraft(this.#storage(), this.#draftKey);
			this.#showSent();
		} else if (outcome.reason === 'refused') {
			this.#say('alert', this.#t('feedback.status.refused', { status: String(outcome.status) }));
		} else {
			this.#say('alert', this.#t('feedback.status.unreachable'));
		}
	}

	#showSent(): void {
		this.#form.hidden = true;
		const sent = this.#part('sent');
		sent.hidden = false;
		sent.querySelector<HTMLElement>('h2')?.focus();
	}

	#showReady(link: string, payload: FeedbackPayload): void {
		const ready = this.#part('ready');
		this.#part<HTMLAnchorElement>('link').href = link;
		const recipient = this.querySelector<HTMLElement>('[data-feedback-recipient]');
		if (recipient && this.#channel.kind === 'email')
			recipient.textContent = this.#t('feedback.ready.recipient', { address: emailRecipient(this.#channel, payload.publisher) });
		ready.hidden = false;
		ready.querySelector<HTMLElement>('h2')?.focus();
	}

	/** Back to an empty form (after delivery, or once the reader says they sent the prepared message). */
	#restart(): void {
		this.#fill({ type: this.#prefill.type ?? '', message: '', name: '', email: '', consent: false });
		this.#draftRestored = false;
		this.#openedAt = performance.now();
		this.#part('sent').hidden = true;
		this.#part('ready').hidden = true;
		this.#showErrors([]);
		this.#form.hidden = false;
		this.querySelector<HTMLElement>('#feedback-message')?.focus();
	}

	#say(part: 'status' | 'alert', text: string): void {
		const element = this.#part(part);
		if (element.textContent !== text) element.textContent = text;
	}
}

if (!customElements.get('odc-feedback')) customElements.define('odc-feedback', FeedbackElement);
