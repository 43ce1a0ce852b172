import { describe, expect, it } from 'vitest';
import { readerCollator } from '../../src/lib/search/collation.ts';
import { collapsedFacetValues, FACET_VALUES_SHOWN, orderFacetValues } from '../../src/lib/search/facet-order.ts';

describe('the order of a facet’s values', () => {
	const en = readerCollator('en');
	const fr = readerCollator('fr');

	it('puts values with results first, the most results first, and those without after them', () => {
		const counts = {
			'2875039 Canada Limited': 0,
			'Parks Canada': 3,
			'Environment and Climate Change Canada': 12,
			'Bank of Canada': 0,
			'Fisheries and Oceans Canada': 3,
		};
		expect(orderFacetValues(Object.keys(counts), counts, en)).toEqual([
			'Environment and Climate Change Canada',
			'Fisheries and Oceans Canada',
			'Parks Canada',
			'2875039 Canada Limited',
			'Bank of Canada',
		]);
	});

	it('counts a value missing from the counts as having no results', () => {
		expect(orderFacetValues(['CSV', 'PDF', 'JSON'], { PDF: 2 }, en)).toEqual(['PDF', 'CSV', 'JSON']);
	});

	it('orders equal counts by name in the page’s language: accents with their letter, case aside, numbers by value', () => {
		const values = ['Zones', 'Économie', 'eau', 'Environnement', 'Région 10', 'Région 9', 'Agence'];
		const counts = Object.fromEntries(values.map((value) => [value, 4]));
		expect(orderFacetValues(values, counts, fr)).toEqual(['Agence', 'eau', 'Économie', 'Environnement', 'Région 9', 'Région 10', 'Zones']);
		// Code point order, which this replaces, put capitals first and "É" after "Z".
		expect([...values].sort()).toEqual(['Agence', 'Environnement', 'Région 10', 'Région 9', 'Zones', 'eau', 'Économie']);
	});

	it('gives names equal to the collator one order whatever order they come in', () => {
		const values = ['ecole', 'École', 'Ecole', 'école'];
		const counts = Object.fromEntries(values.map((value) => [value, 1]));
		const once = orderFacetValues(values, counts, fr);
		expect(orderFacetValues([...values].reverse(), counts, fr)).toEqual(once);
		expect(once).toEqual(['Ecole', 'ecole', 'École', 'école']);
	});
});

describe('the values a collapsed facet hides', () => {
	const en = readerCollator('en');
	const publishers = Array.from({ length: 30 }, (_, i) => `Publisher ${i + 1}`);
	/** Publishers 1 to 14 have results (1 the most), the other 16 none. */
	const counts = Object.fromEntries(publishers.map((name, i) => [name, Math.max(0, 14 - i)]));
	const ordered = orderFacetValues(publishers, counts, en);

	it(`shows the first ${FACET_VALUES_SHOWN} values with results and hides the rest`, () => {
		const hidden = collapsedFacetValues(ordered, counts, new Set());
		expect(ordered.filter((value) => !hidden.has(value))).toEqual(publishers.slice(0, FACET_VALUES_SHOWN));
		expect(hidden.size).toBe(30 - FACET_VALUES_SHOWN);
	});

	it('always shows the values that are kept (selected or focused), even without results', () => {
		const hidden = collapsedFacetValues(ordered, counts, new Set(['Publisher 12', 'Publisher 29']));
		expect(ordered.filter((value) => !hidden.has(value))).toEqual([...publishers.slice(0, FACET_VALUES_SHOWN), 'Publisher 12', 'Publisher 29']);
	});

	it('hides values without results even among the first ones', () => {
		const few = { ...Object.fromEntries(publishers.map((name) => [name, 0])), 'Publisher 7': 2, 'Publisher 3': 5 };
		const hidden = collapsedFacetValues(orderFacetValues(publishers, few, en), few, new Set());
		expect(publishers.filter((value) => !hidden.has(value))).toEqual(['Publisher 3', 'Publisher 7']);
	});

	it(`hides nothing in a list of ${FACET_VALUES_SHOWN} values or fewer, results or not`, () => {
		const short = publishers.slice(0, FACET_VALUES_SHOWN);
		const none = Object.fromEntries(short.map((name) => [name, 0]));
		expect(collapsedFacetValues(short, none, new Set()).size).toBe(0);
	});

	it('hides nothing when only one value would hide', () => {
		const eleven = publishers.slice(0, FACET_VALUES_SHOWN + 1);
		expect(collapsedFacetValues(eleven, counts, new Set()).size).toBe(0);
		expect(collapsedFacetValues(publishers.slice(0, FACET_VALUES_SHOWN + 2), counts, new Set()).size).toBe(2);
	});
});
