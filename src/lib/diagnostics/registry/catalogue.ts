import { defineCodes } from './types.ts';

/** Checks across files: identifiers, references between records, dates, access and feedback. */
export const CATALOGUE_CODES = defineCodes({
	'id.file-name': { message: 'must equal the file name' },
	'id.duplicate': { message: 'is already used by another dataset / commitment' },
	'ref.publisher': { message: 'refers to a publisher that does not exist' },
	'ref.publisher-folder': { message: 'must match the folder the file is in' },
	'ref.licence': { message: 'refers to a licence that is not in catalogue.yaml / the licences list' },
	'ref.duplicate-licence': { message: 'is used by two licences', hint: 'give each licence its own id' },
	'ref.theme': { message: 'is not one of the catalogue’s themes' },
	'ref.dataset': { message: 'refers to a dataset that does not exist' },
	'date.order': { message: 'is earlier than <the date it follows>' },
	'date.outside': { message: 'is outside the dates that contain it (a plan’s period, a commitment’s start or end)' },
	'date.future': { message: 'is in the future', hint: 'the request log records what has already happened; check the year' },
	'spatial.bbox-order': { message: 'has its corners the wrong way round' },
	'licence.not-open': { message: 'is not an open licence, on an open dataset' },
	'link.non-web-scheme': { message: 'is not a web address' },
	'feedback.insecure-endpoint': { message: 'is not an https address' },
	'request.released-without-dataset': {
		message: 'says the data was released, but the request names no dataset',
		hint: 'add datasets: with the identifier of the dataset that was published, so the request links to it',
	},
	'plan.evidence': {
		message: 'is complete but has no evidence',
		hint: 'add evidence: the address of a page that shows the milestone was delivered (a publication, a dataset, a report)',
	},
});

/** Texts: translations, Markdown and characters that could hide or disguise text. */
export const TEXT_CODES = defineCodes({
	'text.missing-translation': { message: 'has no text in <language>' },
	'text.unused-language': { message: 'is in a language the catalogue does not publish' },
	'text.unsafe-markdown': { message: 'contains Markdown the site does not publish (raw HTML, an unsafe link)' },
	'text.unsafe-character': { message: 'contains a control, invisible or half character' },
	'placeholder.text': {
		message: 'still says "<placeholder>": the text has not been written',
		hint: 'write the real text in this language in place of the placeholder',
	},
	'placeholder.address': {
		message: 'is still the placeholder address of the new file',
		hint: 'replace it with the real address of the file or page people use, starting with https://',
	},
	'placeholder.example-domain': { message: 'is on <host>, an example domain that belongs to no one' },
});

/** The Charter scorecard's indicators (scorecard.yaml). */
export const SCORECARD_CODES = defineCodes({
	'scorecard.duplicate': { message: 'repeats the measure <measure>', hint: 'each measure may appear once in the scorecard' },
	'scorecard.target': { message: 'is more than 1', hint: 'write targets of *_share measures as a fraction' },
});

/** The DCAT-AP export of the catalogue, checked with SHACL by npm run validate and the build. */
export const DCAT_AP_CODES = defineCodes({
	'dcat-ap.violation': { message: 'in the DCAT-AP export: <what a mandatory rule of DCAT-AP finds missing or wrong>' },
	'dcat-ap.recommended': { message: 'in the DCAT-AP export: <a property DCAT-AP recommends is missing>' },
});

/** Drafts: the one line a draft gets; each of its problems is also reported as `draft.<code>`, a warning. */
export const DRAFT_CODES = defineCodes({
	'draft.unpublished': { message: 'is draft: the record is not published (and still lacks <n> things)' },
});
