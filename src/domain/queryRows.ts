import type { Cube } from './cube';
import { sortRows, type SortKey } from './sortRows';

export type { SortKey };

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
