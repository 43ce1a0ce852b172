/**
 * `<odc-csv-preview>`: the preview of a CSV kept on another server, loaded when the reader presses
 * the button. It downloads the file within the catalogue's size and time limits (fetch-limited.ts),
 * hands the bytes to a worker that decodes and parses them (csv-preview-worker.ts), and shows the
 * same facts and tables as a build-time preview. Every failure (an HTTP error, a refused or failed
 * request, the time limit, a file too large, a file that is not CSV) ends in a sentence that says why,
 * next to the download link; the button then offers to try again.
 *
 * The element wraps server-rendered markup (RemotePreview.astro): the no-JavaScript message, the
 * button, a status line (`role=status`) and the result area.
 */
import type { PreviewProblem } from '../../lib/csv/preview-outcome.ts';
import { fillTemplate as fill } from '../../lib/i18n/fill-template.ts';
import type { PreviewWords, Vars } from '../../lib/preview/describe-profile.ts';
import type { WorkerAnswer } from './csv-preview-worker.ts';
import { fetchLimited, type FetchOutcome } from './fetch-limited.ts';
import { previewNodes } from './preview-view.ts';

/** How long parsing may take in the worker once the file is downloaded, in milliseconds. */
const PARSE_TIMEOUT_MS = 30_000;

const PROBLEM_KEYS: Record<PreviewProblem, string> = {
	empty: 'preview.failure.empty',
	binary: 'preview.failure.binary',
	markup: 'preview.failure.markup',
	json: 'preview.failure.json',
	'unclosed-quote': 'preview.failure.unclosedQuote',
};

/** The `<odc-csv-preview>` element; its data attributes are set by RemotePreview.astro. */
export class CsvPreviewElement extends HTMLElement {
	#words: PreviewWords = { lang: 'en', t: (key) => key };
	#busy = false;

	connectedCallback(): void {
		const strings = JSON.parse(this.dataset.strings ?? '{}') as Record<string, string>;
		const lang = document.documentElement.lang || 'en';
		this.#words = { lang, t: (key: string, vars: Vars = {}) => fill(strings[key] ?? key, vars, lang) };
		for (const element of this.querySelectorAll<HTMLElement>('[data-preview-nojs]')) element.hidden = true;
		const button = this.#part<HTMLButtonElement>('load');
		button.hidden = false;
		button.addEventListener('click', () => void this.#load());
	}

	async #load(): Promise<void> {
		if (this.#busy) return;
		this.#busy = true;
		const button = this.#part<HTMLButtonElement>('load');
		const result = this.#part('result');
		const status = this.#part('status');
		button.disabled = true;
		result.setAttribute('aria-busy', 'true');
		result.replaceChildren();
		status.classList.remove('preview-failure');
		status.textContent = this.#words.t('preview.remote.loading');
		try {
			const timeoutSeconds = Number(this.dataset.timeoutSeconds);
			const downloaded = await fetchLimited(this.dataset.url ?? '', { maxBytes: Number(this.dataset.maxBytes), timeoutMs: timeoutSeconds * 1000 });
			if (!downloaded.ok) return this.#fail(this.#fetchFailure(downloaded, timeoutSeconds));
			const answer = await parseInWorker(downloaded.bytes);
			if ('error' in answer) return this.#fail(this.#words.t('preview.failure.failed'));
			if (!answer.outcome.ok) return this.#fail(this.#words.t(PROBLEM_KEYS[answer.outcome.problem]));
			const { profile } = answer.outcome;
			result.replaceChildren(...previewNodes(profile, this.dataset.title ?? '', this.dataset.idPrefix ?? 'remote-preview', this.#words));
			status.textContent = this.#words.t('preview.remote.loaded', { rows: profile.rowCount, columns: profile.columnCount });
			// The button has done its work; focus moves to the rows, whose region is named by its caption.
			button.hidden = true;
			result.querySelector<HTMLElement>('[role="region"]')?.focus();
		} finally {
			result.removeAttribute('aria-busy');
			button.disabled = false;
			this.#busy = false;
		}
	}

	#fetchFailure(outcome: Exclude<FetchOutcome, { ok: true }>, timeoutSeconds: number): string {
		switch (outcome.failure) {
			case 'http':
				return this.#words.t('preview.failure.http', { status: String(outcome.status) });
			case 'timeout':
				return this.#words.t('preview.failure.timeout', { seconds: timeoutSeconds });
			case 'too-large':
				return this.#words.t('preview.failure.tooLarge', { limit: this.dataset.limit ?? '' });
			case 'network':
				return this.#words.t('preview.failure.network');
		}
	}

	/** Says why there is no preview in the status line (announced, and shown beside the download link) and offers to try again. */
	#fail(message: string): void {
		const status = this.#part('status');
		status.classList.add('preview-failure');
		status.textContent = message;
		this.#part('label').textContent = this.#words.t('preview.remote.retry');
	}

	#part<T extends HTMLElement = HTMLElement>(name: string): T {
		const element = this.querySelector<T>(`[data-preview-${name}]`);
		if (!element) throw new Error(`<odc-csv-preview> needs an element with data-preview-${name}`);
		return element;
	}
}

/** Parses the bytes in a new worker, ended as soon as it answers (or fails to in time). */
function parseInWorker(bytes: Uint8Array): Promise<WorkerAnswer> {
	return new Promise((resolve) => {
		const worker = new Worker(new URL('./csv-preview-worker.ts', import.meta.url), { type: 'module' });
		const done = (answer: WorkerAnswer) => {
			clearTimeout(timer);
			worker.terminate();
			resolve(answer);
		};
		const timer = setTimeout(() => done({ error: 'timeout' }), PARSE_TIMEOUT_MS);
		worker.addEventListener('message', (event: MessageEvent<WorkerAnswer>) => done(event.data));
		worker.addEventListener('error', (event) => done({ error: event.message }));
		const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
		worker.postMessage(buffer, [buffer]);
	});
}

if (!customElements.get('odc-csv-preview')) customElements.define('odc-csv-preview', CsvPreviewElement);
