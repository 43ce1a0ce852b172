/** Shared by the mappers: a source's file or service as a distribution of this catalogue. */
import type { LocalizedText } from '../records.ts';
import { formatCodeFor } from '../vocabularies/format-names.ts';
import { toDistributionUrl, toWebUrl } from './text.ts';
import type { MappedDistribution, Usage } from './types.ts';

/** Formats that are services or pages people open rather than files they download. */
const SERVICES = new Set(['REST', 'WMS_SRVC', 'WFS_SRVC', 'WMTS_SRVC', 'WCS_SRVC', 'MAP_SRVC', 'HTML', 'SPARQLQ']);

/** What a source says about one file or service. */
export interface DistributionSource {
	title: LocalizedText | undefined;
	description?: LocalizedText;
	/** The address, and whether the source says it is a download or an access address (else the format decides). */
	url: unknown;
	kind?: 'download' | 'access';
	/** Format names to try, in order: the format field, the media type, the URL's extension. */
	formats: unknown[];
	mediaType?: unknown;
	byteSize?: unknown;
	/** A page describing the columns (DCAT foaf:page, data.json describedBy). */
	dataDictionary?: unknown;
	languages?: string[];
}

/** A distribution, or `undefined` when it has no usable address (reported as unmapped). */
export function toDistribution(source: DistributionSource, usage: Usage, textLanguage: string): MappedDistribution | undefined {
	const url = toDistributionUrl(source.url);
	if (!url) {
		if (typeof source.url === 'string' && source.url.trim()) usage.vocabulary('address', source.url, undefined);
		return undefined;
	}
	const named = source.formats.find((f) => typeof f === 'string' && f.trim()) as string | undefined;
	let format = named ? usage.vocabulary('format', named, formatCodeFor(named)) : undefined;
	if (!format) format = source.formats.map((f) => (typeof f === 'string' ? formatCodeFor(f) : undefined)).find(Boolean);
	if (!format) format = extensionFormat(url);
	const kind = source.kind ?? (format && SERVICES.has(format) ? 'access' : 'download');
	const mediaType = typeof source.mediaType === 'string' && /^[a-z]+\/[a-zA-Z0-9.+-]+$/.test(source.mediaType.trim()) ? source.mediaType.trim() : undefined;
	const size =
		typeof source.byteSize === 'number'
			? source.byteSize
			: typeof source.byteSize === 'string' && /^\d+$/.test(source.byteSize.trim())
				? Number(source.byteSize)
				: undefined;
	return {
		title: source.title ?? titleFromUrl(url, textLanguage),
		description: source.description,
		...(kind === 'download' ? { download_url: url } : { access_url: url }),
		format,
		media_type: mediaType,
		byte_size: size !== undefined && Number.isSafeInteger(size) && size >= 0 ? size : undefined,
		data_dictionary: toWebUrl(source.dataDictionary),
		languages: source.languages && source.languages.length > 0 ? source.languages : undefined,
	};
}

/** The file name at the end of an address, as the distribution's name when the source gives none. */
function titleFromUrl(url: string, lang: string): LocalizedText | undefined {
	const name = lastSegment(url);
	return name ? { [lang]: name.slice(0, 500) } : undefined;
}

function extensionFormat(url: string): string | undefined {
	const match = /\.([a-z0-9]{2,7})$/i.exec(lastSegment(url) ?? '');
	return match ? formatCodeFor(match[1]!) : undefined;
}

function lastSegment(url: string): string | undefined {
	try {
		const segment = new URL(url).pathname.split('/').filter(Boolean).pop();
		return segment
			? decodeURIComponent(segment)
					.replace(/[\r\n]+/g, ' ')
					.trim() || undefined
			: undefined;
	} catch {
		return undefined;
	}
}
