import { defineCodes } from './types.ts';

/**
 * A metadata file against its JSON Schema: one code per schema keyword that can fail (`schema.<keyword>`).
 * Hints come from the field's description, from the rule's `x-hint` in the schema, or from the value.
 */
export const SCHEMA_CODES = defineCodes({
	'schema.required': { message: 'is required' },
	'schema.unknown-field': { message: 'is not a known field' },
	'schema.language-key': { message: 'is not a language code', hint: 'texts are written per language, e.g. title: {en: ..., fr: ...}' },
	'schema.enum': { message: 'is not one of the allowed values' },
	'schema.const': { message: 'is not the one allowed value' },
	'schema.type': { message: 'has the wrong type' },
	'schema.format': { message: 'is not a (real) date / an e-mail address / a valid web address' },
	'schema.pattern': { message: 'is not an allowed address / an identifier / a media type / … (the form the field takes)' },
	'schema.anyOf': { message: 'needs a download_url or an access_url (or: an open dataset needs a distribution or a landing_page)' },
	'schema.not': { message: 'is not allowed on a dataset that is not open' },
	'schema.minItems': { message: 'is empty' },
	'schema.minProperties': { message: 'is empty' },
	'schema.minLength': { message: 'is empty' },
	'schema.maxLength': { message: 'is too long' },
	'schema.maxItems': { message: 'is too long' },
	'schema.uniqueItems': { message: 'is listed twice', hint: 'remove the repeated item' },
	'schema.minimum': { message: 'is out of range' },
	'schema.maximum': { message: 'is out of range' },
	'schema.exclusiveMinimum': { message: 'is out of range' },
	'schema.exclusiveMaximum': { message: 'is out of range' },
	'schema.false schema': { message: 'is one item too many' },
	'schema.dependentRequired': { message: '<ajv message>' },
	'schema.other': { message: '<ajv message> (a schema keyword the validator has no wording for)' },
});
