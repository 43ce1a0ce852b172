/**
 * The browser's rendering of a preview: the same facts, notes and tables as the build-time
 * components (PreviewFacts.astro, PreviewTables.astro), built as DOM nodes. Every text from the file
 * goes in with textContent, never as HTML.
 */
import type { TableProfile } from '../../lib/csv/table-profile.ts';
import {
	columnHeading,
	columnTypeLabel,
	columnValues,
	emptyShare,
	profileFacts,
	profileNotes,
	rowsCaption,
	type PreviewWords,
} from '../../lib/preview/describe-profile.ts';

/** The nodes of a loaded preview, to put in the element's result area. */
export function previewNodes(profile: TableProfile, title: string, idPrefix: string, words: PreviewWords): Node[] {
	const facts = element('dl', 'preview-facts');
	facts.setAttribute('aria-label', words.t('preview.facts.label'));
	for (const fact of profileFacts(profile, words)) facts.append(element('div', '', element('dt', '', fact.term), element('dd', '', fact.value)));
	const nodes: Node[] = [facts];
	const notes = profileNotes(profile, words);
	if (notes.length > 0) nodes.push(element('ul', 'preview-notes', ...notes.map((note) => element('li', '', note))));

	const headings = profile.header.map((name, i) => columnHeading(name, i, words));
	const rowHeader = element('th', 'preview-table__row-number', words.t('preview.table.row'));
	nodes.push(
		scrollingTable(
			`${idPrefix}-rows`,
			'table preview-table',
			rowsCaption(profile, title, words),
			[rowHeader, ...headings.map((h) => element('th', '', h))],
			(tbody) => {
				profile.rows.forEach((row, i) => {
					const number = element('th', 'preview-table__row-number', String(i + 1));
					number.setAttribute('scope', 'row');
					tbody.append(element('tr', '', number, ...row.map((cell) => element('td', '', cell))));
				});
			},
		),
	);
	const columnHeaders = ['preview.columns.name', 'preview.columns.type', 'preview.columns.empty', 'preview.columns.values'].map((key) =>
		element('th', '', words.t(key)),
	);
	nodes.push(
		scrollingTable(`${idPrefix}-columns`, 'table preview-columns', words.t('preview.columns.caption', { title }), columnHeaders, (tbody) => {
			profile.columns.forEach((column, i) => {
				const name = element('th', '', headings[i]!);
				name.setAttribute('scope', 'row');
				tbody.append(
					element(
						'tr',
						'',
						name,
						element('td', '', columnTypeLabel(column, words)),
						element('td', 'table__number', emptyShare(column, profile.rowCount, words)),
						element('td', '', columnValues(column, words)),
					),
				);
			});
		}),
	);
	return nodes;
}

/** A table in a focusable region labelled by its caption, as the build-time tables are. */
function scrollingTable(captionId: string, className: string, caption: string, headers: HTMLElement[], fill: (tbody: HTMLElement) => void): HTMLElement {
	const region = element('div', 'table-scroll');
	region.setAttribute('role', 'region');
	region.setAttribute('aria-labelledby', captionId);
	region.tabIndex = 0;
	const captionElement = element('caption', '', caption);
	captionElement.id = captionId;
	for (const header of headers) header.setAttribute('scope', 'col');
	const tbody = element('tbody', '');
	fill(tbody);
	region.append(element('table', className, captionElement, element('thead', '', element('tr', '', ...headers)), tbody));
	return region;
}

function element(tag: string, className: string, ...children: (Node | string)[]): HTMLElement {
	const node = document.createElement(tag);
	if (className) node.className = className;
	node.append(...children);
	return node;
}
