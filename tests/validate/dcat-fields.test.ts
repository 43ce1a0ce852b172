import { describe, expect, it } from 'vitest';
import { dcatFieldPath } from '../../src/lib/validate/dcat-fields.ts';

describe('dcatFieldPath', () => {
	it.each([
		['the dataset', 'dcat:keyword', ['keywords']],
		['the dataset', 'dct:accrualPeriodicity', ['update_frequency']],
		['distribution 2', 'dcat:accessURL', ['distributions', 1, 'access_url']],
		['distribution 1', 'dcat:unknownProperty', ['distributions', 0]],
		['the contact point', 'vcard:hasEmail', ['contact_point', 'email']],
		['the catalogue publisher', 'foaf:name', ['publisher', 'name']],
		['licence ogl', 'dct:title', ['licences']],
		['the dataset', undefined, []],
	])('finds %s %s at %j', (description, property, path) => {
		expect(dcatFieldPath(description, property)).toEqual(path);
	});
});
