import type { RegionSelection, SpecBase, TargetLine } from './chartSpecTypes';

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
  if (r?.mode === 'group' && typeof r.group === 'string') return { mode: 'group', group: r.group };
  return { mode: 'all' };
}

function readTarget(x: unknown): TargetLine | null {
  const t = x as Record<string, unknown> | null | undefined;
  if (typeof t?.value !== 'number' || !Number.isFinite(t.value)) return null;
  return typeof t.label === 'string' ? { value: t.value, label: t.label } : { value: t.value };
}

const WORDS = ['title', 'subtitle', 'notes', 'source'] as const;

/** The optional fields every kind has, checked; absent ones left out (so specs compare equal). */
function optionalBase(v: Record<string, unknown>): Partial<SpecBase> {
  const out: Partial<SpecBase> = {};
  for (const k of WORDS) if (typeof v[k] === 'string') out[k] = v[k];
  const highlight = readTexts(v.highlight);
  if (highlight.length) out.highlight = highlight;
  const target = readTarget(v.target);
  if (target) out.target = target;
  if (v.average === true) out.average = true;
  if (typeof v.decimals === 'number' && Number.isInteger(v.decimals) && v.decimals >= 0 && v.decimals <= 6) out.decimals = v.decimals;
  return out;
}

/** The fields every kind has, checked; null where the indicator is not text. */
export function readBase(v: Record<string, unknown>): SpecBase | null {
  if (typeof v.indicator !== 'string') return null;
  return { indicator: v.indicator, regions: readRegions(v.regions), from: readYear(v.from), to: readYear(v.to), ...optionalBase(v) };
}

/** Only the fields every kind has (what survives a change of kind). */
export function baseOf(spec: SpecBase): SpecBase {
  const { indicator, regions, from, to } = spec;
  return { indicator, regions, from, to, ...optionalBase(spec as unknown as Record<string, unknown>) };
}
