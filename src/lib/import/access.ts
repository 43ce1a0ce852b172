/** How other catalogues say whether data can be had, as this catalogue's access levels. */
import type { AccessLevel } from '../records.ts';

/**
 * data.json's `accessLevel` (`public`, `restricted public`, `non-public`) or a DCAT-AP access-right
 * concept (`…/access-right/PUBLIC`, `RESTRICTED`, `NON_PUBLIC`) or a CKAN `access_level`
 * (Ontario's open / restricted / under_review): `undefined` for anything else.
 */
export function accessLevel(value: unknown): AccessLevel | undefined {
	if (typeof value !== 'string') return undefined;
	const text = value
		.trim()
		.toLowerCase()
		.replace(/^.*\/access-right\//, '');
	if (text === 'public' || text === 'open') return 'open';
	if (text === 'restricted public' || text === 'restricted' || text === 'non-public' || text === 'non_public') return 'restricted';
	if (text === 'under_review' || text === 'under review') return 'under_review';
	return undefined;
}
