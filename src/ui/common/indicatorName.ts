import type { Indicator } from '../../domain/model';
import { i18n } from '../../i18n/i18n.svelte';
import { app } from '../../state/appState.svelte';

/**
 * An indicator's name in the UI language: in English the catalog's English name where it has
 * one, else the canonical (Chinese) name; an id the catalog does not know is shown as it is.
 */
export function indicatorName(ind: string | Indicator | null | undefined): string {
  if (!ind) return '';
  const entry = typeof ind === 'string' ? app.catalog.indicators.get(ind) : ind;
  if (!entry) return typeof ind === 'string' ? ind : '';
  return i18n.lang === 'en' && entry.nameEn ? entry.nameEn : entry.name;
}
