/**
 * A CKAN package (package_show result, a package_search row, a JSON-lines dump line) as a dataset.
 * Understands plain CKAN, fluent/`*_translated` fields (`title_translated: {en, fr}`), the
 * Government of Canada's 2013–14 schema (`title` / `title_fra`, `"EN | FR"` values), and Ontario's
 * `access_level`. Every field it reads is recorded in the usage, so the report shows what was dropped.
 */
import { accessLevel } from '../access.ts';
import { toDate } from '../dates.ts';
import { toDistribution } from '../distributions.ts';
import { matchLicence } from '../licences.ts';
import { languageObject, localizedKeywords, localizedLine, localizedMarkdown } from '../localized.ts';
import { splitBilingual, toEmail, toLine, toWebUrl } from '../text.ts';
import { type MapContext, type MappedDataset, type MappedPublisher, Usage } from '../types.ts';
import { frequencyCode, languageCode, themeCode } from '../vocabularies.ts';

type Raw = Record<string, any>;

/** The dataset a package maps to, or why it is skipped. */
export function mapCkanPackage(raw: Raw, context: MapContext, apiBase?: string): MappedDataset | { skip: string } {
	const usage = new Usage();
	const sourceId = toLine(raw.id) ?? toLine(raw.name) ?? toLine(raw.package_name);
	if (!sourceId) return { skip: 'has no id or name' };
	if (raw.state && raw.state !== 'active') return { skip: `is ${String(raw.state)} in CKAN, not active` };
	if (raw.private === true) return { skip: 'is private in CKAN' };
	usage.use('id', 'origin.id');
	// FreshCheck's derived view names the organization `name` and the package `package_name`.
	const name = raw.package_name ? toLine(raw.package_name) : toLine(raw.name);
	if (raw.name) usage.use('name', 'identifier');
	if (raw.package_name) usage.use('package_name', 'identifier');
	const lang = context.textLanguage;
	const pair = (field: string, frField: string, clean: typeof localizedLine) => {
		const fluent = languageObject(raw[`${field}_translated`]);
		if (fluent) {
			usage.use(`${field}_translated`, field === 'notes' ? 'description' : field);
			return clean(fluent);
		}
		const bilingual = raw[frField] !== undefined ? { en: raw[field], fr: raw[frField] } : { [lang]: raw[field] };
		if (raw[field]) usage.use(field, field === 'notes' ? 'description' : field);
		if (raw[frField]) usage.use(frField, field === 'notes' ? 'description.fr' : `${field}.fr`);
		return clean(bilingual);
	};

	const fields: MappedDataset['fields'] = {
		title: pair('title', 'title_fra', localizedLine),
		description: pair('notes', 'notes_fra', localizedMarkdown),
		contact_point: contact(raw, usage),
		keywords: keywords(raw, lang, usage),
		themes: themes(raw, context, usage),
		access_level: access(raw, usage),
		...restriction(raw, usage),
		issued: date(raw, ['date_published', 'opened_date', 'metadata_created'], usage, 'issued'),
		modified: date(raw, ['date_modified', 'metadata_modified'], usage, 'modified'),
		update_frequency: frequency(raw, usage),
		temporal_coverage: temporal(raw, usage),
		spatial_coverage: spatial(raw, usage),
		languages: dataLanguages(raw.language, usage, 'language', 'languages'),
		distributions: undefined,
		landing_page: landingPage(raw, usage),
	};
	// A resource named after its file is named in the language the record is written in.
	fields.distributions = distributions(raw, lang, fields.title && Object.keys(fields.title).length === 1 ? Object.keys(fields.title)[0]! : lang, usage);
	for (const field of ['license_id', 'license_url', 'license_title']) if (raw[field]) usage.use(field, 'licence');
	const licence = matchLicence(raw.license_id, raw.license_url, raw.license_title);
	if (licence.kind !== 'none')
		usage.vocabulary('licence', raw.license_id ?? raw.license_url ?? raw.license_title, licence.kind === 'known' ? licence.licence.id : undefined);
	return {
		sourceId,
		preferredId: name,
		url: apiBase && name ? `${apiBase.replace(/\/api\/3\/action\/?.*$/, '').replace(/\/$/, '')}/dataset/${encodeURIComponent(name)}` : undefined,
		publisher: publisher(raw, usage),
		fields,
		licence,
		usage,
	};
}

function publisher(raw: Raw, usage: Usage): MappedPublisher | undefined {
	const organization = raw.organization && typeof raw.organization === 'object' ? raw.organization : undefined;
	if (organization?.name) {
		usage.use('organization', 'publisher');
		const name = localizedLine(
			languageObject(organization.title_translated) ?? splitBilingual(organization.title) ?? { en: organization.title ?? organization.name },
		);
		return { key: organization.name, name: name ?? { en: organization.name } };
	}
	if (raw.owner_org) {
		usage.use('owner_org', 'publisher');
		const titled = languageObject(raw.org_title_at_publication);
		if (titled) usage.use('org_title_at_publication', 'publishers/<id>.yaml name');
		return { key: raw.owner_org, name: localizedLine(titled ?? {}) ?? { en: raw.owner_org } };
	}
	if (raw.organization_title || (raw.name && raw.package_name)) {
		// FreshCheck's derived view: `name` is the organization, `package_name` the package.
		const key = raw.package_name ? raw.name : raw.organization_title;
		usage.use('organization_title', 'publishers/<id>.yaml name');
		if (raw.package_name) usage.use('name', 'publisher');
		return { key, name: localizedLine(splitBilingual(raw.organization_title) ?? { en: raw.organization_title ?? key }) ?? { en: key } };
	}
	if (raw.author) {
		usage.use('author', 'publisher');
		return { key: splitBilingual(raw.author)?.en ?? raw.author, name: localizedLine(splitBilingual(raw.author) ?? { en: raw.author }) ?? { en: raw.author } };
	}
	return undefined;
}

function contact(raw: Raw, usage: Usage) {
	const field = ['maintainer_email', 'author_email'].find((f) => toEmail(raw[f]));
	if (!field) return undefined;
	usage.use(field, 'contact_point.email');
	const name = toLine(raw.maintainer);
	if (name) usage.use('maintainer', 'contact_point.name');
	return { email: toEmail(raw[field])!, ...(name ? { name: { en: name } } : {}) };
}

function keywords(raw: Raw, lang: string, usage: Usage) {
	const fluent = languageObject(raw.keywords);
	if (fluent) {
		usage.use('keywords', 'keywords');
		return localizedKeywords(fluent as Record<string, unknown[]>);
	}
	const split = (value: unknown) => (typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : []);
	if (typeof raw.keywords === 'string') {
		usage.use('keywords', 'keywords');
		if (raw.keywords_fra) usage.use('keywords_fra', 'keywords.fr');
		return localizedKeywords(raw.keywords_fra !== undefined ? { en: split(raw.keywords), fr: split(raw.keywords_fra) } : { [lang]: split(raw.keywords) });
	}
	if (Array.isArray(raw.tags) && raw.tags.length > 0) {
		usage.use('tags', 'keywords');
		const names = raw.tags.map((t: any) => (typeof t === 'string' ? t : (t?.display_name ?? t?.name))).filter(Boolean);
		const pairs = names.map(splitBilingual);
		if (pairs.length > 0 && pairs.every(Boolean)) return localizedKeywords({ en: pairs.map((p: any) => p.en), fr: pairs.map((p: any) => p.fr) });
		return localizedKeywords({ [lang]: names });
	}
	return undefined;
}

function themes(raw: Raw, context: MapContext, usage: Usage): string[] | undefined {
	const codes = new Set<string>();
	const candidates: Array<[string, unknown[]]> = [
		['groups', Array.isArray(raw.groups) ? raw.groups.flatMap((g: any) => [g?.name, g?.title].filter(Boolean)) : []],
		[
			'subject',
			Array.isArray(raw.subject) ? raw.subject : typeof raw.subject === 'string' ? [raw.subject, ...Object.values(splitBilingual(raw.subject) ?? {})] : [],
		],
		['topic_category', typeof raw.topic_category === 'string' ? [raw.topic_category, ...Object.values(splitBilingual(raw.topic_category) ?? {})] : []],
		['theme', typeof raw.theme === 'string' ? [raw.theme] : Array.isArray(raw.theme) ? raw.theme : []],
		['tags', Array.isArray(raw.tags) ? raw.tags.map((t: any) => (typeof t === 'string' ? t : t?.name)) : []],
	];
	for (const [field, values] of candidates) {
		let found = false;
		for (const value of values) {
			const code = themeCode(value, context.themes);
			if (code) {
				codes.add(code);
				found = true;
				usage.vocabulary('theme', value, code);
			}
		}
		if (found) usage.use(field, field === 'tags' ? 'keywords, themes' : 'themes');
		else if (field !== 'tags' && values.length > 0) usage.vocabulary('theme', String(values[0]), undefined);
	}
	return codes.size > 0 ? [...codes] : undefined;
}

function access(raw: Raw, usage: Usage) {
	if (raw.access_level) {
		usage.use('access_level', 'access_level');
		return usage.vocabulary('access level', raw.access_level, accessLevel(raw.access_level)) as MappedDataset['fields']['access_level'];
	}
	// A package a public CKAN portal lists, with its resources, is published data.
	return 'open' as const;
}

const EXEMPTIONS = new Set(['legal_and_contractual_obligations', 'privacy', 'security', 'confidentiality', 'commercial_sensitivity']);

/** Ontario's `exemption` (the same codes as this catalogue's) and `exemption_rationale` (fluent Markdown). */
function restriction(raw: Raw, usage: Usage): Pick<MappedDataset['fields'], 'exemption' | 'rationale'> {
	const exemption = typeof raw.exemption === 'string' && EXEMPTIONS.has(raw.exemption) ? (raw.exemption as MappedDataset['fields']['exemption']) : undefined;
	if (exemption) usage.use('exemption', 'exemption');
	const rationale = localizedMarkdown(languageObject(raw.exemption_rationale) ?? {});
	if (rationale) usage.use('exemption_rationale', 'rationale');
	return { exemption, rationale };
}

function date(raw: Raw, names: string[], usage: Usage, target: string) {
	for (const name of names) {
		const value = toDate(raw[name]);
		if (value) {
			usage.use(name, target);
			return value;
		}
	}
	return undefined;
}

function frequency(raw: Raw, usage: Usage) {
	for (const name of ['frequency', 'maintenance_and_update_frequency', 'update_frequency', 'accrual_periodicity', 'refresh_rate']) {
		if (!raw[name]) continue;
		usage.use(name, 'update_frequency');
		return usage.vocabulary('frequency', raw[name], frequencyCode(raw[name]));
	}
	return undefined;
}

function temporal(raw: Raw, usage: Usage) {
	const start = toDate(raw.time_period_coverage_start ?? raw.temporal_start);
	if (!start) return undefined;
	usage.use(raw.time_period_coverage_start ? 'time_period_coverage_start' : 'temporal_start', 'temporal_coverage.start');
	const end = toDate(raw.time_period_coverage_end ?? raw.temporal_end);
	if (end) usage.use(raw.time_period_coverage_end ? 'time_period_coverage_end' : 'temporal_end', 'temporal_coverage.end');
	return end && end >= start ? { start, end } : { start };
}

function spatial(raw: Raw, usage: Usage) {
	const fluent = languageObject(raw.geographic_coverage_translated);
	const region = fluent ?? splitBilingual(raw.geographic_region) ?? (toLine(raw.geographic_region) ? { en: toLine(raw.geographic_region)! } : undefined);
	if (!region || !localizedLine(region)) return undefined;
	usage.use(fluent ? 'geographic_coverage_translated' : 'geographic_region', 'spatial_coverage.name');
	const bbox = bboxOf(raw.spatial);
	if (bbox) usage.use('spatial', 'spatial_coverage.bbox');
	return { name: localizedLine(region)!, ...(bbox ? { bbox } : {}) };
}

/** The bounding box of a GeoJSON geometry (CKAN `spatial`), as [west, south, east, north]. */
export function bboxOf(value: unknown): [number, number, number, number] | undefined {
	let geometry: any;
	try {
		geometry = typeof value === 'string' ? JSON.parse(value) : value;
	} catch {
		return undefined;
	}
	const points: number[][] = [];
	const walk = (node: unknown, depth: number) => {
		if (!Array.isArray(node) || depth > 6) return;
		if (node.length >= 2 && typeof node[0] === 'number' && typeof node[1] === 'number') points.push(node as number[]);
		else node.forEach((child) => walk(child, depth + 1));
	};
	walk(geometry?.coordinates, 0);
	if (points.length === 0) return undefined;
	const xs = points.map((p) => p[0]!);
	const ys = points.map((p) => p[1]!);
	const box: [number, number, number, number] = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
	return box[0] >= -180 && box[2] <= 180 && box[1] >= -90 && box[3] <= 90 ? box : undefined;
}

/** Data languages from `"eng; CAN | fra; CAN"`, `"Bilingual (English and French)"`, `["en", "fr"]`. */
export function dataLanguages(value: unknown, usage: Usage, field: string, target: string): string[] | undefined {
	const parts = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[|,;()]|\band\b|\bet\b/) : [];
	const codes = new Set<string>();
	for (const part of parts) {
		const code = languageCode(String(part));
		if (code) codes.add(code);
	}
	if (codes.size > 0) usage.use(field, target);
	return codes.size > 0 ? [...codes] : undefined;
}

function landingPage(raw: Raw, usage: Usage) {
	const url = toWebUrl(raw.url);
	if (url) usage.use('url', 'landing_page');
	return url;
}

function distributions(raw: Raw, lang: string, recordLanguage: string, usage: Usage) {
	if (!Array.isArray(raw.resources)) return undefined;
	const out = [];
	for (const resource of raw.resources as Raw[]) {
		if (!resource || typeof resource !== 'object') continue;
		const fluent = languageObject(resource.name_translated);
		const title = localizedLine(fluent ?? (resource.name_fra !== undefined ? { en: resource.name, fr: resource.name_fra } : { [lang]: resource.name }));
		const distribution = toDistribution(
			{
				title,
				description: localizedMarkdown(languageObject(resource.description_translated) ?? { [lang]: resource.description }),
				url: resource.url,
				kind: resource.resource_type === 'api' ? 'access' : undefined,
				formats: [resource.format, resource.mimetype],
				mediaType: resource.mimetype,
				byteSize: resource.size,
				languages: dataLanguages(resource.language, usage, 'resources.language', 'distributions[].languages'),
			},
			usage,
			recordLanguage,
		);
		if (distribution) out.push(distribution);
	}
	for (const [field, target] of [
		['name', 'title'],
		['name_translated', 'title'],
		['name_fra', 'title.fr'],
		['description', 'description'],
		['url', 'download_url / access_url'],
		['format', 'format'],
		['mimetype', 'media_type'],
		['size', 'byte_size'],
		['resource_type', 'download_url / access_url'],
	]) {
		usage.use(`resources.${field}`, `distributions[].${target}`);
	}
	usage.use('resources', 'distributions');
	return out.length > 0 ? (out as MappedDataset['fields']['distributions']) : undefined;
}
