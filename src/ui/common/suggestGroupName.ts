import { childWord, type PickFilter } from '../../domain/regionPick';
import { i18n } from '../../i18n/i18n.svelte';

/** A name for the regions a filter shows: 「兰州市下辖县区」 for a parent, 「全部地级市」 for a level. */
export function suggestGroupName(f: PickFilter): string {
  if (f.parent) return i18n.t(childWord(f.parent) === 'cities' ? 'regionGroups.suggestCities' : 'regionGroups.suggestCounties', { parent: f.parent });
  if (f.level) return i18n.t('regionGroups.suggestLevel', { level: f.level });
  return i18n.t('regionGroups.suggestPlain');
}
