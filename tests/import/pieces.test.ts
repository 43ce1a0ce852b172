import { describe, expect, it } from 'vitest';
import { toDate, toPeriod } from '../../src/lib/import/dates.ts';
import { stableIdentifier, publisherIdentifier } from '../../src/lib/import/identifiers.ts';
import { matchLicence } from '../../src/lib/import/licences.ts';
import { splitBilingual, toEmail, toLine, toMarkdown } from '../../src/lib/import/text.ts';
import { accessLevel } from '../../src/lib/import/access.ts';
import { frequencyCode, languageCode, themeCode, themeMapping } from '../../src/lib/import/vocabularies.ts';
import { markdownProblems } from '../../src/lib/validate/markdown-rules.ts';
import { toYaml } from '../../src/lib/import/write-file.ts';
import { parseYaml, readsFast } from '../../src/lib/load/parse-yaml.ts';

describe('text from other catalogues', () => {
	it('turns HTML into Markdown with only web and mailto links, never raw HTML', () => {
		const html =
			'<p>Last update: <strong>8-10-2020</strong><br>See <a href="https://watersheds.rvca.ca">watersheds</a> or <a href="javascript:alert(1)">this</a>.</p><ul><li>one</li></ul>&lt;script&gt;x&lt;/script&gt; <img src=x onerror=alert(1)>';
		const markdown = toMarkdown(html)!;
		expect(markdown).toContain('**8-10-2020**');
		expect(markdown).toContain('[watersheds](https://watersheds.rvca.ca)');
		expect(markdown).not.toContain('javascript');
		expect(markdown).toContain('- one');
		expect(markdownProblems(markdown)).toEqual([]);
	});

	it('decodes escaped HTML (DCAT descriptions with &lt;p&gt;) and double-escaped unicode', () => {
		expect(toMarkdown('&lt;p&gt;Stra&#223;en&lt;/p&gt;')).toBe('Straßen');
		expect(toLine('Geo Data | G\\u00e9o')).toBe('Geo Data | Géo');
	});

	it('makes one line of a title and finds the address in a mailto link', () => {
		expect(toLine('  A\n  title  ')).toBe('A title');
		expect(toLine('   ')).toBeUndefined();
		expect(toEmail('<a href="mailto:gis@rvca.ca">gis@rvca.ca</a>')).toBe('gis@rvca.ca');
		expect(toEmail('nobody')).toBeUndefined();
	});

	it('splits the Government of Canada’s bilingual values', () => {
		expect(splitBilingual('Data | Données')).toEqual({ en: 'Data', fr: 'Données' });
		expect(splitBilingual('Persons  Personnes')).toEqual({ en: 'Persons', fr: 'Personnes' });
		expect(splitBilingual('Persons')).toBeUndefined();
	});
});

describe('the YAML written', () => {
	it('writes a value the record holds twice out twice, with no anchor or alias', () => {
		const title = { en: 'Cloud Test', fr: 'Essai infonuagique' };
		const text = toYaml({ title, description: title, keywords: { en: ['cloud'] } });
		expect(text).not.toMatch(/[&*]a\d/);
		expect(text.match(/Essai infonuagique/g)).toHaveLength(2);
		// So the loader reads it with its fast parser and can keep it in its cache.
		expect(readsFast(text)).toBe(true);
		expect(parseYaml('datasets/x/y.yaml', text).parsed?.data).toEqual({ title, description: title, keywords: { en: ['cloud'] } });
	});
});

describe('dates', () => {
	it('takes days and date-times, and never makes a day of a year or a month', () => {
		expect(toDate('2017-05-18T16:33:31.999044')).toBe('2017-05-18');
		expect(toDate('2013-05-08')).toBe('2013-05-08');
		expect(toDate('8-10-2020')).toBe('2020-08-10');
		expect(toDate('2023')).toBeUndefined();
		expect(toDate('2023-02')).toBeUndefined();
		expect(toDate('2023-02-30')).toBeUndefined();
		expect(toPeriod('2010-01-01/2020-12-31')).toEqual({ start: '2010-01-01', end: '2020-12-31' });
	});
});

describe('vocabularies', () => {
	it('maps frequencies from EU IRIs, ISO 8601 periods and CKAN free text', () => {
		expect(frequencyCode('http://publications.europa.eu/resource/authority/frequency/MONTHLY')).toBe('MONTHLY');
		expect(frequencyCode('R/P1Y')).toBe('ANNUAL');
		expect(frequencyCode('As Needed | Au besoin')).toBe('IRREG');
		expect(frequencyCode('Unknown | Inconnu')).toBe('UNKNOWN');
		expect(frequencyCode('whenever')).toBeUndefined();
	});

	it('maps languages from codes, names and IRIs', () => {
		expect(languageCode('eng; CAN')).toBe('en');
		expect(languageCode('http://publications.europa.eu/resource/authority/language/DEU')).toBe('de');
		expect(languageCode('http://id.loc.gov/vocabulary/iso639-1/de')).toBe('de');
		expect(languageCode('Klingon')).toBeUndefined();
	});

	it('maps themes from EU IRIs directly, and other values only through the steward’s mapping', () => {
		const mapping = themeMapping({ 'Nature and Environment': 'ENVI', Procurement: 'ECON' });
		expect(themeCode('http://publications.europa.eu/resource/authority/data-theme/TRAN', mapping)).toBe('TRAN');
		expect(themeCode('nature and environment', mapping)).toBe('ENVI');
		expect(themeCode('Persons', mapping)).toBeUndefined();
		expect(() => themeMapping({ Roads: 'ROADS' })).toThrow(/"ROADS" for "Roads": expected an EU data-theme code/);
	});

	it('maps access levels of data.json, DCAT-AP and Ontario’s CKAN', () => {
		expect(accessLevel('public')).toBe('open');
		expect(accessLevel('restricted public')).toBe('restricted');
		expect(accessLevel('non-public')).toBe('restricted');
		expect(accessLevel('http://publications.europa.eu/resource/authority/access-right/PUBLIC')).toBe('open');
		expect(accessLevel('secret')).toBeUndefined();
	});
});

describe('licences', () => {
	it('knows CKAN ids, SPDX-like ids, licence URLs and EU IRIs, and whether each is open', () => {
		expect(matchLicence('ca-ogl-lgo')).toMatchObject({ kind: 'known', licence: { id: 'ogl-canada-2-0', open: true } });
		expect(matchLicence('http://www.usa.gov/publicdomain/label/1.0/')).toMatchObject({ kind: 'known', licence: { id: 'us-public-domain' } });
		expect(matchLicence('https://creativecommons.org/licenses/by/4.0')).toMatchObject({ kind: 'known', licence: { id: 'cc-by-4-0', equivalent: 'CC-BY-4.0' } });
		expect(matchLicence('http://dcat-ap.de/def/licenses/dl-zero-de/2.0')).toMatchObject({ kind: 'known', licence: { id: 'dl-de-zero-2-0' } });
		expect(matchLicence('https://rightsstatements.org/page/NoC-NC/1.0/')).toMatchObject({ kind: 'known', licence: { open: false } });
	});

	it('leaves an unknown licence for the steward, and no licence as none', () => {
		expect(matchLicence('https://gis.rvca.ca/openData/RVCA Standard Data Licence.pdf')).toEqual({
			kind: 'unknown',
			id: 'gis-rvca-ca-opendata-rvca-standard-data-licence-pdf',
			label: 'https://gis.rvca.ca/openData/RVCA Standard Data Licence.pdf',
			url: 'https://gis.rvca.ca/openData/RVCA%20Standard%20Data%20Licence.pdf',
		});
		expect(matchLicence('', 'notspecified', undefined)).toEqual({ kind: 'none' });
	});
});

describe('identifiers', () => {
	it('are made from the source’s name, stable, and unique', () => {
		const taken = new Set<string>();
		expect(stableIdentifier('id-1', 'aberdeen+city+council-academy+school+catchments', taken)).toBe('aberdeen-city-council-academy-school-catchments');
		const second = stableIdentifier('id-2', 'Aberdeen City Council Academy School Catchments', taken);
		expect(second).toMatch(/^aberdeen-city-council-academy-school-catchments-[0-9a-f]{8}$/);
		expect(stableIdentifier('id-2', 'Aberdeen City Council Academy School Catchments', new Set(['aberdeen-city-council-academy-school-catchments']))).toBe(
			second,
		);
		expect(stableIdentifier('https://example.org/x', undefined, new Set())).toBe('https-example-org-x');
		expect(publisherIdentifier('Government and Municipalities of Québec')).toBe('government-and-municipalities-of-quebec');
	});
});
