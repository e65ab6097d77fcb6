import type { Cube } from './cube';

/** How many values are in force per indicator and per region (the 指标 page's lists). */
export function countInForce(cube: Cube): { indicators: Map<string, number>; regions: Map<string, number> } {
  const ind = new Int32Array(cube.indicators.length);
  const reg = new Int32Array(cube.regions.length);
  for (let i = 0; i < cube.n; i++) {
    if (!cube.inForce(i)) continue;
    ind[cube.indicator[i]]++;
    if (cube.region[i] >= 0) reg[cube.region[i]]++;
  }
  const named = (names: readonly string[], counts: Int32Array) => new Map(names.flatMap((name, k) => (counts[k] ? [[name, counts[k]] as const] : [])));
  return { indicators: named(cube.indicators, ind), regions: named(cube.regions, reg) };
}
