/**
 * The dataset editor (/en/edit/, /fr/edit/) in Chromium on the example site: a new dataset filled
 * in by its labelled controls in both languages, an error that appears beside its field and in the
 * summary and clears once fixed, the prepared file in GitHub's new-file address byte for byte and
 * valid for the CLI's loadCatalogue, an existing dataset opened, checked and handed to GitHub's
 * editor unchanged, and axe at 390 and 1366 px. The session fails on any CSP violation (the
 * validator is precompiled: no `new Function`).
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { EXAMPLE_AS_OF, REPO_ROOT } from './support/build.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { useBrowserSession } from './support/session.ts';

const session = useBrowserSession();
const REPOSITORY = 'https://github.com/open-data-catalogue/open-data-catalogue';
const copies: string[] = [];
afterAll(async () => {
	for (const dir of copies) await rm(dir, { recursive: true, force: true });
});

/** A copy of the example catalogue with `file` written into it, loaded as `npm run validate` does. */
async function loadWith(path: string, text: string) {
	const dir = await mkdtemp(join(tmpdir(), 'odc-editor-'));
	copies.push(dir);
	for (const part of ['catalogue.yaml', 'scorecard.yaml', 'datasets', 'publishers', 'requests', 'schedules', 'public'])
		await cp(join(REPO_ROOT, part), join(dir, part), { recursive: true });
	await writeFile(join(dir, path), text);
	return loadCatalogue(dir, { asOf: EXAMPLE_AS_OF });
}

const WORDS = {
	en: {
		check: 'Check and prepare the file',
		english: 'English',
		french: 'French',
		summary: 'There is a problem',
		send: 'Open the new file on GitHub',
		modified: 'Last modified',
	},
	fr: {
		check: 'Vérifier et préparer le fichier',
		english: 'anglais',
		french: 'français',
		summary: 'Il y a un problème',
		send: 'Ouvrir le nouveau fichier sur GitHub',
		modified: 'Dernière modification',
	},
} as const;

/** Fills in a complete new dataset through the form's labels, with `modified` before `issued`. */
async function fillNewDataset(page: Page, lang: 'en' | 'fr', id: string): Promise<void> {
	const words = WORDS[lang];
	const group = (name: RegExp) => page.getByRole('group', { name });
	const inGroup = async (name: RegExp, language: string, value: string) => group(name).first().getByLabel(language, { exact: true }).fill(value);
	await page.getByLabel(lang === 'en' ? /^Identifier/ : /^Identifiant/).fill(id);
	await inGroup(lang === 'en' ? /^Title/ : /^Titre/, words.english, 'Bridge condition ratings');
	await inGroup(lang === 'en' ? /^Title/ : /^Titre/, words.french, 'Cotes d’état des ponts');
	await inGroup(/^Description/, words.english, 'Condition ratings of every provincial bridge.\n\nInspected **every two years**.');
	await inGroup(/^Description/, words.french, 'Cotes d’état de chaque pont provincial.');
	await page.getByLabel(lang === 'en' ? /^Publisher/ : /^Éditeur/).selectOption('mto');
	await page.getByLabel(lang === 'en' ? /^E-mail address/ : /^Adresse courriel/).fill('bridges.data@belle-riviere.example');
	await inGroup(lang === 'en' ? /^Keywords/ : /^Mots-clés/, words.english, 'bridges\ninfrastructure');
	await group(lang === 'en' ? /^Themes/ : /^Thèmes/)
		.getByLabel(/\(TRAN\)$/)
		.check();
	await page.getByLabel(lang === 'en' ? /^Access \(/ : /^Accès \(/).selectOption('open');
	await page.getByLabel(/^Licence \(/).selectOption('ogl-belle-riviere');
	await page.getByLabel(lang === 'en' ? /^First published/ : /^Première publication/).fill('2026-03-02');
	await page.getByLabel(new RegExp(`^${words.modified}`)).fill('2026-01-15');
	await page.getByLabel(lang === 'en' ? /^Update frequency/ : /^Fréquence de mise à jour/).selectOption('ANNUAL');
	const distribution = group(/^Distribution 1$/);
	await distribution
		.getByRole('group', { name: lang === 'en' ? /^Title/ : /^Titre/ })
		.getByLabel(words.english, { exact: true })
		.fill('Bridge condition ratings (CSV)');
	await distribution.getByLabel(lang === 'en' ? /^Download address/ : /^Adresse de téléchargement/).fill('https://data.belle-riviere.example/mto/bridges.csv');
	await distribution.getByLabel(/^Format/).selectOption('CSV');
}

describe('the dataset editor', () => {
	for (const lang of ['en', 'fr'] as const) {
		it(`/${lang}/edit/ prepares a new dataset that the CLI accepts, showing an error until it is fixed`, async () => {
			const { page } = session;
			const words = WORDS[lang];
			await session.goto(`/${lang}/edit/`);
			const id = `bridge-ratings-${lang}`;
			await fillNewDataset(page, lang, id);
			await page.getByRole('button', { name: words.check }).click();

			// The summary takes focus and names the one problem; the field says it too.
			const summary = page.getByRole('group', { name: words.summary });
			await expect(summary.isVisible()).resolves.toBe(true);
			await expect(page.evaluate(() => document.activeElement?.hasAttribute('data-editor-summary'))).resolves.toBe(true);
			await expect(summary.getByRole('listitem').allInnerTexts()).resolves.toEqual([`${words.modified}${lang === 'fr' ? ' :' : ':'} is earlier than issued`]);
			const modified = page.getByLabel(new RegExp(`^${words.modified}`));
			await expect(modified.getAttribute('aria-invalid')).resolves.toBe('true');
			const describedBy = (await modified.getAttribute('aria-describedby'))!.split(' ');
			const error = page.locator(`#${describedBy.at(-1)}`);
			await expect(error.innerText()).resolves.toMatch(/is earlier than issued \(expected 2026-03-02 or later\)/);
			await expect(page.getByRole('link', { name: words.send }).count()).resolves.toBe(0);

			// The link in the summary leads to the field.
			await summary.getByRole('link').click();
			await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('edit-modified');

			// Fixed, the error clears as the steward types, and the file is ready to send.
			await modified.fill('2026-03-20');
			await page.waitForFunction(() => !document.querySelector('#edit-modified')?.hasAttribute('aria-invalid'));
			await expect(error.isHidden()).resolves.toBe(true);
			await expect(summary.isHidden()).resolves.toBe(true);
			await expect(modified.getAttribute('aria-describedby')).resolves.toBe(describedBy.slice(0, -1).join(' ') || null);

			const file = await page.locator('#editor-file').inputValue();
			expect(file.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/dataset.schema.json');
			const path = `datasets/mto/${id}.yaml`;
			const href = await page.getByRole('link', { name: words.send }).getAttribute('href');
			const url = new URL(href!);
			expect(`${url.origin}${url.pathname}`).toBe(`${REPOSITORY}/new/main`);
			expect(url.searchParams.get('filename')).toBe(path);
			expect(url.searchParams.get('value')).toBe(file);

			// The preview shows each language's title as a heading and its description rendered as on the dataset page.
			const preview = page.locator('[data-editor-preview]');
			await expect(preview.locator('article[lang="fr"] h3').innerText()).resolves.toBe('Cotes d’état des ponts');
			await expect(preview.locator('article[lang="en"] .prose strong').innerText()).resolves.toBe('every two years');
			await expect(preview.locator('article[lang="fr"] .prose').innerText()).resolves.toBe('Cotes d’état de chaque pont provincial.');

			// The CLI reads the very same bytes without an error, and the dataset is in the catalogue.
			const loaded = await loadWith(path, file);
			expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
			// Left untranslated on purpose (French keywords, the distribution's French title): warnings, as in the CLI.
			expect(loaded.diagnostics.filter((d) => d.file === path).map((d) => `${d.severity} ${d.code}`)).toEqual([
				'warning text.missing-translation',
				'warning text.missing-translation',
			]);
			const dataset = loaded.catalogue!.datasetById.get(id)!;
			expect(dataset.title).toEqual({ en: 'Bridge condition ratings', fr: 'Cotes d’état des ponts' });
			expect(dataset.modified).toBe('2026-03-20');
			expect(dataset.distributions?.[0]?.format).toBe('CSV');
		});
	}

	it('says when a new dataset’s identifier is already taken', async () => {
		const { page } = session;
		await session.goto('/en/edit/');
		await fillNewDataset(page, 'en', 'traffic-volumes');
		await page.getByRole('button', { name: WORDS.en.check }).click();
		// The list of identifiers may arrive after the first check, which is then made again.
		await page.locator('#edit-identifier-error').waitFor({ state: 'visible' });
		await expect(page.getByRole('group', { name: WORDS.en.summary }).getByRole('listitem').allInnerTexts()).resolves.toEqual([
			'Identifier: is already used by another dataset',
			'Last modified: is earlier than issued',
		]);
		await expect(page.locator('#edit-identifier-error').innerText()).resolves.toContain('datasets/mto/traffic-volumes.yaml has the same identifier');
	});

	it('adds and removes distributions by keyboard, announcing each', async () => {
		const { page } = session;
		await session.goto('/en/edit/');
		await page.getByRole('button', { name: 'Add a distribution' }).press('Enter');
		await expect(page.getByRole('group', { name: 'Distribution 2' }).count()).resolves.toBe(1);
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('edit-distributions-1-title-en');
		await expect(page.locator('[data-editor-status]').innerText()).resolves.toBe('Distribution 2 added.');
		await page.getByRole('button', { name: 'Remove distribution 1' }).press('Enter');
		await expect(page.getByRole('group', { name: /^Distribution \d$/ }).count()).resolves.toBe(1);
		await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Add a distribution');
	});

	it('opens an existing dataset, and its file checked unchanged is copied, goes to GitHub’s editor and validates', async () => {
		const page = await session.restart({ permissions: ['clipboard-read', 'clipboard-write'] });
		await session.goto('/fr/datasets/traffic-volumes/');
		await page.getByRole('link', { name: 'Modifier ce jeu de données dans le formulaire' }).click();
		await page.waitForURL(/\/fr\/edit\/\?dataset=traffic-volumes$/);
		await page.getByRole('status').filter({ hasText: 'traffic-volumes' }).waitFor();
		await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Modifier un jeu de données');
		await expect(page.locator('#edit-title-fr').inputValue()).resolves.toBe('Volumes de circulation sur les routes provinciales');
		await page.getByRole('button', { name: 'Vérifier et préparer le fichier' }).click();
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('editor-send-heading');
		await expect(page.getByRole('link', { name: 'Ouvrir le fichier sur GitHub' }).getAttribute('href')).resolves.toBe(
			`${REPOSITORY}/edit/main/datasets/mto/traffic-volumes.yaml`,
		);
		await page.getByRole('button', { name: 'Copier le fichier' }).first().click();
		await page.getByRole('status').filter({ hasText: 'Le fichier est copié. Collez-le dans l’éditeur de GitHub.' }).waitFor();

		const file = await page.locator('#editor-file').inputValue();
		await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(file);
		const { readFile } = await import('node:fs/promises');
		const original = await readFile(join(REPO_ROOT, 'datasets/mto/traffic-volumes.yaml'), 'utf8');
		// Nothing of the record is lost or changed, fields the form does not offer included.
		expect(parse(file, { schema: 'core' })).toEqual(parse(original, { schema: 'core' }));
		const loaded = await loadWith('datasets/mto/traffic-volumes.yaml', file);
		expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
	});

	it('sends a dataset whose identifier was changed as a new file, and says so', async () => {
		const { page } = session;
		await session.goto('/en/edit/?dataset=traffic-volumes');
		await page.getByRole('status').filter({ hasText: 'traffic-volumes' }).waitFor();
		await page.getByLabel(/^Identifier/).fill('traffic-volumes-2');
		await page.getByRole('button', { name: WORDS.en.check }).click();
		await expect(page.getByText('The identifier or publisher changed, so this is saved as a new file').isVisible()).resolves.toBe(true);
		const url = new URL((await page.getByRole('link', { name: WORDS.en.send }).getAttribute('href'))!);
		expect(url.searchParams.get('filename')).toBe('datasets/mto/traffic-volumes-2.yaml');
		// This file is too long for GitHub's address (over 8,000 characters encoded): it is copied instead.
		const file = await page.locator('#editor-file').inputValue();
		expect(encodeURIComponent(file).length).toBeGreaterThan(8000);
		expect(url.searchParams.get('value')).toBe('');
		await expect(page.getByText('The file is too long to be put into GitHub’s address').isVisible()).resolves.toBe(true);
		await expect(page.getByRole('button', { name: 'Copy the file' }).first().isVisible()).resolves.toBe(true);
		await expect(page.getByRole('link', { name: 'Open the file on GitHub' }).isVisible()).resolves.toBe(false);
	});

	it('renders the Markdown typed into the description in the preview, as the dataset page does', async () => {
		const { page } = session;
		await session.goto('/en/edit/');
		await fillNewDataset(page, 'en', 'bridge-ratings-markdown');
		await page.getByRole('button', { name: WORDS.en.check }).click();
		const english = page.locator('[data-editor-preview] article[lang="en"]');
		await english.locator('.prose strong').waitFor();

		// Once checked, the preview follows what the steward types.
		const description = page
			.getByRole('group', { name: /^Description/ })
			.first()
			.getByLabel('English', { exact: true });
		await description.fill('Ratings of:\n\n- *every* provincial bridge\n- [the inspection manual](https://www.belle-riviere.example/manual)\n');
		await english.locator('.prose li').first().waitFor();
		await expect(english.locator('.prose li').allInnerTexts()).resolves.toEqual(['every provincial bridge', 'the inspection manual']);
		await expect(english.locator('.prose li em').innerText()).resolves.toBe('every');
		const link = english.getByRole('link', { name: 'the inspection manual' });
		await expect(link.getAttribute('href')).resolves.toBe('https://www.belle-riviere.example/manual');
		await expect(link.getAttribute('rel')).resolves.toBe('nofollow noopener');
		await expect(english.locator('.prose strong').count()).resolves.toBe(0);
		// The rest of the page's outline: the access badge, the keywords and the distributions with their format and link.
		await expect(english.locator('.badge').innerText()).resolves.toBe('Open');
		await expect(english.locator('.tag-list').first().locator('.tag').allInnerTexts()).resolves.toEqual(['bridges', 'infrastructure']);
		await expect(english.locator('.tag-list').nth(1).locator('.tag').allInnerTexts()).resolves.toEqual(['Transport']);
		await expect(english.locator('h4:text-is("Publisher") + p').innerText()).resolves.toBe('Ministry of Transportation');
		const distribution = english.getByRole('link', { name: 'Bridge condition ratings (CSV)' });
		await expect(distribution.getAttribute('href')).resolves.toBe('https://data.belle-riviere.example/mto/bridges.csv');
		await expect(english.locator('.editor-preview__distributions li').innerText()).resolves.toBe('Bridge condition ratings (CSV) (CSV)');
		// French keywords and the distribution's French title were left out: the English ones, marked as English.
		const french = page.locator('[data-editor-preview] article[lang="fr"]');
		await expect(french.locator('.tag-list').first().getAttribute('lang')).resolves.toBe('en');
		await expect(french.innerText()).resolves.toContain('Ministère des Transports');
		await expect(french.locator('.editor-preview__distributions a').getAttribute('lang')).resolves.toBe('en');
		// The French block, left as it was, keeps its own text.
		await expect(page.locator('[data-editor-preview] article[lang="fr"] .prose').innerText()).resolves.toBe('Cotes d’état de chaque pont provincial.');
	});

	it('keeps hostile Markdown inert in the preview: no markup, no script, no unsafe link', async () => {
		const { page } = session;
		await session.goto('/en/edit/');
		await page.locator('#edit-title-en').fill('<b onmouseover="window.__odcInjected = 0">Hostile</b>');
		const hostile = [
			'<script>window.__odcInjected = 1</script>',
			'<img src="x" onerror="window.__odcInjected = 2">',
			'[run](javascript:window.__odcInjected=3) [page](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) <a href="javascript:alert(4)">raw</a>',
			'![picture](https://images.elsewhere.example/a.png) [safe](https://www.belle-riviere.example/)',
		].join('\n\n');
		await page
			.getByRole('group', { name: /^Description/ })
			.first()
			.getByLabel('English', { exact: true })
			.fill(hostile);
		await page.getByRole('button', { name: WORDS.en.check }).click();
		const preview = page.locator('[data-editor-preview]');
		const prose = preview.locator('article[lang="en"] .prose');
		await prose.waitFor();

		await expect(preview.locator('script, img, iframe, object, embed, b, [onerror], [onmouseover]').count()).resolves.toBe(0);
		// Only web links are links (an image is not shown: its Markdown becomes "!" and a link to it, as on the page).
		await expect(prose.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).resolves.toEqual([
			'https://images.elsewhere.example/a.png',
			'https://www.belle-riviere.example/',
		]);
		// With no French description, the French block shows the English one as the page would: marked as English.
		const french = preview.locator('article[lang="fr"]');
		await expect(french.locator('.prose').getAttribute('lang')).resolves.toBe('en');
		await expect(french.locator('h3 span[lang="en"]').innerText()).resolves.toBe('<b onmouseover="window.__odcInjected = 0">Hostile</b>');
		await expect(french.locator('.fallback-marker').allInnerTexts()).resolves.toEqual(['(English only)', '(English only)']);
		// The raw HTML is shown as text, as on the dataset page.
		await expect(preview.locator('article[lang="en"] h3').innerText()).resolves.toBe('<b onmouseover="window.__odcInjected = 0">Hostile</b>');
		const text = await prose.innerText();
		expect(text).toContain('<script>window.__odcInjected = 1</script>');
		expect(text).toContain('<img src="x" onerror="window.__odcInjected = 2">');
		expect(text).toContain('[run](javascript:window.__odcInjected=3)');
		await expect(page.evaluate(() => (window as unknown as { __odcInjected?: number }).__odcInjected)).resolves.toBeUndefined();
		// Any script or handler that ran would have been a CSP violation, which fails the test (see support/session.ts).
	});

	for (const width of [390, 1366]) {
		it(`is axe-clean at ${width} px, with errors shown, in both languages`, async () => {
			const { page } = session;
			await page.setViewportSize({ width, height: 900 });
			for (const lang of ['en', 'fr'] as const) {
				await session.goto(`/${lang}/edit/`);
				await page.locator('#edit-title-en').fill('Half a dataset');
				// The preview's rendered Markdown (a heading, a list, a link) is checked by axe too.
				await page
					.getByRole('group', { name: /^Description/ })
					.first()
					.getByLabel(WORDS[lang].english, { exact: true })
					.fill('# Contents\n\n- *every* bridge\n- [the manual](https://www.belle-riviere.example/manual)');
				await page.getByRole('button', { name: WORDS[lang].check }).click();
				await page.getByRole('group', { name: WORDS[lang].summary }).waitFor();
				await page.locator('[data-editor-preview] article[lang="fr"] .prose li').first().waitFor();
				await expectNoAxeViolations(page, `axe violations on /${lang}/edit/ at ${width} px`);
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
				expect(overflow, 'horizontal scrolling').toBeLessThanOrEqual(0);
			}
		});
	}
});
