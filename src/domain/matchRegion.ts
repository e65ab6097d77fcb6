import { AGGREGATE_REGION_NAMES, PROVINCES, PROVINCES_LATIN } from './builtinCatalog';
import type { Region } from './model';
import { compactSpaces } from './compactSpaces';
import { normalizeText } from './normalizeText';
import { withoutTranslation } from './withoutTranslation';
import { NOTE_MARKS, stripListMark } from './stripListMark';

const NOTE_MARKS_END = new RegExp(`${NOTE_MARKS}+$`);

const AGGREGATES = new Set(AGGREGATE_REGION_NAMES.map((n) => n.replace(/\s+/g, '')));
const SUFFIX_RE = /(特别行政区|自治区|自治州|自治县|省|市|区|县|盟|旗)$/;
/** Suffixes of county-level names: 城关 may be the 城关区 of many cities, so such a match is a guess. */
const COUNTY_SUFFIX_RE = /(区|县|旗|自治县)$/;
const PLACE_LIKE_RE = /(省|市|区|县|州|盟|旗|自治区|新区|镇|乡|街道|苏木)$/;

/** A name written as places are (兰州市, 城关区, 甘南州), known or not: the evidence columns and headers give. */
export function looksLikePlace(text: string): boolean {
  return PLACE_LIKE_RE.test(text);
}

// 「Inner Mongolia」「BEIJING」「Hebei Province」: Latin names match by letters alone.
const LATIN_PLACE_RE = /^[A-Za-z][A-Za-z .'-]*$/;
const LATIN_SUFFIX_RE = /\s+(province|city|municipality|autonomous region|sar|special administrative region)$/i;
/** Cities named as their province is: Jilin City is not Jilin. */
const CITY_LIKE_PROVINCE = /^jilin\s+city$/i;

function clean(name: string): string {
  const text = withoutTranslation(name).trim();
  if (LATIN_PLACE_RE.test(text)) return (CITY_LIKE_PROVINCE.test(text) ? text : text.replace(LATIN_SUFFIX_RE, '')).replace(/[\s.'-]+/g, '').toLowerCase();
  // 「其中：城关区」「#城关区」「一、兰州市」「(二)天水市」 (a part of the row above, a list's item)
  // and 「平凉市①」 (a footnote) name the place itself; so does 「甘肃省兰州市」, a city written under
  // its province. 「兰州市(含兰州新区)」 is another territory than 兰州市: it keeps its note.
  const bare = stripListMark(compactSpaces(normalizeText(text)))
    .replace(NOTE_MARKS_END, '')
    .replace(/(?<=[\u4e00-\u9fff])i$/, '')
    .replace(AREA_CODE_RE, '');
  const province = PROVINCE_PREFIX_RE.exec(bare);
  return province && PREFECTURE_RE.test(bare.slice(province[0].length)) ? bare.slice(province[0].length) : bare;
}

const PROVINCE_PREFIX_RE = new RegExp(`^(?:${PROVINCES.map((p) => p[0]).filter((n) => /(?:省|自治区)$/.test(n)).join('|')})`);
/** A prefecture-level name after its province: 兰州市, 甘南藏族自治州, 大兴安岭地区. */
const PREFECTURE_RE = /^[\u4e00-\u9fff]{2,10}(?:市|州|盟|地区)$/;

/** A division code written with the name (620100 兰州市, 兰州市(620100)): 6, 9 or 12 digits. */
const AREA_CODE_RE = /^\d{6}(?:\d{3}){0,2}\s*(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\s*[(（]?\d{6}(?:\d{3}){0,2}[)）]?$/;

/** 兰州 and 兰州市 share a key; 上海 and 上海市 too. Names of two characters keep their suffix (城区). */
export function regionKey(name: string): string {
  const c = clean(name);
  const stripped = c.replace(SUFFIX_RE, '');
  return stripped.length >= 2 ? stripped : c;
}

const suffixOf = (name: string) => SUFFIX_RE.exec(name)?.[1] ?? '';

/** 合计/总计/小计/全省/全市… rows total other rows: never a region. */
export function isAggregateRegion(name: string): boolean {
  const c = clean(name);
  return AGGREGATES.has(c) || /^(合计|总计|小计|总和|全部|平均值?)/.test(c) || /[合总小]计$/.test(c) || /^(?:grand\s*total|sub\s*total|total|all)$/i.test(c);
}

/** 全国, 中国: the whole country, a total beside provinces but the one region of a national series. */
export function isNation(name: string): boolean {
  return /^(全国|中国|全国合计)$/.test(clean(name));
}

/**
 * Names and aliases to region ids: exact names first, then names up to their suffix
 * (兰州 → 兰州市). The 34 provincial-level units are always known by full and short name;
 * `catalog` holds the ids the user's catalog has, so a province not yet there counts as new.
 */
export interface RegionIndex {
  exact: Map<string, string>;
  byKey: Map<string, string>;
  catalog: Set<string>;
}

export function buildRegionIndex(regions: readonly Region[]): RegionIndex {
  const index: RegionIndex = { exact: new Map(), byKey: new Map(), catalog: new Set() };
  const add = (name: string, id: string) => {
    index.exact.set(clean(name), id);
    index.byKey.set(regionKey(name), id);
  };
  for (const [full, ...shorts] of [...PROVINCES, ...PROVINCES_LATIN]) for (const n of [full, ...shorts]) add(n, full);
  const byId = new Map(regions.map((r) => [r.id, r]));
  const resolve = (r: Region): string => {
    let cur = r;
    const seen = new Set<string>();
    while (cur.mergedInto && !seen.has(cur.id) && byId.has(cur.mergedInto)) {
      seen.add(cur.id);
      cur = byId.get(cur.mergedInto)!;
    }
    return cur.id;
  };
  for (const r of regions) for (const a of r.aliases) add(a, resolve(r));
  for (const r of regions) {
    add(r.name, resolve(r));
    index.catalog.add(resolve(r));
  }
  return index;
}

export interface RegionMatch {
  id: string;
  /** The catalog has this region already. */
  known: boolean;
  /** Matched only up to a county-level suffix (城关 → 城关区): shown to the user, who may reject it. */
  guess?: boolean;
}

/** A name the index knows, exactly or up to its suffix (for telling place columns by content). */
export function isKnownRegion(index: RegionIndex, name: string): boolean {
  const c = clean(name);
  return index.exact.has(c) || keyMatch(index, c) !== null;
}

/** 兰州 ↔ 兰州市, but not 吉林市 ↔ 吉林省: names up to a suffix match when one of them has none. */
function keyMatch(index: RegionIndex, c: string): string | null {
  const id = index.byKey.get(regionKey(c));
  if (id === undefined) return null;
  const a = suffixOf(c);
  const b = suffixOf(id);
  return a && b && a !== b ? null : id;
}

/**
 * A region cell's canonical region. A name the index does not know becomes a new region,
 * named as written, and joins the index so later rows of the same import find it. Names
 * in `rejected` are the user's "not the same place": they stay as written.
 */
export function matchRegion(index: RegionIndex, name: string, rejected?: ReadonlySet<string>): RegionMatch {
  const c = clean(name);
  const exact = index.exact.get(c);
  if (exact !== undefined) return { id: exact, known: index.catalog.has(exact) };
  const id = rejected?.has(c) ? null : keyMatch(index, c);
  if (id !== null) {
    const guess = id !== c && (COUNTY_SUFFIX_RE.test(id) || COUNTY_SUFFIX_RE.test(c));
    return guess ? { id, known: index.catalog.has(id), guess } : { id, known: index.catalog.has(id) };
  }
  // A new Latin name keeps its letters as written (Lanzhou, not the lookup key lanzhou).
  const written = LATIN_PLACE_RE.test(name.trim()) ? name.trim().replace(/\s+/g, ' ') : c;
  index.exact.set(c, written);
  if (!index.byKey.has(regionKey(c))) index.byKey.set(regionKey(c), written);
  return { id: written, known: false };
}
