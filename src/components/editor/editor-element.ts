/**
 * `<odc-dataset-editor>`: the dataset editor's behaviour, over the form drawn by
 * DatasetEditor.astro. It opens an existing dataset (`?dataset=<id>`, its record from
 * /edit/datasets/<id>.json), adds and removes distributions, reads the form into a record, writes it
 * as YAML, checks the file as the CLI does (src/lib/editor/check-dataset.ts), shows the errors
 * beside their fields and in a summary (re-checked as the steward types, once checked), the
 * preview, the file, and the steps that hand it to GitHub.
 */
import { checkDatasetFile, type EditorLists } from '../../lib/editor/check-dataset.ts';
import { datasetPath, datasetYaml } from '../../lib/editor/dataset-yaml.ts';
import type { FormField } from '../../lib/editor/form-description.ts';
import { FROM_SUFFIX, recordFromValues } from '../../lib/editor/form-to-record.ts';
import { valuesFromRecord } from '../../lib/editor/record-to-values.ts';
import { fillTemplate } from '../../lib/i18n/fill-template.ts';
import { editUrl, newFileUrl, type SourceRepository } from '../../lib/site/source-links.ts';
import { controlName, slotFor } from '../../lib/editor/error-slots.ts';
import { previewParts, repeatItem, type PreviewSettings, showFieldErrors, summaryItems, type ShownError } from './editor-view.ts';

const DATASET_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** The editor element. Its settings and strings come from its `data-*` attributes. */
export class DatasetEditorElement extends HTMLElement {
	#strings: Record<string, string> = {};
	#lang = 'en';
	#fields: FormField[] = [];
	#lists: EditorLists = { publishers: [], licences: [], themes: [], demo: false };
	#languages: string[] = [];
	#names: PreviewSettings['names'] = { publishers: {}, themes: {} };
	#source: SourceRepository | undefined;
	/** The dataset being changed: its record and file, as published. */
	#original: { path: string; record: Record<string, unknown> } | undefined;
	#checked = false;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#text = '';
	/** The file of each published dataset, by identifier (/edit/datasets.json), once loaded. */
	#files: Record<string, string> = {};
	/** The site's Markdown renderer, once asked for. */
	#renderer: Promise<typeof import('../../lib/render/markdown.ts')> | undefined;

	connectedCallback(): void {
		const data = this.dataset;
		this.#strings = JSON.parse(data.strings ?? '{}') as Record<string, string>;
		this.#fields = JSON.parse(data.form ?? '[]') as FormField[];
		this.#lists = JSON.parse(data.lists ?? '{}') as EditorLists;
		this.#languages = JSON.parse(data.languages ?? '["en"]') as string[];
		this.#names = JSON.parse(data.names ?? '{"publishers":{},"themes":{}}') as PreviewSettings['names'];
		this.#source = data.source ? (JSON.parse(data.source) as SourceRepository) : undefined;
		this.#lang = document.documentElement.lang || 'en';
		this.#part('nojs').hidden = true;
		this.#form.hidden = false;
		this.#listen();
		void this.#loadFiles();
		const id = new URLSearchParams(location.search).get('dataset');
		if (id !== null && DATASET_ID.test(id)) void this.#open(id);
		else for (const repeat of this.#repeats()) this.#addItem(repeat);
	}

	#t(key: string, vars: Record<string, string | number> = {}): string {
		return fillTemplate(this.#strings[key] ?? key, vars, this.#lang);
	}

	#part<T extends HTMLElement = HTMLElement>(name: string): T {
		const element = this.querySelector<T>(`[data-editor-${name}]`);
		if (!element) throw new Error(`<odc-dataset-editor> needs an element with data-editor-${name}`);
		return element;
	}

	get #form(): HTMLFormElement {
		return this.#part<HTMLFormElement>('form');
	}

	#repeats(): HTMLElement[] {
		return [...this.querySelectorAll<HTMLElement>('[data-repeat]')];
	}

	#listen(): void {
		this.#form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#checked = true;
			this.#check(true);
		});
		const recheck = () => {
			if (!this.#checked) return;
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => this.#check(false), 250);
		};
		this.#form.addEventListener('input', recheck);
		this.#form.addEventListener('change', recheck);
		this.#form.addEventListener('click', (event) => {
			const button = (event.target as HTMLElement).closest('button');
			if (!button) return;
			const repeat = button.closest<HTMLElement>('[data-repeat]');
			if (!repeat) return;
			if (button.hasAttribute('data-repeat-add')) {
				const item = this.#addItem(repeat);
				item.querySelector<HTMLElement>('input, select, textarea')?.focus();
				this.#status(this.#t('editor.repeat.added', { number: Number(item.dataset.repeatItem) + 1 }));
			} else if (button.hasAttribute('data-repeat-remove')) {
				button.closest('[data-repeat-item]')?.remove();
				repeat.querySelector<HTMLElement>('[data-repeat-add]')?.focus();
				this.#status(this.#t('editor.repeat.removed'));
			}
			recheck();
		});
		for (const button of this.querySelectorAll<HTMLButtonElement>('[data-editor-copy]')) button.addEventListener('click', () => void this.#copy());
	}

	/** Adds an item to a repeated group, with the next unused index (indices are never reused, so ids stay unique). */
	#addItem(repeat: HTMLElement): HTMLElement {
		const items = repeat.querySelector<HTMLElement>('[data-repeat-items]')!;
		const used = [...items.querySelectorAll<HTMLElement>('[data-repeat-item]')].map((item) => Number(item.dataset.repeatItem));
		const index = used.length ? Math.max(...used) + 1 : 0;
		const item = repeatItem(repeat.querySelector<HTMLTemplateElement>('[data-repeat-template]')!, index);
		items.append(item);
		return item;
	}

	#status(text: string): void {
		this.#part('status').textContent = text;
	}

	/** Loads which identifiers are taken; a check made before they arrive is made again. */
	async #loadFiles(): Promise<void> {
		try {
			const response = await fetch(`${this.dataset.base ?? '/'}edit/datasets.json`);
			if (!response.ok) return;
			this.#files = (await response.json()) as Record<string, string>;
			if (this.#checked) this.#check(false);
		} catch {
			// Without the list, a duplicate identifier is left to the pull request's check.
		}
	}

	/** Opens the published dataset `id` in the form. */
	async #open(id: string): Promise<void> {
		this.#status(this.#t('editor.loading'));
		try {
			const response = await fetch(`${this.dataset.base ?? '/'}edit/datasets/${id}.json`);
			if (!response.ok) throw new Error(String(response.status));
			const { path, record } = (await response.json()) as { path: string; record: Record<string, unknown> };
			this.#original = { path, record };
			this.#fill(record);
			const heading = document.querySelector<HTMLElement>('[data-editor-heading]');
			if (heading) heading.textContent = this.#t('editor.titleEdit');
			this.#status(this.#t('editor.loaded', { id }));
		} catch {
			for (const repeat of this.#repeats()) this.#addItem(repeat);
			this.#status(this.#t('editor.loadFailed', { id }));
		}
	}

	#fill(record: Record<string, unknown>): void {
		const { values, items } = valuesFromRecord(this.#fields, record, this.#languages);
		for (const repeat of this.#repeats()) {
			const count = items.get(repeat.dataset.repeat!) ?? 0;
			for (let i = 0; i < Math.max(count, 1); i++) {
				const item = this.#addItem(repeat);
				if (i < count) {
					const from = document.createElement('input');
					from.type = 'hidden';
					from.name = `${repeat.dataset.repeat}.${i}.${FROM_SUFFIX}`;
					from.value = String(i);
					item.append(from);
				}
			}
		}
		for (const control of this.#form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
			'input[name], select[name], textarea[name]',
		)) {
			if (control.type === 'hidden') continue;
			const given = values.get(control.name) ?? [];
			if (control instanceof HTMLInputElement && control.type === 'checkbox') control.checked = given.includes(control.value);
			else control.value = given[0] ?? '';
		}
	}

	#values(): Map<string, string[]> {
		const values = new Map<string, string[]>();
		for (const [name, value] of new FormData(this.#form)) if (typeof value === 'string') values.set(name, [...(values.get(name) ?? []), value]);
		return values;
	}

	/** Reads, writes and checks the file, and shows the outcome; `submitted` moves focus to what to do next. */
	#check(submitted: boolean): void {
		const record = recordFromValues(this.#fields, this.#values(), this.#languages, this.#original?.record);
		this.#text = datasetYaml(record);
		const path = datasetPath(record);
		const file =
			path ?? `datasets/${typeof record.publisher === 'string' ? record.publisher : ''}/${typeof record.identifier === 'string' ? record.identifier : ''}.yaml`;
		const identifier = typeof record.identifier === 'string' ? record.identifier : '';
		const holder = Object.hasOwn(this.#files, identifier) ? this.#files[identifier] : undefined;
		// The dataset being changed keeps its own identifier.
		const existing = holder === this.#original?.path ? undefined : holder;
		const problems = checkDatasetFile(file, this.#text, this.#lists, existing).filter((d) => d.severity === 'error');
		const slots = [...this.querySelectorAll<HTMLElement>('[data-error-for]')].map((slot) => slot.dataset.errorFor!);
		const errors: ShownError[] = problems.map((d) => {
			const name = slotFor(d.field, slots);
			// The field's own name, as the CLI prints it, when the error is on something inside it.
			const where = name === undefined ? `${d.field || this.#t('editor.errors.general')}: ` : name === controlName(d.field) ? '' : `${d.field}: `;
			// A missing field's hint repeats the schema's description, already shown as the field's help.
			const hint = d.hint && d.code !== 'schema.required' ? ` ${d.hint}` : '';
			return { name, summary: `${where}${d.message}`, text: `${where}${d.message}${d.expected ? ` (expected ${d.expected})` : ''}.${hint}` };
		});
		showFieldErrors(this.#form, errors, this.#t('editor.errorPrefix'));
		const summary = this.#part('summary');
		summary.hidden = errors.length === 0;
		const count = errors.length;
		this.#part('summary-count').textContent = this.#t(`editor.errors.count.${new Intl.PluralRules(this.#lang).select(count) === 'one' ? 'one' : 'other'}`, {
			count,
		});
		this.#part('summary-list').replaceChildren(...summaryItems(this.#form, errors, (label, message) => this.#t('editor.errors.item', { label, message })));
		this.#showResult(record, path, errors.length === 0);
		if (submitted) (errors.length ? summary : this.#part('send-heading')).focus();
	}

	#showResult(record: Record<string, unknown>, path: string | undefined, ok: boolean): void {
		this.#part('result').hidden = false;
		void this.#showPreview(record);
		this.#part<HTMLTextAreaElement>('file').value = this.#text;
		this.#part('file-label').textContent = this.#t('editor.file.label', { path: path ?? this.#t('editor.file.pending') });
		const source = this.#source;
		const editing = this.#original !== undefined && path === this.#original.path;
		this.#part('ok').hidden = !ok;
		this.#part('fix-first').hidden = ok;
		this.#part('no-repository').hidden = !ok || source !== undefined;
		this.#part('renamed').hidden = !ok || this.#original === undefined || editing;
		const newSteps = this.#part('steps-new');
		const editSteps = this.#part('steps-edit');
		newSteps.hidden = !ok || !source || editing || !path;
		editSteps.hidden = !ok || !source || !editing;
		this.#part('copy-status').textContent = '';
		if (!ok || !source || !path) return;
		if (editing) {
			this.#part<HTMLAnchorElement>('edit-link').href = editUrl(source, path);
		} else {
			const url = newFileUrl(source, path, this.#text);
			const link = this.#part<HTMLAnchorElement>('new-link');
			link.href = url ?? newFileUrl(source, path, '')!;
			this.#part('long').hidden = url !== undefined;
		}
	}

	/**
	 * Draws the preview. The Markdown renderer (markdown-it, about as large as the rest of the editor)
	 * is loaded on the first check, not with the page; previews wait for it in the order they were asked.
	 */
	async #showPreview(record: Record<string, unknown>): Promise<void> {
		this.#renderer ??= import('../../lib/render/markdown.ts');
		let renderer: typeof import('../../lib/render/markdown.ts');
		try {
			renderer = await this.#renderer;
		} catch {
			this.#renderer = undefined;
			this.#part('preview').replaceChildren(this.#t('editor.preview.failed'));
			return;
		}
		const names = Object.fromEntries(this.#languages.map((code) => [code, new Intl.DisplayNames([this.#lang], { type: 'language' }).of(code) ?? code]));
		this.#part('preview').replaceChildren(
			...previewParts(record, {
				languages: this.#languages,
				languageNames: names,
				noTitle: this.#t('editor.preview.noTitle'),
				labels: {
					rationale: this.#t('dataset.rationale'),
					review_note: this.#t('change.field.review_note'),
					high_value_reasons: this.#t('dataset.highValue.heading'),
				},
				fallbackMarker: (language) => this.#t('fallback.marker', { language }),
				render: renderer.renderMarkdown,
				href: renderer.safeDistributionHref,
				strings: (key) => this.#t(key),
				names: this.#names,
			}),
		);
	}

	async #copy(): Promise<void> {
		const status = this.#part('copy-status');
		try {
			await navigator.clipboard.writeText(this.#text);
			status.textContent = this.#t('editor.copied');
		} catch {
			const file = this.#part<HTMLTextAreaElement>('file');
			file.focus();
			file.select();
			status.textContent = this.#t('editor.copyFailed');
		}
	}
}

customElements.define('odc-dataset-editor', DatasetEditorElement);
