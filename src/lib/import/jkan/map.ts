/** JKAN datasets and organizations as datasets and publishers. */
import { accessLevel } from '../access.ts';
import { toDate } from '../dates.ts';
import { toDistribution } from '../distributions.ts';
import { matchLicence } from '../licences.ts';
import { localizedKeywords, localizedLine, localizedMarkdown } from '../localized.ts';
import { toEmail, toLine, toWebUrl } from '../text.ts';
import { type MapContext, type MapOutcome, Usage } from '../types.ts';
import { frequencyCode, themeCode } from '../vocabularies.ts';
import type { JkanRaw } from './read.ts';

type Raw = Record<string, any>;

/** Maps one JKAN file. */
export function mapJkan(raw: JkanRaw, context: MapContext): MapOutcome {
	return raw.kind === 'organization' ? mapOrganization(raw, context) : mapDataset(raw, context);
}

function mapOrganization({ stem, data }: JkanRaw, context: MapContext): MapOutcome {
	const usage = new Usage();
	const title = toLine(data.title) ?? stem;
	usage.use('title', 'name');
	const description = localizedMarkdown({ [context.textLanguage]: data.description });
	if (description) usage.use('description', 'description');
	const email = toEmail(data.email);
	if (email) usage.use('email', 'email');
	const homepage = toWebUrl(data.homepage ?? data.url);
	if (homepage) usage.use(data.homepage ? 'homepage' : 'url', 'homepage');
	// Datasets name their organization by its title; the publisher is known by that name.
	return { publisher: { key: title, name: { [context.textLanguage]: title }, description, email, homepage }, sourceId: stem, usage };
}

function mapDataset({ stem, data }: JkanRaw, context: MapContext): MapOutcome {
	const usage = new Usage();
	const raw = data as Raw;
	const lang = context.textLanguage;
	const title = localizedLine({ [lang]: raw.title });
	if (title) usage.use('title', 'title');
	const description = localizedMarkdown({ [lang]: raw.notes ?? raw.description });
	if (description) usage.use(raw.notes ? 'notes' : 'description', 'description');
	const organization = toLine(raw.organization) ?? toLine(raw.publisher);
	if (organization) usage.use(raw.organization ? 'organization' : 'publisher', 'publisher');
	const email = toEmail(raw.maintainer_email) ?? toEmail(raw.contact_email);
	if (email) usage.use(raw.maintainer_email ? 'maintainer_email' : 'contact_email', 'contact_point.email');
	const categories = Array.isArray(raw.category) ? raw.category : typeof raw.category === 'string' ? [raw.category] : [];
	const themes = categories.map((c: unknown) => usage.vocabulary('theme', c, themeCode(c, context.themes))).filter(Boolean) as string[];
	if (themes.length > 0) usage.use('category', 'themes');
	const keywords = Array.isArray(raw.keywords ?? raw.tags) ? localizedKeywords({ [lang]: raw.keywords ?? raw.tags }) : undefined;
	if (keywords) usage.use(raw.keywords ? 'keywords' : 'tags', 'keywords');
	if (raw.license) usage.use('license', 'licence');
	const licence = matchLicence(raw.license);
	if (licence.kind !== 'none') usage.vocabulary('licence', raw.license, licence.kind === 'known' ? licence.licence.id : undefined);
	const issued = toDate(raw.date_created ?? raw.issued);
	if (issued) usage.use(raw.date_created ? 'date_created' : 'issued', 'issued');
	const modified = toDate(raw.date_updated ?? raw.modified) ?? toDate(toLine(raw.lastUpdate));
	if (modified) usage.use(raw.date_updated ? 'date_updated' : raw.modified ? 'modified' : 'lastUpdate', 'modified');
	const frequency = raw.frequency ?? raw.update_frequency;
	if (frequency) usage.use(raw.frequency ? 'frequency' : 'update_frequency', 'update_frequency');
	const landing = toWebUrl(raw.original_dataset_link) ?? toWebUrl(raw.source) ?? toWebUrl(raw.landing_page);
	if (landing) usage.use(raw.original_dataset_link ? 'original_dataset_link' : raw.source ? 'source' : 'landing_page', 'landing_page');
	const resources = Array.isArray(raw.resources) ? raw.resources : [];
	const distributions = resources
		.map((r: Raw) =>
			r && typeof r === 'object'
				? toDistribution(
						{ title: localizedLine({ [lang]: r.name }), description: localizedMarkdown({ [lang]: r.description }), url: r.url, formats: [r.format] },
						usage,
						lang,
					)
				: undefined,
		)
		.filter(Boolean);
	if (distributions.length > 0) {
		usage.use('resources', 'distributions');
		for (const [field, target] of [
			['name', 'title'],
			['url', 'download_url / access_url'],
			['format', 'format'],
			['description', 'description'],
		])
			usage.use(`resources.${field}`, `distributions[].${target}`);
	}
	return {
		sourceId: stem,
		preferredId: stem,
		publisher: organization ? { key: organization, name: { [lang]: organization } } : undefined,
		licence,
		usage,
		fields: {
			title,
			description,
			contact_point: email ? { email, ...(toLine(raw.maintainer) ? { name: { [lang]: toLine(raw.maintainer)! } } : {}) } : undefined,
			keywords,
			themes: themes.length > 0 ? [...new Set(themes)] : undefined,
			access_level: raw.access_level ? accessLevel(raw.access_level) : 'open',
			issued,
			modified,
			update_frequency: frequency ? usage.vocabulary('frequency', frequency, frequencyCode(frequency)) : undefined,
			distributions: distributions.length > 0 ? (distributions as Extract<MapOutcome, { fields: unknown }>['fields']['distributions']) : undefined,
			landing_page: landing,
		},
	};
}
