/**
 * Browser tests of the feedback form on the endpoint channel: a small catalogue is built with its
 * endpoint pointing at an intake started first on 127.0.0.1 (a random port), so the test sees the
 * exact message the page POSTs. Also: arriving prefilled from a dataset page, errors announced and
 * focused, a refusal that keeps the draft across a reload and a retry that succeeds, an unreachable
 * endpoint, the spam checks, the form without JavaScript, and axe-core in both languages.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { MIN_FILL_MS } from '../../src/lib/feedback/spam.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { buildFeedbackSite } from './support/feedback-site.ts';
import { startIntake, type IntakeServer } from './support/intake.ts';
import { useBrowserSession } from './support/session.ts';

let intake: IntakeServer | undefined;
const session = useBrowserSession({
	build: async () => {
		// The endpoint is compiled into the site, so the intake must have its port before the build.
		intake = await startIntake();
		return buildFeedbackSite(`  channel: endpoint\n  endpoint: ${intake.url}\n`);
	},
});
afterAll(() => intake?.close());

let page: Page;
beforeEach(async () => {
	page = session.page;
	intake!.received.length = 0;
	// The form refuses a send faster than a person could write; the tests move its clock on instead of waiting.
	await page.clock.install();
});

const MESSAGE = 'The 2024 counts for the river bridge are missing.';
const form = () => page.locator('[data-feedback-form]');
const summary = () => page.locator('[data-feedback-summary]');
const alert = () => page.locator('[data-feedback-alert]');
const sent = () => page.locator('[data-feedback-sent]');
const send = () => form().locator('button[type="submit"]').click();
/** The id of the focused element, or `summary` for the error summary. */
const focusedId = () => page.evaluate(() => (document.activeElement?.hasAttribute('data-feedback-summary') ? 'summary' : document.activeElement?.id));
const draftKeys = () => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('odc-feedback-draft:')));

async function open(path: string) {
	await session.goto(path);
	await form().waitFor({ state: 'visible' });
}

/** Opens the dataset page and follows its "Report a problem" link, as a reader would. */
async function reportProblemFromDatasetPage() {
	await page.goto(`${session.origin}/en/datasets/traffic-volumes/`);
	await Promise.all([
		page.waitForURL('**/en/feedback/?type=problem&dataset=traffic-volumes&publisher=mto'),
		page.getByRole('link', { name: 'Report a problem' }).click(),
	]);
	await form().waitFor({ state: 'visible' });
}

async function fillContact() {
	await page.fill('#feedback-message', `  ${MESSAGE}\n`);
	await page.fill('#feedback-name', 'Camille Tremblay');
	await page.fill('#feedback-email', 'camille@example.org');
	await page.check('#feedback-consent');
}

const expectedPayload = () => ({
	catalogue: 'https://example.org/',
	language: 'en',
	type: 'problem',
	subject: 'Problem with a dataset: traffic-volumes',
	message: MESSAGE,
	dataset: 'traffic-volumes',
	publisher: 'mto',
	page: `${session.origin}/en/datasets/traffic-volumes/`,
	name: 'Camille Tremblay',
	email: 'camille@example.org',
	consent: true,
});

describe('the feedback form (endpoint channel)', () => {
	it('opens from a dataset page with the dataset and its publisher filled in', async () => {
		await reportProblemFromDatasetPage();
		const about = page.locator('[data-feedback-about]');
		expect(await about.isVisible()).toBe(true);
		expect(await about.locator('dt').allInnerTexts()).toEqual(['Dataset', 'Publisher']);
		expect(await about.locator('dd').allInnerTexts()).toEqual(['traffic-volumes', 'Ministry of Transportation']);
		expect(await about.locator('a').getAttribute('href')).toBe('/en/datasets/traffic-volumes/');
		expect(await page.isChecked('#feedback-type-problem')).toBe(true);
	});

	it('announces every error before sending: a focused summary linking to each field, and a message beside it', async () => {
		await open('/en/feedback/');
		const title = await page.title();
		await send();
		await expect.poll(() => summary().isVisible()).toBe(true);
		expect(await focusedId()).toBe('summary');
		expect(await summary().locator('h2').innerText()).toBe('There is a problem');
		const links = summary().locator('a');
		expect(await links.allInnerTexts()).toEqual(['Choose what your message is about', 'Write your message']);
		expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['#feedback-type-request', '#feedback-message']);
		expect(await page.title()).toBe(`Error: ${title}`);

		const message = page.locator('#feedback-message');
		expect(await message.getAttribute('aria-invalid')).toBe('true');
		expect(await message.getAttribute('aria-describedby')).toBe('feedback-message-hint feedback-message-error');
		expect(await page.locator('#feedback-message-error').textContent()).toBe('Error: Write your message');
		expect(await page.locator('#feedback-type').getAttribute('aria-describedby')).toBe('feedback-type-error');

		await links.nth(1).click();
		expect(await focusedId()).toBe('feedback-message');
		expect(intake!.received).toEqual([]);

		// Once fixed, the errors go; a new one (an address without consent) takes their place.
		await page.check('#feedback-type-general');
		await page.fill('#feedback-message', MESSAGE);
		await page.fill('#feedback-email', 'camille@example.org');
		await send();
		await expect
			.poll(() => summary().locator('a').allInnerTexts())
			.toEqual(['Tick the box to let us use your e-mail address to answer you, or leave the address out']);
		expect(await message.getAttribute('aria-invalid')).toBeNull();
		expect(await message.getAttribute('aria-describedby')).toBe('feedback-message-hint');
		expect(await page.locator('#feedback-consent').getAttribute('aria-invalid')).toBe('true');
		expect(intake!.received).toEqual([]);
	});

	it('speaks French on the French page', async () => {
		await open('/fr/feedback/');
		await page.fill('#feedback-message', 'Court');
		await send();
		await expect
			.poll(() => summary().locator('a').allInnerTexts())
			.toEqual(['Choisissez l’objet de votre message', 'Votre message doit compter au moins 10 caractères']);
		expect(await page.locator('#feedback-message-error').textContent()).toBe('Erreur : Votre message doit compter au moins 10 caractères');
		expect(await page.title()).toMatch(/^Erreur : /);
	});

	it('POSTs the exact message, confirms delivery and forgets the draft', async () => {
		await reportProblemFromDatasetPage();
		await fillContact();
		expect(await draftKeys()).toHaveLength(1);
		await page.clock.fastForward(MIN_FILL_MS);
		await send();
		await expect.poll(() => sent().isVisible()).toBe(true);
		expect(await focusedId()).toBe('feedback-sent-title');
		expect(await form().isVisible()).toBe(false);
		expect(intake!.received).toHaveLength(1);
		expect(intake!.received[0]!.contentType).toBe('application/json');
		expect(intake!.received[0]!.data).toEqual(expectedPayload());
		expect(await draftKeys()).toEqual([]);

		// Another message starts from an empty form.
		await sent().getByRole('button', { name: 'Send another message' }).click();
		expect(await form().isVisible()).toBe(true);
		expect(await page.inputValue('#feedback-message')).toBe('');
		expect(await page.isChecked('#feedback-type-problem')).toBe(true);
	});

	it('keeps everything typed when the endpoint refuses, also across a reload, and the retry succeeds', async () => {
		intake!.failNext(500);
		session.expectConsoleErrors(/status of 500/);
		await reportProblemFromDatasetPage();
		await fillContact();
		await page.clock.fastForward(MIN_FILL_MS);
		await send();
		await expect.poll(() => alert().innerText()).toContain('refused it (error 500)');
		expect(await alert().getAttribute('role')).toBe('alert');
		expect(await sent().isVisible()).toBe(false);
		expect(await page.inputValue('#feedback-message')).toBe(`  ${MESSAGE}\n`);
		expect(await draftKeys()).toHaveLength(1);

		await page.reload();
		await form().waitFor({ state: 'visible' });
		expect(await page.inputValue('#feedback-message')).toBe(`  ${MESSAGE}\n`);
		expect(await page.inputValue('#feedback-name')).toBe('Camille Tremblay');
		expect(await page.inputValue('#feedback-email')).toBe('camille@example.org');
		expect(await page.isChecked('#feedback-consent')).toBe(true);
		expect(await page.isChecked('#feedback-type-problem')).toBe(true);

		// A restored draft was typed earlier: it may go at once.
		await send();
		await expect.poll(() => sent().isVisible()).toBe(true);
		expect(intake!.received.map((m) => m.data)).toEqual([expectedPayload(), expectedPayload()]);
		expect(await draftKeys()).toEqual([]);
	});

	it('says so when the endpoint cannot be reached, and keeps the message', async () => {
		await page.route(`${intake!.url}**`, (route) => route.abort('connectionrefused'));
		session.expectConsoleErrors(/ERR_CONNECTION_REFUSED/);
		await open('/en/feedback/?type=general');
		await page.fill('#feedback-message', MESSAGE);
		await page.clock.fastForward(MIN_FILL_MS);
		await send();
		await expect.poll(() => alert().innerText()).toContain('could not be reached');
		expect(await page.inputValue('#feedback-message')).toBe(MESSAGE);
		expect(await draftKeys()).toHaveLength(1);
	});

	it('asks a reader who sends faster than a person can write to check and send again', async () => {
		await open('/en/feedback/?type=general');
		await page.fill('#feedback-message', MESSAGE);
		await send();
		await expect.poll(() => alert().innerText()).toBe('Please check your message, then send it again.');
		expect(intake!.received).toEqual([]);
		await send();
		await expect.poll(() => sent().isVisible()).toBe(true);
		expect(intake!.received).toHaveLength(1);
	});

	it('sends nothing when the honeypot is filled, and the bot sees the usual confirmation', async () => {
		await open('/en/feedback/?type=general');
		await page.fill('#feedback-message', 'Cheap watches at http://spam.example');
		await page.fill('#feedback-website', 'http://spam.example', { force: true });
		await page.clock.fastForward(MIN_FILL_MS);
		await send();
		await expect.poll(() => sent().isVisible()).toBe(true);
		expect(intake!.received).toEqual([]);
	});

	it('posts the form to the endpoint without JavaScript', async () => {
		page = await session.restart({ javaScriptEnabled: false });
		await page.goto(`${session.origin}/en/feedback/`);
		expect(await form().isVisible()).toBe(true);
		await page.check('#feedback-type-request');
		await page.fill('#feedback-message', MESSAGE);
		await page.fill('#feedback-email', 'camille@example.org');
		await page.check('#feedback-consent');
		await Promise.all([page.waitForURL(intake!.url), send()]);
		expect(intake!.received).toHaveLength(1);
		expect(intake!.received[0]!.contentType).toBe('application/x-www-form-urlencoded');
		expect(intake!.received[0]!.data).toEqual({
			type: 'request',
			message: MESSAGE,
			name: '',
			email: 'camille@example.org',
			consent: 'yes',
			catalogue: 'https://example.org/',
			language: 'en',
			website: '',
		});
	});
});

describe('feedback form accessibility (axe-core, WCAG 2.1 AA + best practice)', () => {
	for (const lang of ['en', 'fr']) {
		it(`/${lang}/feedback/ has no violations when empty, with errors, and once sent`, async () => {
			await open(`/${lang}/feedback/?type=problem&dataset=traffic-volumes&publisher=mto`);
			await expectNoAxeViolations(page, 'empty');

			await page.fill('#feedback-email', 'not an address');
			await send();
			await expect.poll(() => summary().isVisible()).toBe(true);
			await expectNoAxeViolations(page, 'errors');

			await page.fill('#feedback-message', MESSAGE);
			await page.fill('#feedback-email', '');
			await page.clock.fastForward(MIN_FILL_MS);
			await send();
			await expect.poll(() => sent().isVisible()).toBe(true);
			await expectNoAxeViolations(page, 'sent');
		});
	}
});
