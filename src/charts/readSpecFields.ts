import type { RegionSelection, SpecBase } from './chartSpecTypes';

/** A year or period key: an integer, else null. */
export function readYear(x: unknown): number | null {
  return typeof x === 'number' && Number.isInteger(x) ? x : null;
}

/** The strings of an array (anything else in it dropped); not an array → []. */
export function readTexts(x: unknown): string[] {
  return Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : [];
}

export function readRegions(x: unknown): RegionSelection {
  const r = x as Record<string, unknown> | null | undefined;
  if (r?.mode === 'level' && typeof r.level === 'string') return { mode: 'level', level: r.level };
  if (r?.mode === 'list' && Array.isArray(r.ids)) return { mode: 'list', ids: readTexts(r.ids) };
  return { mode: 'all' };
}

/** The fields every kind has, checked; null where the indicator is not text. */
export function readBase(v: Record<string, unknown>): SpecBase | null {
  if (typeof v.indicator !== 'string') return null;
  return {
    indicator: v.indicator,
    regions: readRegions(v.regions),
    from: readYear(v.from),
    to: readYear(v.to),
    ...(typeof v.title === 'string' ? { title: v.title } : {}),
  };
}

/** Only the fields every kind has (what survives a change of kind). */
export function baseOf(spec: SpecBase): SpecBase {
  const { indicator, regions, from, to, title } = spec;
  return { indicator, regions, from, to, ...(title !== undefined ? { title } : {}) };
}
