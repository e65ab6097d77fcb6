import type { Cube } from './cube';

export type SortKey = 'region' | 'indicator' | 'period' | 'value';

export interface RowQuery {
  /** Text every shown row contains in its region or indicator name. */
  search: string;
  indicator: string | null;
  region: string | null;
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
  if ((q.region !== null && onlyRegion < 0) || (q.indicator !== null && onlyIndicator < 0)) return new Int32Array(0);
  // Values in force of one indicator are already listed by the cube: no full scan.
  const candidates: ArrayLike<number> | null = onlyIndicator >= 0 && !q.all ? cube.ofIndicator(q.indicator!) : null;
  const total = candidates ? candidates.length : cube.n;
  const out = new Int32Array(total);
  let k = 0;
  for (let j = 0; j < total; j++) {
    const i = candidates ? candidates[j] : j;
    if (!q.all && !cube.effective[i]) continue;
    const r = cube.region[i];
    const ind = cube.indicator[i];
    if (onlyRegion >= 0 && r !== onlyRegion) continue;
    if (onlyIndicator >= 0 && ind !== onlyIndicator) continue;
    if (needle && !regionHit[r] && !indicatorHit[ind]) continue;
    out[k++] = i;
  }
  const rows = out.slice(0, k);
  if (!q.sort) return rows;
  const rank = (names: string[]) => {
    const order = names.map((_, i) => i).sort((a, b) => collator.compare(names[a], names[b]));
    const r = new Int32Array(names.length);
    order.forEach((id, pos) => (r[id] = pos));
    return r;
  };
  let key: ArrayLike<number>;
  if (q.sort === 'region') {
    const r = rank(cube.regions);
    key = Float64Array.from(rows, (i) => r[cube.region[i]]);
  } else if (q.sort === 'indicator') {
    const r = rank(cube.indicators);
    key = Float64Array.from(rows, (i) => r[cube.indicator[i]]);
  } else if (q.sort === 'period') key = Float64Array.from(rows, (i) => cube.period[i]);
  else key = Float64Array.from(rows, (i) => cube.value[i]);
  const order = Array.from({ length: rows.length }, (_, i) => i);
  const sign = q.desc ? -1 : 1;
  order.sort((a, b) => sign * (key[a] - key[b]) || a - b);
  return Int32Array.from(order, (i) => rows[i]);
}
