import { PROVINCES } from './builtinCatalog';
import { compactSpaces } from './compactSpaces';
import type { Cube } from './cube';
import type { Indicator, Region } from './model';
import { normalizeText } from './normalizeText';
import { compareZh } from './compareZh';
import { runAtOnce } from './runSliced';

export type DuplicateKind = 'region' | 'indicator';
/** Why two names look like one: the same name up to a suffix, a province's short name, an autonomous area's short name, an alias, the same name written differently. */
export const DUPLICATE_REASONS = ['province', 'autonomous', 'suffix', 'alias', 'name'] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

export interface DuplicatePair {
  kind: DuplicateKind;
  /** The pair in either order (what a dismissal remembers). */
  key: string;
  /** The default direction: `from` is merged into `into`, the fuller or official name. */
  from: string;
  into: string;
  reasons: DuplicateReason[];
  /** Values of the two in the same cells (same indicator or region, same period): equal, and not. */
  sameValues: number;
  differentValues: number;
}

export interface DuplicateInput {
  regions: readonly Region[];
  indicators: readonly Indicator[];
  cube?: Cube;
  dismissed?: ReadonlySet<string>;
}

export function duplicateKey(kind: DuplicateKind, a: string, b: string): string {
  return `${kind}:${[a, b].sort().join('\u0001')}`;
}

// The 55 minority peoples, longest first: 「临夏回族自治州」 is 临夏 + 回族 + 自治州.
const ETHNIC = ['柯尔克孜', '乌孜别克', '维吾尔', '哈萨克', '达斡尔', '俄罗斯', '鄂温克', '塔吉克', '塔塔尔', '鄂伦春', '蒙古', '布依', '朝鲜', '土家', '哈尼', '傈僳', '高山', '拉祜', '东乡', '纳西', '景颇', '仫佬', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '德昂', '保安', '裕固', '独龙', '赫哲', '门巴', '珞巴', '基诺', '回', '藏', '苗', '彝', '壮', '满', '侗', '瑶', '白', '傣', '黎', '佤', '畲', '水', '土', '羌', '怒', '京'];
// Names of several characters may drop 族 (新疆维吾尔自治区, 伊犁哈萨克自治州); one-character names never do.
const PEOPLE = `(?:${ETHNIC.map((e) => (e.length > 1 ? `${e}族?` : `${e}族`)).join('|')})`;
const AUTONOMOUS_RE = new RegExp(`^(.{2,}?)${PEOPLE}+(自治区|自治州|自治县|自治旗)$`);
const SUFFIX_RE = /(特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|区|县|盟|旗)$/;
/** Suffixes of one level of government: 临夏州 and 临夏回族自治州 are one prefecture, 吉林市 and 吉林省 are not. */
const SUFFIX_CLASS: Record<string, string> = {
  省: 'province', 自治区: 'autonomous-region', 特别行政区: 'sar', 市: 'city', 地区: 'prefecture', 自治州: 'autonomous-prefecture',
  州: 'autonomous-prefecture', 盟: 'league', 县: 'county', 自治县: 'county', 区: 'district', 旗: 'banner', 自治旗: 'banner',
};

const clean = (name: string) => compactSpaces(normalizeText(name));

/** A place name's core and the suffix it carries ('' when none): 广西壮族自治区 → 广西 + 自治区. */
export function regionCore(name: string): { core: string; suffix: string; autonomous: boolean } {
  const c = clean(name);
  const auto = AUTONOMOUS_RE.exec(c);
  if (auto) return { core: auto[1], suffix: auto[2], autonomous: true };
  const m = SUFFIX_RE.exec(c);
  if (m && c.length - m[1].length >= 2) return { core: c.slice(0, -m[1].length), suffix: m[1], autonomous: false };
  // 临夏州, 黔东南州: the short form of an autonomous prefecture (杭州, two characters, is a name).
  if (c.length >= 3 && c.endsWith('州')) return { core: c.slice(0, -1), suffix: '州', autonomous: false };
  return { core: c, suffix: '', autonomous: false };
}

const PROVINCE_OF = new Map(PROVINCES.flatMap((row) => row.map((n) => [n, row[0]] as const)));

const sameLevel = (a: string, b: string) => !a || !b || SUFFIX_CLASS[a] === SUFFIX_CLASS[b];
const provinceOf = (name: string) => PROVINCE_OF.get(clean(name));
const parentKey = (p: string) => provinceOf(p) ?? regionCore(p).core;

/** Regions known to differ: levels or parents both stated and different (朝阳区 of two cities). */
function regionsDiffer(a: Region, b: Region): boolean {
  if (a.level.trim() && b.level.trim() && a.level.trim() !== b.level.trim()) return true;
  return !!(a.parent.trim() && b.parent.trim() && parentKey(a.parent) !== parentKey(b.parent));
}

/** Why two regions' names look like one region (empty: they do not). */
function regionReasons(a: Region, b: Region): DuplicateReason[] {
  const reasons: DuplicateReason[] = [];
  const [pa, pb] = [provinceOf(a.name), provinceOf(b.name)];
  if (pa && pa === pb) reasons.push('province');
  const [ca, cb] = [regionCore(a.name), regionCore(b.name)];
  if (!pa !== !pb && (pa || pb)) {
    // One is a province's name, the other not: 吉林市 is not 吉林省.
  } else if (ca.core === cb.core && sameLevel(ca.suffix, cb.suffix) && !reasons.length) {
    if (clean(a.name) === clean(b.name)) reasons.push('name');
    else reasons.push(ca.autonomous || cb.autonomous ? 'autonomous' : 'suffix');
  }
  const names = (r: Region) => new Set([r.name, ...r.aliases].map(clean));
  if ([...names(a)].some((n) => n !== clean(a.name) && n === clean(b.name)) || [...names(b)].some((n) => n !== clean(b.name) && n === clean(a.name))) {
    reasons.push('alias');
  }
  return reasons;
}

/** The fuller or official of two region names, the one to keep. */
function regionInto(a: Region, b: Region): [from: Region, into: Region] {
  const score = (r: Region) => {
    const p = provinceOf(r.name);
    const c = regionCore(r.name);
    return (p === clean(r.name) ? 100 : 0) + (c.autonomous ? 20 : 0) + (c.suffix && c.suffix !== '州' ? 10 : 0) + clean(r.name).length;
  };
  const d = score(b) - score(a) || compareZh(a.name, b.name);
  return d > 0 ? [a, b] : [b, a];
}

/** An indicator name as written: widths, spaces and a trailing unit in brackets do not make another one. */
const indicatorForm = (name: string) => clean(name).replace(/[（(][^（）()]{1,6}[)）]$/, '').replace(/\s+/g, '');

function indicatorReasons(a: Indicator, b: Indicator): DuplicateReason[] {
  const reasons: DuplicateReason[] = [];
  if (indicatorForm(a.name) === indicatorForm(b.name)) reasons.push('name');
  const aliasOf = (x: Indicator, y: Indicator) => x.aliases.some((al) => indicatorForm(al) === indicatorForm(y.name));
  if (aliasOf(a, b) || aliasOf(b, a)) reasons.push('alias');
  return reasons;
}

function indicatorInto(a: Indicator, b: Indicator): [from: Indicator, into: Indicator] {
  const score = (x: Indicator, y: Indicator) => (x.builtin ? 100 : 0) + (x.aliases.some((al) => indicatorForm(al) === indicatorForm(y.name)) ? 50 : 0) + x.name.length;
  const d = score(b, a) - score(a, b) || compareZh(a.name, b.name);
  return d > 0 ? [a, b] : [b, a];
}

/** Values of work between two yields: a few ms, so that a slice ends near its budget (runSliced). */
const STEP = 0x3fff;

/** A cell of two cube indexes (indicator or region, and period) as one number: no string per value. */
const cellOf = (k: number, period: number) => k * 4294967296 + (period >>> 0);

/**
 * Values in force of each of `ids` (regions or indicators, as `by` says), by cell of the other
 * axis and period: what compare() reads for a pair.
 */
function* valuesOf(cube: Cube, ids: ReadonlySet<string>, by: 'region' | 'indicator'): Generator<void, Map<string, Map<number, number>>> {
  const [names, own, other] = by === 'region' ? [cube.regions, cube.region, cube.indicator] : [cube.indicators, cube.indicator, cube.region];
  const out = new Map<string, Map<number, number>>();
  const wanted = names.map((n) => ids.has(n));
  for (let i = 0; i < cube.n; i++) {
    if ((i & STEP) === STEP) yield;
    const k = own[i];
    if (k < 0 || other[i] < 0 || !wanted[k] || !cube.inForce(i)) continue;
    let m = out.get(names[k]);
    if (!m) out.set(names[k], (m = new Map()));
    m.set(cellOf(other[i], cube.period[i]), cube.value[i]);
  }
  return out;
}

const near = (v: number, w: number) => Math.abs(v - w) <= 1e-9 * Math.max(1, Math.abs(v));

/** A run of equal values in one cell this long says nothing of any two of them (a column of zeros). */
const MAX_EQUAL_RUN = 24;

/**
 * Pairs of indicators (one of them in `added`, by cube index) with at least `least` equal values
 * in force in the same region and period: the candidates for evidence by values alone. One pass
 * over the cube groups its values by cell, and only equal values in a cell pair up, so 16,383
 * added indicators cost what their values do, not what their pairs would.
 */
function* equalValuePairs(cube: Cube, added: ReadonlySet<string>, least: number): Generator<void, [number, number][]> {
  if (!added.size) return [];
  const isAdded = cube.indicators.map((id) => added.has(id));
  const cells = new Map<number, number[]>();
  for (let i = 0; i < cube.n; i++) {
    if ((i & STEP) === STEP) yield;
    if (cube.region[i] < 0 || !cube.inForce(i)) continue;
    const key = cellOf(cube.region[i], cube.period[i]);
    const list = cells.get(key);
    if (list) list.push(i);
    else cells.set(key, [i]);
  }
  const nInd = cube.indicators.length;
  const counts = new Map<number, number>();
  // Equal values found by hashing, exactly (an import's figures are parsed, so equal figures are
  // equal numbers); compare() then counts the pairs found with its tolerance. Reused per cell.
  const seen = new Set<number>();
  const twice = new Set<number>();
  const runs = new Map<number, number[]>();
  // Work counted in values, not cells: a wide sheet's 60 cells hold 16,383 values each.
  let work = 0;
  for (const list of cells.values()) {
    work += list.length;
    if (work > STEP) {
      work = 0;
      yield;
    }
    if (list.length < 2 || !list.some((i) => isAdded[cube.indicator[i]])) continue;
    seen.clear();
    twice.clear();
    for (const i of list) {
      const v = cube.value[i];
      if (seen.has(v)) twice.add(v);
      else seen.add(v);
    }
    if (!twice.size) continue;
    runs.clear();
    for (const i of list) {
      const v = cube.value[i];
      if (!twice.has(v)) continue;
      const run = runs.get(v);
      if (run) run.push(i);
      else runs.set(v, [i]);
    }
    for (const run of runs.values()) {
      if (run.length > MAX_EQUAL_RUN) continue;
      for (let x = 0; x < run.length; x++) {
        for (let y = x + 1; y < run.length; y++) {
          const a = cube.indicator[run[x]];
          const b = cube.indicator[run[y]];
          if (a === b || (!isAdded[a] && !isAdded[b])) continue;
          const key = Math.min(a, b) * nInd + Math.max(a, b);
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
    }
  }
  const out: [number, number][] = [];
  for (const [key, n] of counts) if (n >= least) out.push([Math.floor(key / nInd), key % nInd]);
  return out;
}

function compare(a: Map<number, number> | undefined, b: Map<number, number> | undefined): { same: number; different: number } {
  let same = 0;
  let different = 0;
  if (!a || !b) return { same, different };
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const [k, v] of small) {
    const w = big.get(k);
    if (w === undefined) continue;
    if (near(v, w)) same++;
    else different++;
  }
  return { same, different };
}

/** Equal values enough to suggest two indicators of unrelated names: at least 3, and few that differ. */
const valuesAlone = (c: { same: number; different: number }) => c.same >= 3 && c.different * 4 <= c.same;

/**
 * Likely duplicates among the catalog's regions and indicators, with their evidence: names
 * that are one name up to a suffix (兰州 / 兰州市, 广西 / 广西壮族自治区), aliases, and equal
 * values in the same cells. Never two regions known to be of different levels or parents,
 * never two built-in indicators; dismissed pairs stay out. Best-supported first.
 */
export const findDuplicates = (input: DuplicateInput): DuplicatePair[] => runAtOnce(duplicateSteps(input));

/** findDuplicates as steps that yield between slices of work (run by runSliced beside a page). */
export function* duplicateSteps(input: DuplicateInput): Generator<void, DuplicatePair[]> {
  const dismissed = input.dismissed ?? new Set<string>();
  const out: DuplicatePair[] = [];
  const push = (kind: DuplicateKind, from: string, into: string, reasons: DuplicateReason[], c: { same: number; different: number }) => {
    const key = duplicateKey(kind, from, into);
    if (!dismissed.has(key)) out.push({ kind, key, from, into, reasons, sameValues: c.same, differentValues: c.different });
  };

  // Regions: candidates share a core name (or a province, or an alias); values are evidence.
  const regions = input.regions.filter((r) => !r.mergedInto);
  const groups = new Map<string, Region[]>();
  const addTo = (key: string, r: Region) => {
    const g = groups.get(key) ?? [];
    if (!g.includes(r)) g.push(r);
    groups.set(key, g);
  };
  for (const r of regions) {
    addTo(provinceOf(r.name) ?? regionCore(r.name).core, r);
    for (const a of r.aliases) addTo(provinceOf(a) ?? regionCore(a).core, r);
  }
  const regionPairs = new Map<string, [Region, Region, DuplicateReason[]]>();
  for (const g of groups.values()) {
    yield;
    for (let i = 0; i < g.length; i++) {
      for (let j = i + 1; j < g.length; j++) {
        const key = duplicateKey('region', g[i].id, g[j].id);
        if (regionPairs.has(key) || regionsDiffer(g[i], g[j])) continue;
        const reasons = regionReasons(g[i], g[j]);
        if (reasons.length) regionPairs.set(key, [g[i], g[j], reasons]);
      }
    }
  }
  const byRegion = input.cube ? yield* valuesOf(input.cube, new Set([...regionPairs.values()].flatMap(([a, b]) => [a.id, b.id])), 'region') : new Map();
  for (const [a, b, reasons] of regionPairs.values()) {
    const [from, into] = regionInto(a, b);
    push('region', from.id, into.id, reasons, compare(byRegion.get(a.id), byRegion.get(b.id)));
  }

  // Indicators: names or aliases, or (for one the user's files added) equal values in the same
  // cells. Candidates come from indexes of names and of values, never from every pair.
  const indicators = input.indicators.filter((i) => !i.mergedInto);
  const added = indicators.filter((i) => !i.builtin);
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const byForm = new Map<string, Indicator[]>();
  const byAliasForm = new Map<string, Indicator[]>();
  const index = (m: Map<string, Indicator[]>, key: string, i: Indicator) => {
    const list = m.get(key);
    if (!list) m.set(key, [i]);
    else if (!list.includes(i)) list.push(i);
  };
  for (const i of indicators) {
    index(byForm, indicatorForm(i.name), i);
    for (const al of i.aliases) index(byAliasForm, indicatorForm(al), i);
  }
  const candidates = new Map<string, [Indicator, Indicator]>();
  const consider = (a: Indicator | undefined, b: Indicator | undefined) => {
    if (!a || !b || a === b || !!a.numerator !== !!b.numerator || (a.builtin && b.builtin)) return;
    const key = duplicateKey('indicator', a.id, b.id);
    if (!candidates.has(key)) candidates.set(key, [a, b]);
  };
  for (const a of added) {
    const form = indicatorForm(a.name);
    for (const b of byForm.get(form) ?? []) consider(a, b);
    for (const b of byAliasForm.get(form) ?? []) consider(a, b);
    for (const al of a.aliases) for (const b of byForm.get(indicatorForm(al)) ?? []) consider(a, b);
  }
  if (input.cube) {
    const cube = input.cube;
    for (const [x, y] of yield* equalValuePairs(cube, new Set(added.map((i) => i.id)), 3)) consider(byId.get(cube.indicators[x]), byId.get(cube.indicators[y]));
  }
  const values = input.cube ? yield* valuesOf(input.cube, new Set([...candidates.values()].flatMap(([a, b]) => [a.id, b.id])), 'indicator') : new Map();
  for (const [a, b] of candidates.values()) {
    yield;
    const reasons = indicatorReasons(a, b);
    const c = compare(values.get(a.id), values.get(b.id));
    if (!reasons.length && !valuesAlone(c)) continue;
    const [from, into] = indicatorInto(a, b);
    push('indicator', from.id, into.id, reasons, c);
  }
  const strength = (p: DuplicatePair) => (p.reasons.length ? 2 : 0) + (p.sameValues > p.differentValues ? 1 : 0);
  return out.sort((x, y) => strength(y) - strength(x) || y.sameValues - x.sameValues || compareZh(x.into, y.into));
}
