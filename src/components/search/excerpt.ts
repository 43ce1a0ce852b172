/**
 * Pagefind's excerpts are HTML whose only markup is `<mark>` around the words found. They are
 * built from the pages' text, which comes from the catalogue's metadata, so they are never
 * inserted as HTML: this module turns them into text nodes and `<mark>` elements only.
 */

/**
 * The nodes of an excerpt: its text, with `<mark>` kept as `<mark>` elements and any other markup
 * reduced to its text. Parsed with an inert `<template>`, so nothing in it runs or loads.
 */
export function excerptNodes(excerpt: string, doc: Document = document): Node[] {
	const template = doc.createElement('template');
	template.innerHTML = excerpt;
	const nodes: Node[] = [];
	for (const child of template.content.childNodes) {
		if (child.nodeType === Node.ELEMENT_NODE && (child as Element).localName === 'mark') {
			const mark = doc.createElement('mark');
			mark.textContent = child.textContent;
			nodes.push(mark);
		} else if (child.textContent) {
			nodes.push(doc.createTextNode(child.textContent));
		}
	}
	return nodes;
}
