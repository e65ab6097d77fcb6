import type { ValuePoint } from '../domain/indicatorValues';
import { comparePeriods } from '../domain/parsePeriod';

/** Each region's value of its latest period (a span counts by where it ends): one bar per region. */
export function latestPerRegion<P extends ValuePoint>(points: readonly P[]): P[] {
  const best = new Map<string, P>();
  for (const p of points) {
    const b = best.get(p.region);
    if (!b || comparePeriods(p.period, b.period) > 0) best.set(p.region, p);
  }
  return [...best.values()];
}
