/** Runs axe-core in a page and formats its violations for a failing test's message. */
import axe from 'axe-core';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

declare global {
	interface Window {
		axe: typeof axe;
	}
}

/**
 * Injects axe-core into the loaded page and runs the WCAG 2.1 A/AA and best-practice rules. It is
 * evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern:
 * an inline `<script>` (page.addScriptTag) would be refused, as it should be.
 */
export async function runAxe(page: Page): Promise<AxeResults> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
	return page.evaluate((tags) => window.axe.run(document, { runOnly: tags }), AXE_TAGS);
}

/** One readable block per violation: rule, impact, help, and each failing element. */
export function formatViolations(violations: Result[]): string {
	return violations
		.map((violation) => {
			const nodes = violation.nodes
				.map((node) => {
					const summary = node.failureSummary?.replace(/\n/g, '\n      ') ?? '';
					return `    - ${node.target.join(' ')}\n      ${node.html.slice(0, 200)}\n      ${summary}`;
				})
				.join('\n');
			return `[${violation.impact ?? 'n/a'}] ${violation.id}: ${violation.help}\n  ${violation.helpUrl}\n${nodes}`;
		})
		.join('\n\n');
}

/** Runs axe-core in the page and fails the test unless it finds nothing, listing each violation under `label`. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
	const { violations } = await runAxe(page);
	expect(violations.length, `${label}:\n\n${formatViolations(violations)}`).toBe(0);
}
