import type { Indicator } from './model';
import { normalizeText } from './normalizeText';
import { splitHeaderUnit } from './splitHeaderUnit';
import { stripListMark } from './stripListMark';

/**
 * Lookup key: no spaces or punctuation, and no trailing 数量/总数/数 that wording varies on. What a
 * count counts stays: 件 (cases), 人 (persons), 项 (items of a list): 行政许可件数 is not 行政许可事项数,
 * nor 法律援助人数 法律援助件数. The bare name also finds a count (see buildIndicatorIndex).
 */
export function indicatorKey(name: string): string {
  const key = exactKey(name);
  const m = COUNT_RE.exec(key);
  if (!m) return key;
  const noun = m[1] === '件数' ? '件' : m[1] === '人数' ? '人' : m[1] === '项数' || m[1] === '事项数' ? '项' : '';
  return key.slice(0, m.index) + noun;
}
const COUNT_RE = /(事项数|件数|项数|人数|数量|总数|个数|数)$/;
/** A count of cases is what a bare 数 or 数量 most often means: 行政复议受理数 is 行政复议受理件数. */
const CASES_KEY_RE = /件$/;
const COUNTED_RE = /[件人项]$/;

/**
 * The name with its spaces and punctuation gone but every word kept: 行政处罚件数 and 行政处罚事项数
 * share an indicatorKey (行政处罚), so a name or alias written in full is looked up this way first.
 */
export function exactKey(name: string): string {
  return normalizeText(name).replace(/[\s"'“”‘’「」《》()（）\[\]【】、,，.。:：;；_\-—]/g, '').toLowerCase();
}

/** Exact keys live in the same index under this prefix, which no loose key can start with. */
export const EXACT = '\u0000';
/** Bare names of counts of persons and items: looked up last, by a name alone. */
const BARE = '\u0002';

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
  // [loose key, id, the key without what it counts ('' when it counts nothing)] of every alias, then every name.
  const entries: [string, string, string][] = [];
  const add = (name: string, id: string) => {
    const key = indicatorKey(name);
    entries.push([key, id, COUNT_RE.test(exactKey(name)) && COUNTED_RE.test(key) ? key.slice(0, -1) : '']);
  };
  for (const i of indicators) for (const a of i.aliases) add(a, resolve(i.id));
  for (const i of indicators) add(i.name, resolve(i.id));
  // The bare name (政府法律顾问, 执法资格考试通过数) finds a count of persons or items where nothing else
  // has it (kept apart, under BARE, so that a title's words do not find it: 行政许可办理情况 is no
  // 行政许可事项数), and a count of cases before those (行政处罚 is 行政处罚案件数, not 行政处罚事项数).
  for (const [key, id, bare] of entries) if (bare && !CASES_KEY_RE.test(key)) index.set(BARE + bare, id);
  for (const [key, id, bare] of entries) if (bare && CASES_KEY_RE.test(key)) index.set(bare, id);
  for (const [key, id] of entries) index.set(key, id);
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
    const id = index.get(EXACT + exactKey(c)) ?? index.get(indicatorKey(c)) ?? index.get(BARE + indicatorKey(c));
    if (id) return { id, known: true, unit, name: c };
  }
  const full = g && !name.startsWith(g) ? g + name : name;
  return { id: full, known: false, unit, name: full };
}
