import type { Indicator } from './model';
import { normalizeText } from './normalizeText';
import { splitHeaderUnit } from './splitHeaderUnit';
import { stripListMark } from './stripListMark';

/** Lookup key: no spaces or punctuation, and no trailing 件数/数量/数 that wording varies on. */
export function indicatorKey(name: string): string {
  return exactKey(name).replace(/(件数|数量|总数|个数|项数|事项数|人数|数)$/, '');
}

/**
 * The name with its spaces and punctuation gone but every word kept: 行政处罚件数 and 行政处罚事项数
 * share an indicatorKey (行政处罚), so a name or alias written in full is looked up this way first.
 */
export function exactKey(name: string): string {
  return normalizeText(name).replace(/[\s"'“”‘’「」《》()（）\[\]【】、,，.。:：;；_\-—]/g, '').toLowerCase();
}

/** Exact keys live in the same index under this prefix, which no loose key can start with. */
export const EXACT = '\u0000';

export type IndicatorIndex = Map<string, string>;

/** key → indicator id, over canonical names and aliases; merged indicators point at their target. */
export function buildIndicatorIndex(indicators: readonly Indicator[]): IndicatorIndex {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const resolve = (id: string): string => {
    let cur = byId.get(id);
    const seen = new Set<string>();
    while (cur?.mergedInto && !seen.has(cur.id)) {
      seen.add(cur.id);
      cur = byId.get(cur.mergedInto) ?? cur;
    }
    return cur?.id ?? id;
  };
  const index: IndicatorIndex = new Map();
  // Aliases first, then names, so that a canonical name always wins over someone's alias.
  for (const i of indicators) for (const a of i.aliases) index.set(indicatorKey(a), resolve(i.id));
  for (const i of indicators) index.set(indicatorKey(i.name), resolve(i.id));
  for (const i of indicators) for (const a of i.aliases) index.set(EXACT + exactKey(a), resolve(i.id));
  for (const i of indicators) index.set(EXACT + exactKey(i.name), resolve(i.id));
  return index;
}

export interface IndicatorMatch {
  /** Canonical id when found, else the header's own name (a new indicator). */
  id: string;
  known: boolean;
  /** Unit written in the header, e.g. `受理(件)` → 件. */
  unit: string;
  name: string;
}

/**
 * A header's canonical indicator: the header alone, then the group/sub-header pair
 * (「行政复议」 over 「纠错」 → 行政复议纠错件数), each through the aliases.
 */
export function matchIndicator(index: IndicatorIndex, header: string, group = ''): IndicatorMatch {
  const { name, unit } = splitHeaderUnit(stripListMark(header));
  const g = group ? splitHeaderUnit(stripListMark(group)).name : '';
  const candidates = g ? [g + name, name, g + name.replace(/^(行政复议|复议)/, '')] : [name];
  for (const c of candidates) {
    const id = index.get(EXACT + exactKey(c)) ?? index.get(indicatorKey(c));
    if (id) return { id, known: true, unit, name: c };
  }
  const full = g && !name.startsWith(g) ? g + name : name;
  return { id: full, known: false, unit, name: full };
}
