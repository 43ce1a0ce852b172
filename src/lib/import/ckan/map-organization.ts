/** A CKAN organization (organization_show, or a line of an organizations dump) as a publisher. */
import { languageObject, localizedLine } from '../localized.ts';
import { splitBilingual, toEmail, toLine, toWebUrl } from '../text.ts';
import { Usage, type MapOutcome } from '../types.ts';

type Raw = Record<string, any>;

/** Whether a CKAN record is an organization rather than a package. */
export function isOrganization(raw: Raw): boolean {
	if (raw.is_organization === true || raw.type === 'organization') return true;
	return (
		raw.resources === undefined && raw.num_resources === undefined && raw.notes === undefined && (raw.shortform !== undefined || raw.faa_schedule !== undefined)
	);
}

/** The publisher an organization maps to. Its kind of body is not in CKAN: the steward gives it. */
export function mapCkanOrganization(raw: Raw): MapOutcome {
	const usage = new Usage();
	const key = toLine(raw.name);
	if (!key) return { skip: 'is an organization with no name' };
	usage.use('name', 'publishers/<id>.yaml id');
	usage.use('id', 'dropped (the publisher is known by its name)');
	const fluent = languageObject(raw.title_translated);
	usage.use(fluent ? 'title_translated' : 'title', 'name');
	const name = localizedLine(fluent ?? splitBilingual(raw.title) ?? { en: raw.title ?? key }) ?? { en: key };
	const acronym = localizedLine(languageObject(raw.shortform) ?? {});
	if (acronym) usage.use('shortform', 'acronym');
	const email = toEmail(raw.opengov_email) ?? toEmail(raw.email);
	if (email) usage.use(raw.opengov_email ? 'opengov_email' : 'email', 'email');
	const homepage = toWebUrl(raw.url) ?? toWebUrl(raw.homepage);
	if (homepage) usage.use(raw.url ? 'url' : 'homepage', 'homepage');
	return { publisher: { key, name, acronym, email, homepage }, sourceId: toLine(raw.id) ?? key, usage };
}
