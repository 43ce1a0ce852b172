/** A data.json (Project Open Data v1.1) dataset as a dataset of this catalogue. */
import { accessLevel } from '../access.ts';
import { toDate, toPeriod } from '../dates.ts';
import { toDistribution } from '../distributions.ts';
import { matchLicence } from '../licences.ts';
import { localizedKeywords, localizedLine, localizedMarkdown } from '../localized.ts';
import { toEmail, toLine, toWebUrl } from '../text.ts';
import { type MapContext, type MapOutcome, Usage } from '../types.ts';
import { frequencyCode, themeCode } from '../vocabularies.ts';
import { dataLanguages } from '../ckan/map-dataset.ts';

type Raw = Record<string, any>;

/** The last path segment of an IRI identifier (`https://x/datasets/roads/` → `roads`), as a readable identifier. */
export function lastSegment(id: string): string | undefined {
	if (!/^https?:\/\//i.test(id)) return undefined;
	try {
		return new URL(id).pathname.split('/').filter(Boolean).pop();
	} catch {
		return undefined;
	}
}

/** Maps one dataset; one without an identifier is skipped. */
export function mapPodDataset(raw: Raw, context: MapContext): MapOutcome {
	const usage = new Usage();
	const sourceId = toLine(raw.identifier);
	if (!sourceId) return { skip: 'has no identifier' };
	usage.use('identifier', 'origin.id, identifier');
	const lang = context.textLanguage;
	const text = <T>(field: string, target: string, clean: (v: Record<string, unknown>) => T) => {
		if (raw[field] === undefined || raw[field] === null || raw[field] === '') return undefined;
		usage.use(field, target);
		return clean({ [lang]: raw[field] });
	};
	const level = raw.accessLevel
		? (usage.vocabulary('access level', raw.accessLevel, accessLevel(raw.accessLevel)) as 'open' | 'restricted' | 'under_review' | undefined)
		: undefined;
	if (raw.accessLevel) usage.use('accessLevel', 'access_level');
	const rationale = level === 'restricted' ? text('rights', 'rationale', localizedMarkdown) : undefined;
	const email = toEmail(raw.contactPoint?.hasEmail);
	if (email) usage.use('contactPoint', 'contact_point');
	const fn = toLine(raw.contactPoint?.fn);
	const themes = (Array.isArray(raw.theme) ? raw.theme : [])
		.map((t: unknown) => usage.vocabulary('theme', t, themeCode(t, context.themes)))
		.filter(Boolean) as string[];
	if (themes.length > 0) usage.use('theme', 'themes');
	const keywords = Array.isArray(raw.keyword) ? localizedKeywords({ [lang]: raw.keyword }) : undefined;
	if (keywords) usage.use('keyword', 'keywords');
	const frequency = raw.accrualPeriodicity ? usage.vocabulary('frequency', raw.accrualPeriodicity, frequencyCode(raw.accrualPeriodicity)) : undefined;
	if (raw.accrualPeriodicity) usage.use('accrualPeriodicity', 'update_frequency');
	const temporal = toPeriod(raw.temporal);
	if (temporal) usage.use('temporal', 'temporal_coverage');
	const spatialName =
		typeof raw.spatial === 'string' && !/^[-\d.,\s]+$/.test(raw.spatial) && !raw.spatial.trim().startsWith('{') ? toLine(raw.spatial) : undefined;
	if (spatialName) usage.use('spatial', 'spatial_coverage.name');
	const references = (Array.isArray(raw.references) ? raw.references : []).map(toWebUrl).filter(Boolean) as string[];
	if (references.length > 0) usage.use('references', 'documentation');
	const describedBy = toWebUrl(raw.describedBy);
	if (describedBy) usage.use('describedBy', 'documentation');
	const landing = toWebUrl(raw.landingPage);
	if (landing) usage.use('landingPage', 'landing_page');
	for (const field of ['issued', 'modified']) if (toDate(raw[field])) usage.use(field, field);
	if (raw.license) usage.use('license', 'licence');
	const licence = matchLicence(raw.license);
	if (licence.kind !== 'none') usage.vocabulary('licence', raw.license, licence.kind === 'known' ? licence.licence.id : undefined);
	const publisherName = toLine(raw.publisher?.name);
	if (publisherName) usage.use('publisher', 'publisher');
	const distributions = (Array.isArray(raw.distribution) ? raw.distribution : [])
		.map((d: Raw) =>
			d && typeof d === 'object'
				? toDistribution(
						{
							title: localizedLine({ [lang]: d.title }),
							description: localizedMarkdown({ [lang]: d.description }),
							url: d.downloadURL ?? d.accessURL,
							kind: d.downloadURL ? 'download' : 'access',
							formats: [d.format, d.mediaType],
							mediaType: d.mediaType,
							dataDictionary: d.describedBy,
						},
						usage,
						lang,
					)
				: undefined,
		)
		.filter(Boolean);
	if (distributions.length > 0) {
		usage.use('distribution', 'distributions');
		for (const [field, target] of [
			['title', 'title'],
			['description', 'description'],
			['downloadURL', 'download_url'],
			['accessURL', 'access_url'],
			['format', 'format'],
			['mediaType', 'media_type'],
			['describedBy', 'data_dictionary'],
		])
			usage.use(`distribution.${field}`, `distributions[].${target}`);
	}
	return {
		sourceId,
		preferredId: lastSegment(sourceId),
		publisher: publisherName ? { key: publisherName, name: { [lang]: publisherName }, dataJson: federalCodes(raw, usage) } : undefined,
		licence,
		usage,
		fields: {
			title: text('title', 'title', localizedLine),
			description: text('description', 'description', localizedMarkdown),
			contact_point: email ? { email, ...(fn ? { name: { [lang]: fn } } : {}) } : undefined,
			keywords,
			themes: themes.length > 0 ? [...new Set(themes)] : undefined,
			access_level: level,
			rationale,
			issued: toDate(raw.issued),
			modified: toDate(raw.modified),
			update_frequency: frequency,
			temporal_coverage: temporal && (!temporal.end || temporal.end >= temporal.start) ? temporal : undefined,
			spatial_coverage: spatialName ? { name: { [lang]: spatialName } } : undefined,
			languages: dataLanguages(raw.language, usage, 'language', 'languages'),
			distributions: distributions.length > 0 ? (distributions as MapOutcomeFields['distributions']) : undefined,
			landing_page: landing,
			documentation: references.length > 0 || describedBy ? [...new Set([...references, ...(describedBy ? [describedBy] : [])])] : undefined,
		},
	};
}

/** The dataset's first bureau and program codes, which the publisher file keeps (data_json). */
function federalCodes(raw: Raw, usage: Usage): { bureau_code: string; program_code: string } | undefined {
	const bureau = Array.isArray(raw.bureauCode) ? raw.bureauCode.find((c: unknown) => typeof c === 'string' && /^\d{3}:\d{2}$/.test(c)) : undefined;
	const program = Array.isArray(raw.programCode) ? raw.programCode.find((c: unknown) => typeof c === 'string' && /^\d{3}:\d{3}$/.test(c)) : undefined;
	if (!bureau || !program) return undefined;
	usage.use('bureauCode', 'publishers/<id>.yaml data_json.bureau_code');
	usage.use('programCode', 'publishers/<id>.yaml data_json.program_code');
	return { bureau_code: bureau, program_code: program };
}

type MapOutcomeFields = Extract<MapOutcome, { fields: unknown }>['fields'];
