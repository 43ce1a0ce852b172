/**
 * Browser tests of the feedback form on the github and email channels, each on a small catalogue
 * built with that channel: the exact link that hands a message over, from a dataset page, from a
 * search that found nothing and from a planned release; the length limit of a link; the link shown
 * without JavaScript; and axe-core on the prepared message.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { MIN_FILL_MS } from '../../src/lib/feedback/spam.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { buildFeedbackSite } from './support/feedback-site.ts';
import { useBrowserSession, type BrowserSession } from './support/session.ts';

/** The page of `session`, with its clock under the test's control (the form refuses a send faster than a person could write). */
function pageOf(session: BrowserSession): () => Page {
	let page: Page;
	beforeEach(async () => {
		page = session.page;
		await page.clock.install();
	});
	return () => page;
}

/** Writes `message`, lets the minimum time pass, continues, and returns the prepared link. */
async function prepare(page: Page, message: string): Promise<string | null> {
	await page.fill('#feedback-message', message);
	await page.clock.fastForward(MIN_FILL_MS);
	await page.locator('[data-feedback-form] button[type="submit"]').click();
	const ready = page.locator('[data-feedback-ready]');
	await ready.waitFor({ state: 'visible' });
	expect(await page.evaluate(() => document.activeElement?.id)).toBe('feedback-ready-title');
	return ready.locator('a[data-feedback-link]').getAttribute('href');
}

describe('the github channel', () => {
	const session = useBrowserSession({ build: () => buildFeedbackSite('  channel: github\n  repository: belle-riviere/open-data\n') });
	const page = pageOf(session);

	it('opens the issue form with the title, labels and fields of a problem reported from a dataset page', async () => {
		await page().goto(`${session.origin}/en/datasets/traffic-volumes/`);
		await Promise.all([
			page().waitForURL('**/en/feedback/?type=problem&dataset=traffic-volumes&publisher=mto'),
			page().getByRole('link', { name: 'Report a problem' }).click(),
		]);
		expect(await prepare(page(), 'Highway 7 east of the river has no counts.')).toBe(
			'https://github.com/belle-riviere/open-data/issues/new?template=feedback-problem.yml' +
				'&title=Problem%20with%20a%20dataset%3A%20traffic-volumes' +
				'&labels=feedback%2Cproblem%2Cmto' +
				'&message=Highway%207%20east%20of%20the%20river%20has%20no%20counts.' +
				'&dataset=traffic-volumes&publisher=mto' +
				`&page=${encodeURIComponent(`${session.origin}/en/datasets/traffic-volumes/`)}`,
		);
		// Editing the message withdraws the prepared link, which no longer says the same.
		await page().fill('#feedback-message', 'Highway 7 and highway 17 have no counts.');
		expect(await page().locator('[data-feedback-ready]').isVisible()).toBe(false);
	});

	it('requests a dataset from a search that found nothing, in French, with the search filled in', async () => {
		await page().goto(`${session.origin}/fr/search/?q=poissons%20z%C3%A8bres`);
		const request = page().getByRole('link', { name: 'Demander ce jeu de données' });
		await request.waitFor({ state: 'visible', timeout: 10_000 });
		expect(await request.getAttribute('href')).toBe('/fr/feedback/?type=request&q=poissons%20z%C3%A8bres');
		await Promise.all([page().waitForURL('**/fr/feedback/?type=request&q=*'), request.click()]);
		expect(await page().locator('[data-feedback-about] dd').allInnerTexts()).toEqual(['poissons zèbres']);
		expect(await page().isChecked('#feedback-type-request')).toBe(true);
		const link = new URL((await prepare(page(), 'Des données sur les poissons zèbres des laboratoires.'))!);
		expect(link.searchParams.get('template')).toBe('feedback-request.yml');
		expect(link.searchParams.get('title')).toBe('Demande de jeu de données : poissons zèbres');
		expect(link.searchParams.get('labels')).toBe('feedback,request');
		expect(link.searchParams.get('query')).toBe('poissons zèbres');
		expect(link.searchParams.get('page')).toBe(`${session.origin}/fr/search/?q=poissons%20z%C3%A8bres`);
	});

	it('comments on a planned release (the link the schedule pages use)', async () => {
		await page().goto(`${session.origin}/en/feedback/?type=plan&publisher=mto&schedule=mto%2Fbridge-conditions`);
		expect(await page().locator('[data-feedback-about] dd').allInnerTexts()).toEqual(['Ministry of Transportation', 'mto/bridge-conditions']);
		const link = new URL((await prepare(page(), 'Please release this one first.'))!);
		expect(link.searchParams.get('title')).toBe('Comment on the release plan: mto/bridge-conditions');
		expect(link.searchParams.get('schedule_row')).toBe('mto/bridge-conditions');
		expect(link.searchParams.get('labels')).toBe('feedback,plan,mto');
	});

	it('refuses a message too long for a link, saying by about how much, and that is enough', async () => {
		await page().goto(`${session.origin}/en/feedback/?type=general`);
		await page().fill('#feedback-message', 'é'.repeat(3000));
		await page().clock.fastForward(MIN_FILL_MS);
		await page().locator('[data-feedback-form] button[type="submit"]').click();
		const summary = page().locator('[data-feedback-summary]');
		await summary.waitFor({ state: 'visible' });
		const error = await summary.locator('a').innerText();
		const excess = /^Your message is too long to be handed over in a link; shorten it by about ([\d,]+) characters$/.exec(error)?.[1];
		expect(excess, error).toBeDefined();
		expect(await page().locator('[data-feedback-ready]').isVisible()).toBe(false);

		const link = await prepare(page(), 'é'.repeat(3000 - Number(excess!.replace(',', ''))));
		expect(link!.length).toBeLessThanOrEqual(8000);
		expect(link!.length).toBeGreaterThan(7900);
	});

	it('links to GitHub’s new-issue page without JavaScript', async () => {
		const noScript = await session.restart({ javaScriptEnabled: false });
		await noScript.goto(`${session.origin}/en/feedback/`);
		expect(await noScript.locator('[data-feedback-form]').isVisible()).toBe(false);
		const notice = noScript.locator('[data-feedback-nojs]');
		expect(await notice.innerText()).toContain('needs JavaScript');
		expect(await notice.locator('a').getAttribute('href')).toBe('https://github.com/belle-riviere/open-data/issues/new/choose');
	});

	it('has no axe-core violations with the message ready, in both languages', async () => {
		for (const lang of ['en', 'fr']) {
			await page().goto(`${session.origin}/${lang}/feedback/?type=general`);
			await prepare(page(), 'Thank you for the new maps.');
			await expectNoAxeViolations(page(), lang);
		}
	});
});

describe('the email channel', () => {
	const session = useBrowserSession({ build: () => buildFeedbackSite('  channel: email\n') });
	const page = pageOf(session);

	it('addresses a problem with a dataset to its publisher, with subject and body filled in', async () => {
		await page().goto(`${session.origin}/en/datasets/traffic-volumes/`);
		await Promise.all([
			page().waitForURL('**/en/feedback/?type=general&dataset=traffic-volumes&publisher=mto'),
			page().getByRole('link', { name: 'Suggest an improvement' }).click(),
		]);
		const from = encodeURIComponent(`${session.origin}/en/datasets/traffic-volumes/`);
		expect(await prepare(page(), 'Please add the 2025 counts.\nThank you!')).toBe(
			'mailto:mto@example.org?subject=Feedback%3A%20traffic-volumes' +
				'&body=Please%20add%20the%202025%20counts.%0D%0AThank%20you!%0D%0A%0D%0A--%0D%0ADataset%3A%20traffic-volumes%0D%0APublisher%3A%20mto%0D%0A' +
				`Page%3A%20${from}`,
		);
		expect(await page().locator('[data-feedback-recipient]').innerText()).toBe('It is addressed to mto@example.org.');
	});

	it('addresses anything else to the office, and clears the form once the reader has sent it', async () => {
		await page().goto(`${session.origin}/fr/feedback/`);
		await page().check('#feedback-type-general');
		const link = await prepare(page(), 'Merci pour les nouvelles cartes.');
		expect(link).toBe(
			'mailto:opendata@example.org?subject=Commentaire%20%3A%20Merci%20pour%20les%20nouvelles%20cartes.' +
				`&body=Merci%20pour%20les%20nouvelles%20cartes.%0D%0A%0D%0A--%0D%0APage%3A%20${encodeURIComponent(`${session.origin}/fr/feedback/`)}`,
		);
		const drafts = () => page().evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('odc-feedback-draft:')).length);
		expect(await drafts()).toBe(1);
		await page().getByRole('button', { name: 'Je l’ai envoyé : effacer le formulaire' }).click();
		expect(await drafts()).toBe(0);
		expect(await page().inputValue('#feedback-message')).toBe('');
		expect(await page().locator('[data-feedback-ready]').isVisible()).toBe(false);
	});

	it('offers the office’s address without JavaScript', async () => {
		const noScript = await session.restart({ javaScriptEnabled: false });
		await noScript.goto(`${session.origin}/en/feedback/`);
		expect(await noScript.locator('[data-feedback-nojs] a').getAttribute('href')).toBe('mailto:opendata@example.org');
		expect(await noScript.locator('[data-feedback-form]').isVisible()).toBe(false);
	});
});
