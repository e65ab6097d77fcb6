import type { Cube } from './cube';

export type SortKey = 'region' | 'indicator' | 'period' | 'value';

export interface RowQuery {
  /** Text every shown row contains in its region or indicator name. */
  search: string;
  indicator: string | null;
  region: string | null;
  /** Only these regions (e.g. a saved group's members), by name; absent or null = no such limit. */
  regions?: readonly string[] | null;
  /** periodKey, or null for every period. */
  period?: number | null;
  /** Import id (the source file), or null for every source. */
  importId?: string | null;
  sort: SortKey | null;
  desc: boolean;
  /** Superseded observations too (not only the values in force). */
  all: boolean;
}

const collator = new Intl.Collator('zh-CN');

/**
 * The observation indices a grid shows for a query: filtered on dictionary entries first
 * (so a search over a million rows tests each distinct name once), then sorted stably.
 */
export function queryRows(cube: Cube, q: RowQuery): Int32Array {
  const needle = q.search.trim().toLowerCase();
  const regionHit = cube.regions.map((r) => !!needle && r.toLowerCase().includes(needle));
  const indicatorHit = cube.indicators.map((r) => !!needle && r.toLowerCase().includes(needle));
  const onlyRegion = q.region === null ? -1 : cube.regions.indexOf(q.region);
  const onlyIndicator = q.indicator === null ? -1 : cube.indicators.indexOf(q.indicator);
  const onlyImport = q.importId == null ? -1 : cube.imports.indexOf(q.importId);
  const inSet = q.regions ? new Set(q.regions) : null;
  const regionIn = inSet && Uint8Array.from(cube.regions, (r) => Number(inSet.has(r)));
  if ((q.region !== null && onlyRegion < 0) || (q.indicator !== null && onlyIndicator < 0) || (q.importId != null && onlyImport < 0)) return new Int32Array(0);
  const onlyPeriod = q.period ?? null;
  // Values in force of one indicator are already listed by the cube: no full scan.
  const candidates: ArrayLike<number> | null = onlyIndicator >= 0 && !q.all ? cube.ofIndicator(q.indicator!) : null;
  const total = candidates ? candidates.length : cube.n;
  const filtered = onlyRegion >= 0 || !!regionIn || onlyIndicator >= 0 || onlyPeriod !== null || onlyImport >= 0 || !!needle;
  if (!filtered && !candidates) {
    // Every row (the grid as first opened): one tight pass into an array of the exact size,
    // re-run after every edit of a million.
    const effective = cube.effective;
    const every = new Int32Array(q.all ? total : cube.effectiveCount);
    let k = 0;
    if (q.all) for (let i = 0; i < total; i++) every[i] = i;
    else for (let i = 0; i < total; i++) if (effective[i]) every[k++] = i;
    return q.sort ? sortRows(cube, every, q.sort, q.desc) : every;
  }
  const out = new Int32Array(total);
  let k = 0;
  for (let j = 0; j < total; j++) {
    const i = candidates ? candidates[j] : j;
    if (!q.all && !cube.effective[i]) continue;
    const r = cube.region[i];
    const ind = cube.indicator[i];
    if (onlyRegion >= 0 && r !== onlyRegion) continue;
    if (regionIn && !regionIn[r]) continue;
    if (onlyIndicator >= 0 && ind !== onlyIndicator) continue;
    if (onlyPeriod !== null && cube.period[i] !== onlyPeriod) continue;
    if (onlyImport >= 0 && cube.importIdx[i] !== onlyImport) continue;
    if (needle && !regionHit[r] && !indicatorHit[ind]) continue;
    out[k++] = i;
  }
  const rows = out.slice(0, k);
  if (!q.sort) return rows;
  return sortRows(cube, rows, q.sort, q.desc);
}

/** Positions 0…n−1 fit in 21 bits, so (rank, position) packs into one exact double. */
const POS_BITS = 2 ** 21;

/** Integer rank of every distinct key, in ascending order (names by pinyin, numbers by value). */
function ranks(sortedDistinct: ArrayLike<number>, key: number): number {
  let lo = 0;
  let hi = sortedDistinct.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sortedDistinct[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Stable sort of grid rows by one column. Each row's key becomes an integer rank packed
 * with its position into a double, so one native Float64Array sort orders a million rows
 * (a comparator sort of that size takes seconds).
 */
function sortRows(cube: Cube, rows: Int32Array, by: SortKey, desc: boolean): Int32Array {
  const nameRank = (names: string[]) => {
    const order = names.map((_, i) => i).sort((a, b) => collator.compare(names[a], names[b]));
    const r = new Int32Array(names.length);
    order.forEach((id, pos) => (r[id] = pos));
    return r;
  };
  let rankOf: (i: number) => number;
  if (by === 'region') {
    const r = nameRank(cube.regions);
    rankOf = (i) => r[cube.region[i]];
  } else if (by === 'indicator') {
    const r = nameRank(cube.indicators);
    rankOf = (i) => r[cube.indicator[i]];
  } else {
    const col = by === 'period' ? cube.period : cube.value;
    const distinct = Float64Array.from(new Set(Array.from(rows, (i) => col[i]))).sort();
    rankOf = (i) => ranks(distinct, col[i]);
  }
  const n = rows.length;
  if (n >= POS_BITS) {
    // Beyond 2M rows: a comparator sort, slower but exact.
    const keys = Float64Array.from(rows, rankOf);
    const order = Array.from({ length: n }, (_, j) => j).sort((a, b) => (desc ? keys[b] - keys[a] : keys[a] - keys[b]) || a - b);
    return Int32Array.from(order, (j) => rows[j]);
  }
  let maxRank = 0;
  const rk = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    rk[j] = rankOf(rows[j]);
    if (rk[j] > maxRank) maxRank = rk[j];
  }
  const packed = new Float64Array(n);
  for (let j = 0; j < n; j++) packed[j] = (desc ? maxRank - rk[j] : rk[j]) * POS_BITS + j;
  packed.sort();
  const out = new Int32Array(n);
  for (let j = 0; j < n; j++) out[j] = rows[packed[j] % POS_BITS];
  return out;
}
