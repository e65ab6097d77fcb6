import { cellKey, type Cube } from './cube';

export interface ValueConflict {
  key: string;
  region: string;
  indicator: string;
  period: number;
  /** One option per import that stored a value for this cell, oldest import first. */
  options: { importId: string; value: number; index: number }[];
  /** Import whose value is in force now. */
  chosen: string;
}

/**
 * Cells (region, indicator, period) for which different imports stored different values:
 * the conflicts an analyst settles. Identical re-imports are not conflicts.
 */
export function findValueConflicts(cube: Cube): ValueConflict[] {
  const byKey = new Map<number, number[]>();
  const nReg = Math.max(1, cube.regions.length);
  for (let i = 0; i < cube.n; i++) {
    if (cube.region[i] < 0) continue;
    const key = (cube.indicator[i] * nReg + cube.region[i]) * 1e8 + cube.period[i];
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  }
  const out: ValueConflict[] = [];
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    const values = new Set(list.map((i) => cube.value[i]));
    if (values.size < 2) continue;
    const i0 = list[0];
    const region = cube.regions[cube.region[i0]];
    const indicator = cube.indicators[cube.indicator[i0]];
    const options = [...list].sort((a, b) => cube.importIdx[a] - cube.importIdx[b]).map((i) => ({ importId: cube.imports[cube.importIdx[i]], value: cube.value[i], index: i }));
    const winner = list.find((i) => cube.effective[i]) ?? i0;
    out.push({ key: cellKey(region, indicator, cube.period[i0]), region, indicator, period: cube.period[i0], options, chosen: cube.imports[cube.importIdx[winner]] });
  }
  return out.sort((a, b) => a.indicator.localeCompare(b.indicator, 'zh-CN') || a.region.localeCompare(b.region, 'zh-CN') || a.period - b.period);
}
