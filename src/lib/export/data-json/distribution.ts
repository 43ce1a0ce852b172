/** A distribution as a data.json (Project Open Data v1.1) `dcat:Distribution`. */
import { localizedString } from '../../i18n/localize.ts';
import type { DistributionRecord } from '../../records.ts';
import { fileType, formatLabel } from '../../vocabularies/index.ts';
import type { PodDistribution } from './types.ts';
import { definedOnly } from './values.ts';

/**
 * The distribution in `lang`. `downloadURL` is the file and `accessURL` the page or service that
 * gives access (the schema keeps them apart, unlike DCAT-AP, whose mandatory access URL repeats
 * the download URL). `mediaType` is the IANA type — the schema requires it with a downloadURL —
 * and `format` the file type's name. `describedBy` is the data dictionary: the Table Schema document
 * the site publishes (`tableSchema`, JSON) when the distribution has one, else its `data_dictionary` page.
 * `downloadUrl` is the file's address on the site being built (DcatIris.download).
 */
export function toPodDistribution(
	distribution: DistributionRecord,
	lang: string,
	languages: readonly string[],
	tableSchema?: string,
	downloadUrl = distribution.download_url,
): PodDistribution {
	// The schema requires a media type with a downloadURL; a file type without a registered one is plain bytes.
	const mediaType = distribution.media_type ?? fileType(distribution.format)?.mediaType ?? (downloadUrl ? 'application/octet-stream' : undefined);
	const description = localizedString(distribution.description, lang, languages);
	return {
		'@type': 'dcat:Distribution',
		title: localizedString(distribution.title, lang, languages),
		...definedOnly({
			description: description || undefined,
			downloadURL: downloadUrl,
			accessURL: distribution.access_url,
			mediaType,
		}),
		format: formatLabel(distribution.format, lang),
		...(tableSchema ? { describedBy: tableSchema, describedByType: 'application/json' } : definedOnly({ describedBy: distribution.data_dictionary })),
	};
}
