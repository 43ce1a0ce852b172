/**
 * Browser tests of the order of the search page's facet values, as a reader sees them, on the
 * example catalogue (18 formats, so the format facet is a long list): values with results first,
 * most results first, ties by name in the page's language, those without results last or behind a
 * "show more" button that works from the keyboard, selected values always in view, the list the
 * reader ticks in left still, and axe-core clean with a list open.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { useBrowserSession } from './support/session.ts';

const session = useBrowserSession();
let page: Page;

beforeEach(() => {
	page = session.page;
});

/** A value of a facet as the reader sees it. */
interface ShownValue {
	value: string;
	count: number;
	checked: boolean;
}

/** What a facet's fieldset shows: its values in order (hidden ones left out), how many it has, and its button. */
async function facetView(facet: string): Promise<{ shown: ShownValue[]; all: string[]; button: { hidden: boolean; text: string; expanded: string | null } }> {
	return page.locator(`fieldset[data-facet="${facet}"]`).evaluate((fieldset) => {
		const items = [...fieldset.querySelectorAll<HTMLLIElement>('[data-options] > li')];
		const value = (item: HTMLLIElement) => item.querySelector('input')!.value;
		const button = fieldset.querySelector<HTMLButtonElement>('button[data-facet-more]');
		return {
			shown: items
				.filter((item) => item.checkVisibility())
				.map((item) => ({
					value: value(item),
					count: Number(item.querySelector('.search-facet__count')!.textContent!.replace(/\D/g, '')),
					checked: item.querySelector('input')!.checked,
				})),
			all: items.map(value),
			button: { hidden: !button?.checkVisibility(), text: button?.textContent ?? '', expanded: button?.getAttribute('aria-expanded') ?? null },
		};
	});
}

/** Whether `values` are by count (most first), equal counts by name in `lang`'s collation. */
function inReadingOrder(values: ShownValue[], lang: string): boolean {
	const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
	return values.every((b, i) => {
		const a = values[i - 1];
		return !a || a.count > b.count || (a.count === b.count && collator.compare(a.value, b.value) <= 0);
	});
}

/** Opens a search page and waits until its facets are counted over the facet table and the results shown. */
async function openSearch(path: string): Promise<void> {
	await session.goto(path);
	await page.locator('odc-search[data-ready]').waitFor({ state: 'attached', timeout: 30_000 });
	await page.locator('#search-input').focus();
	await page.locator('odc-search[data-facets-ready]').waitFor({ state: 'attached', timeout: 10_000 });
	await page.locator('[data-search-results]:not([aria-busy])').waitFor({ state: 'attached', timeout: 10_000 });
}

const moreButton = (facet: string) => page.locator(`fieldset[data-facet="${facet}"] button[data-facet-more]`);

describe('facet lists', () => {
	it('show the values with most results first, and the rest of a long list behind a button', async () => {
		await openSearch('/en/search/');
		const formats = await facetView('format');
		expect(formats.all).toHaveLength(18);
		expect(formats.shown).toHaveLength(10);
		expect(formats.shown[0]).toMatchObject({ value: 'CSV' });
		expect(inReadingOrder(formats.shown, 'en')).toBe(true);
		expect(formats.button).toEqual({ hidden: false, text: 'Show 8 more', expanded: 'false' });
		// A short list shows every value, and no button.
		const publishers = await facetView('publisher');
		expect(publishers.shown).toHaveLength(publishers.all.length);
		expect(publishers.button.hidden).toBe(true);
		expect(inReadingOrder(publishers.shown, 'en')).toBe(true);

		await moreButton('format').click();
		const all = await facetView('format');
		expect(all.shown).toHaveLength(18);
		expect(inReadingOrder(all.shown, 'en')).toBe(true);
		expect(all.shown.slice(0, 10)).toEqual(formats.shown);
		expect(all.button).toEqual({ hidden: false, text: 'Show fewer', expanded: 'true' });
		const list = await page.locator('fieldset[data-facet="format"] [data-options]').getAttribute('id');
		expect(await moreButton('format').getAttribute('aria-controls')).toBe(list);
	});

	it('put the values without results for the search after those with results, and hide them while collapsed', async () => {
		await openSearch('/en/search/');
		await page.locator('#search-input').pressSequentially('traffic', { delay: 20 });
		await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('traffic');
		await page.locator('[data-search-results]:not([aria-busy])').waitFor({ state: 'attached', timeout: 10_000 });
		// Counted for "traffic": fewer formats have results than the 10 shown of the whole catalogue.
		await expect.poll(async () => (await facetView('format')).shown.length, { timeout: 10_000 }).toBeLessThan(10);
		const collapsed = await facetView('format');
		expect(collapsed.shown.length).toBeGreaterThan(0);
		expect(collapsed.shown.every((value) => value.count > 0)).toBe(true);
		expect(inReadingOrder(collapsed.shown, 'en')).toBe(true);
		// Every hidden value would add nothing: the button says so rather than "Show N more".
		expect(collapsed.button.text).toBe(`Show ${18 - collapsed.shown.length} without results`);

		await moreButton('format').click();
		const expanded = await facetView('format');
		expect(expanded.shown.slice(0, collapsed.shown.length)).toEqual(collapsed.shown);
		expect(expanded.shown.slice(collapsed.shown.length).every((value) => value.count === 0)).toBe(true);
		expect(inReadingOrder(expanded.shown, 'en')).toBe(true);
	});

	it('keep a selected value in view when the list collapses, and the list the reader ticks in still', async () => {
		await openSearch('/en/search/?q=traffic');
		await moreButton('format').click();
		await expect.poll(async () => (await facetView('format')).shown.some((value) => value.count === 0), { timeout: 10_000 }).toBe(true);
		const before = await facetView('format');
		const zero = before.shown.find((value) => value.count === 0)!;
		await page.locator(`fieldset[data-facet="format"] input[value="${zero.value}"]`).check();
		await expect.poll(() => new URL(page.url()).searchParams.getAll('format')).toEqual([zero.value]);
		await page.locator('[data-search-results]:not([aria-busy])').waitFor({ state: 'attached', timeout: 10_000 });
		// The format counts leave out the format selection: the list did not move under the pointer.
		expect((await facetView('format')).shown.map((value) => value.value)).toEqual(before.shown.map((value) => value.value));
		await moreButton('format').click();
		const collapsed = await facetView('format');
		expect(collapsed.shown.filter((value) => value.checked).map((value) => value.value)).toEqual([zero.value]);
		expect(collapsed.shown.filter((value) => value.count === 0).map((value) => value.value)).toEqual([zero.value]);
	});

	it('show a value the address selects, and the back button restores, though it is past the first ten', async () => {
		await openSearch('/en/search/');
		await moreButton('format').click();
		const last = (await facetView('format')).shown.at(-1)!.value;
		await moreButton('format').click();
		expect((await facetView('format')).shown.map((value) => value.value)).not.toContain(last);
		await openSearch(`/en/search/?format=${encodeURIComponent(last)}`);
		const selected = await facetView('format');
		expect(selected.shown.filter((value) => value.checked).map((value) => value.value)).toEqual([last]);
		expect(selected.button.text).toBe(`Show ${18 - selected.shown.length} more`);
		await page.locator(`fieldset[data-facet="format"] input[value="${last}"]`).uncheck();
		await expect.poll(() => new URL(page.url()).searchParams.getAll('format')).toEqual([]);
		await page.goBack();
		await expect.poll(async () => (await facetView('format')).shown.find((value) => value.value === last)?.checked).toBe(true);
	});

	it('are opened and closed from the keyboard, the focus staying on the button', async () => {
		await openSearch('/fr/search/');
		const formats = await facetView('format');
		expect(inReadingOrder(formats.shown, 'fr')).toBe(true);
		// Tab from the last value shown reaches the button.
		await page.locator(`fieldset[data-facet="format"] input[value="${formats.shown.at(-1)!.value}"]`).focus();
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.facetMore)).toBe('format');
		expect(formats.button.text).toBe('Afficher les 8 autres');
		await page.keyboard.press('Enter');
		await expect.poll(async () => (await facetView('format')).shown.length).toBe(18);
		expect((await facetView('format')).button).toEqual({ hidden: false, text: 'Afficher moins', expanded: 'true' });
		expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.facetMore)).toBe('format');
		// Shift+Tab goes back into the list, to the last value, now one that was hidden.
		await page.keyboard.press('Shift+Tab');
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe((await facetView('format')).shown.at(-1)!.value);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		await expect.poll(async () => (await facetView('format')).shown.length).toBe(10);
		expect((await facetView('format')).button.expanded).toBe('false');
		expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.facetMore)).toBe('format');
	});

	for (const [lang, query] of [
		['en', 'traffic'],
		['fr', 'circulation'],
	] as const) {
		it(`/${lang}/search/ has no axe-core violations with a long list collapsed and opened`, async () => {
			await openSearch(`/${lang}/search/?q=${query}`);
			await expectNoAxeViolations(page, 'collapsed');
			await moreButton('format').click();
			await expect.poll(async () => (await facetView('format')).button.expanded).toBe('true');
			await expectNoAxeViolations(page, 'opened');
		});
	}
});
