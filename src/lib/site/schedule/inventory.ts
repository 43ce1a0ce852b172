/** The inventory page's groups: every dataset by access level, in title order, and the planned datasets not described yet. */
import type { UiLanguage } from '../../i18n/languages.ts';
import { localizedString } from '../../i18n/localize.ts';
import type { Catalogue, Dataset } from '../../model/catalogue.ts';
import type { PlannedRelease } from '../../model/schedule.ts';
import type { AccessLevel } from '../../records.ts';

export interface InventoryGroups {
	byAccess: Record<AccessLevel, Dataset[]>;
	/** Planned releases of datasets that have no metadata file yet. */
	notDescribed: PlannedRelease[];
}

/** Groups the catalogue's holdings for the inventory page, titles sorted in `lang`. */
export function inventoryGroups(catalogue: Catalogue, lang: UiLanguage): InventoryGroups {
	// One collator and each title looked up once: `localeCompare(…, lang)` makes a collator per comparison.
	const collator = new Intl.Collator(lang);
	const titles = new Map(catalogue.datasets.map((d) => [d, localizedString(d.title, lang, catalogue.languages, d.identifier)]));
	const sorted = [...catalogue.datasets].sort((a, b) => collator.compare(titles.get(a)!, titles.get(b)!));
	return {
		byAccess: {
			open: sorted.filter((d) => d.access_level === 'open'),
			restricted: sorted.filter((d) => d.access_level === 'restricted'),
			under_review: sorted.filter((d) => d.access_level === 'under_review'),
		},
		notDescribed: catalogue.schedule.releases.filter((r) => !catalogue.datasetById.has(r.datasetId)),
	};
}
