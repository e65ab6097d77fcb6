import type { ValuePoint } from '../domain/indicatorValues';
import type { Indicator } from '../domain/model';
import { pointKey } from '../domain/indicatorValues';
import { ALL_POINTS, selectPoints, type ChartContext, type PointScope } from './chartContext';

/** One indicator as a table: regions down, the periods that have values across. */
export interface PivotTable {
  indicator: Indicator;
  /** A derived rate: each computed cell has its numerator and denominator. */
  rate: boolean;
  periods: number[];
  rows: { region: string; cells: (ValuePoint | null)[] }[];
  /** Every point, in the cube's order (the sources list of an export). */
  points: ValuePoint[];
}

/** The 数据 → 透视 table and the sheets of a chart's data export: one indicator over a scope (by default everything). */
export function pivotTable(ctx: ChartContext, indicatorId: string, scope: PointScope = ALL_POINTS): PivotTable {
  const sel = selectPoints(scope, ctx, indicatorId);
  const by = new Map(sel.points.map((p) => [pointKey(p.region, p.period), p]));
  const periods = sel.periods.filter((p) => sel.points.some((x) => x.period === p));
  return {
    indicator: sel.indicator,
    rate: !!sel.indicator.numerator,
    periods,
    rows: sel.regions.map((region) => ({ region, cells: periods.map((p) => by.get(pointKey(region, p)) ?? null) })),
    points: sel.points,
  };
}
