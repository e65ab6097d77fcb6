// The trigger table compiled once per catalog: each row's patterns as anchored regexes, row
// indicators resolved through the catalog (a merge is followed), and every catalog indicator
// without a row found by its own name and aliases — so a user's new indicator or alias works in
// reports too. Cached per catalog array.
import type { Indicator } from '../../domain/model';
import { BUILTIN_INDICATORS } from '../../domain/builtinCatalog';
import { buildIndicatorIndex, indicatorKey, type IndicatorIndex } from '../../domain/matchIndicator';
import { FILLER, GAP, LONG_GAP, REPORT_TRIGGERS, UNIT_FAMILIES, type TriggerRow } from './reportTriggers';

export interface Matcher {
  row: TriggerRow;
  /** Resolved indicator id (or the row's new name). */
  indicator: string;
  known: boolean;
  before: RegExp[];
  after: RegExp[];
  units: ReadonlySet<string>;
  topic?: string;
  subject?: RegExp;
  context?: RegExp;
  not?: RegExp;
}

export interface ReportMatchers {
  matchers: Matcher[];
  /** The matchers that take a unit, in table order. */
  byUnit: Map<string, Matcher[]>;
  index: IndicatorIndex;
  byId: Map<string, Indicator>;
  /** Denominator words by indicator id (rows' shareOf). */
  shareOf: Map<string, RegExp>;
}

const expand = (src: string) => src.replace(/~~/g, LONG_GAP).replace(/~/g, GAP);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name's stem as reports write it before a number: 法律援助件数 → 法律援助, 双公示信息条数 → 双公示信息. */
function stemOf(name: string): string {
  return name
    .replace(/[\s"“”「」()（）]/g, '')
    .replace(/(件数|件次|人次|人数|次数|条数|份数|卷数|张数|事项数|项数|个数|数量|总数|数)$/, '');
}

function compile(row: TriggerRow, indicator: string, known: boolean): Matcher {
  return {
    row,
    indicator,
    known,
    before: (row.before ?? []).map((s) => new RegExp(`(?:${expand(s)})${FILLER}$`)),
    after: (row.after ?? []).map((s) => new RegExp(expand(s))),
    units: new Set(row.units),
    topic: row.topic,
    subject: row.subject ? new RegExp(row.subject) : undefined,
    context: row.context ? new RegExp(row.context) : undefined,
    not: row.not ? new RegExp(row.not) : undefined,
  };
}

const cache = new WeakMap<readonly Indicator[], ReportMatchers>();

export function buildReportMatchers(catalog: readonly Indicator[]): ReportMatchers {
  const hit = cache.get(catalog);
  if (hit) return hit;
  const index = buildIndicatorIndex(catalog);
  const byId = new Map(catalog.map((i) => [i.id, i]));
  const resolve = (name: string) => index.get(indicatorKey(name));
  const matchers: Matcher[] = [];
  const withRows = new Set<string>();
  const shareOf = new Map<string, RegExp>();
  for (const row of REPORT_TRIGGERS) {
    const id = resolve(row.indicator);
    matchers.push(compile(row, id ?? row.indicator, id !== undefined));
    if (id) withRows.add(id);
    if (row.shareOf) shareOf.set(id ?? row.indicator, new RegExp(row.shareOf));
  }
  // Catalog indicators without a row: their name and aliases, longest first, as triggers.
  const auto: { stem: string; id: string; units: readonly string[] }[] = [];
  const builtinNames = new Set(BUILTIN_INDICATORS.flatMap((i) => [i.name, ...i.aliases]));
  for (const ind of catalog) {
    const id = resolve(ind.name) ?? ind.id;
    const target = byId.get(id) ?? ind;
    const units = UNIT_FAMILIES[target.unit] ?? (target.unit ? [target.unit] : []);
    if (!units.length || target.unit === '%') continue; // rates are found by name (findRate)
    // An indicator with a row keeps only the names the user added (an alias, a merged indicator).
    const names = [ind.name, ...ind.aliases].filter((n) => !withRows.has(id) || !builtinNames.has(n));
    for (const n of names) {
      const stem = stemOf(n);
      if (stem.length >= 2) auto.push({ stem, id, units });
    }
  }
  auto.sort((a, b) => b.stem.length - a.stem.length);
  for (const a of auto) {
    matchers.push(compile({ indicator: a.id, before: [escape(a.stem) + '(?:案件|事项|项目|信息)?'], units: a.units }, a.id, true));
  }
  const byUnit = new Map<string, Matcher[]>();
  for (const m of matchers) for (const u of m.units) byUnit.set(u, [...(byUnit.get(u) ?? []), m]);
  const built = { matchers, byUnit, index, byId, shareOf };
  cache.set(catalog, built);
  return built;
}
