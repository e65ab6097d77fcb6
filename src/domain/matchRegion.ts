import { AGGREGATE_REGION_NAMES } from './builtinCatalog';
import type { Region } from './model';
import { compactSpaces } from './compactSpaces';
import { normalizeText } from './normalizeText';

const AGGREGATES = new Set(AGGREGATE_REGION_NAMES.map((n) => n.replace(/\s+/g, '')));
const SUFFIX_RE = /(特别行政区|自治区|自治州|自治县|省|市|区|县|盟|旗)$/;

function clean(name: string): string {
  return compactSpaces(normalizeText(name)).replace(/[*※#]+$/, '').replace(/(?<=[\u4e00-\u9fff])i$/, '');
}

/** 兰州 and 兰州市 share a key; 上海 and 上海市 too. Names of two characters keep their suffix (城区). */
export function regionKey(name: string): string {
  const c = clean(name);
  const stripped = c.replace(SUFFIX_RE, '');
  return stripped.length >= 2 ? stripped : c;
}

/** 合计/总计/小计/全省/全市… rows total other rows: never a region. */
export function isAggregateRegion(name: string): boolean {
  const c = clean(name);
  return AGGREGATES.has(c) || /^(合计|总计|小计|总和|全部|平均值?)/.test(c) || /[合总小]计$/.test(c);
}

export type RegionIndex = Map<string, string>;

export function buildRegionIndex(regions: readonly Region[]): RegionIndex {
  const index: RegionIndex = new Map();
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
  for (const r of regions) for (const a of r.aliases) index.set(regionKey(a), resolve(r));
  for (const r of regions) index.set(regionKey(r.name), resolve(r));
  return index;
}

/**
 * A region cell's canonical region. A name the index does not know becomes a new region,
 * named as written, and joins the index so later rows of the same import find it.
 */
export function matchRegion(index: RegionIndex, name: string): { id: string; known: boolean } {
  const c = clean(name);
  const key = regionKey(c);
  const id = index.get(key);
  if (id) return { id, known: true };
  index.set(key, c);
  return { id: c, known: false };
}
