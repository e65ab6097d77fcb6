import type { EChartsOption } from 'echarts';
import type { Cube } from '../../domain/cube';
import { indicatorValues, pointKey } from '../../domain/indicatorValues';
import type { Indicator } from '../../domain/model';
import { axisStyle, baseOption, topMargin } from '../baseOption';
import { indicatorLabel, selectPoints, type ChartContext } from '../chartContext';
import type { ShownValues } from '../chartKindDef';
import { chartNumbers } from '../chartNumbers';
import { periodLabel } from '../../domain/parsePeriod';
import type { ScatterSpec } from '../chartSpecTypes';
import { labelColor, regionPaint } from '../emphasis';

function pairsOf(spec: ScatterSpec, ctx: ChartContext) {
  const x = selectPoints(spec, ctx, spec.indicator);
  const y = selectPoints(spec, ctx, spec.indicator2);
  const yBy = new Map(y.points.map((p) => [pointKey(p.region, p.period), p]));
  const pairs = x.points.flatMap((px) => {
    const py = yBy.get(pointKey(px.region, px.period));
    return py ? [{ px, py }] : [];
  });
  return { x, y, pairs };
}

export function scatterShown(spec: ScatterSpec, ctx: ChartContext): ShownValues {
  const { x, y, pairs } = pairsOf(spec, ctx);
  return { points: pairs.flatMap((p) => [p.px, p.py]), name: `${indicatorLabel(ctx, x.indicator)} × ${indicatorLabel(ctx, y.indicator)}` };
}

/** Two indicators, one point per region and period where both exist. */
export function scatter(spec: ScatterSpec, ctx: ChartContext): EChartsOption {
  const { x, y, pairs } = pairsOf(spec, ctx);
  const th = ctx.theme;
  const nx = chartNumbers(spec, ctx, x.indicator, pairs.map((p) => p.px));
  const ny = chartNumbers(spec, ctx, y.indicator, pairs.map((p) => p.py));
  const paint = regionPaint(spec, ctx, x.regions);
  const axis = (nums: typeof nx) => ({ ...axisStyle(ctx), axisLabel: { ...axisStyle(ctx).axisLabel, formatter: nums.axis.axisLabel.formatter } });
  return {
    ...baseOption(ctx),
    grid: { left: 40 + th.fontSize * 2, right: 60 + th.fontSize * 4, top: topMargin(ctx), bottom: 40 + th.fontSize * 2 },
    xAxis: { type: 'value', name: indicatorLabel(ctx, x.indicator), nameLocation: 'middle', nameGap: 16 + th.fontSize * 1.5, scale: true, ...axis(nx) },
    yAxis: { type: 'value', name: indicatorLabel(ctx, y.indicator), nameLocation: 'middle', nameGap: 36 + th.fontSize * 2, scale: true, ...axis(ny) },
    series: [
      {
        type: 'scatter',
        symbolSize: th.symbolSize * 2,
        labelLayout: { hideOverlap: true },
        data: pairs.map(({ px, py }) => ({
          value: [px.value, py.value],
          tip: () => `${nx.tip(px, x.indicator)}<hr/>${ny.tip(py, y.indicator)}`,
          itemStyle: { color: paint.get(px.region) },
          label: { show: th.directLabels, position: 'right' as const, formatter: `${px.region} ${periodLabel(px.period)}`, color: labelColor(spec, ctx, px.region), fontSize: th.fontSize },
        })),
      },
    ],
  };
}

/** Whether two indicators are one rate and its own count (a rate against its numerator says nothing new). */
function related(a: Indicator, b: Indicator): boolean {
  const parts = (i: Indicator) => [i.numerator, i.denominator].filter(Boolean);
  return a.id === b.id || parts(a).includes(b.id) || parts(b).includes(a.id) || (parts(a).length > 0 && parts(a).join() === parts(b).join());
}

/**
 * A scatter's y axis from the data: the indicator, other than x and unrelated to it, that
 * shares the most regions with x within one period (ties: catalog order). Null if none has data.
 */
export function chooseScatterY(cube: Cube, indicators: ReadonlyMap<string, Indicator>, x: string): string | null {
  const xi = indicators.get(x);
  if (!xi) return null;
  const byPeriod = (ind: Indicator) => {
    const out = new Map<number, Set<string>>();
    for (const p of indicatorValues(cube, ind)) {
      let s = out.get(p.period);
      if (!s) out.set(p.period, (s = new Set()));
      s.add(p.region);
    }
    return out;
  };
  const xs = byPeriod(xi);
  let best: string | null = null;
  let bestN = 0;
  for (const ind of indicators.values()) {
    if (ind.mergedInto || related(xi, ind)) continue;
    let n = 0;
    for (const [period, regions] of byPeriod(ind)) {
      const xr = xs.get(period);
      if (!xr) continue;
      let common = 0;
      for (const r of regions) if (xr.has(r)) common++;
      n = Math.max(n, common);
    }
    if (n > bestN) [best, bestN] = [ind.id, n];
  }
  return best;
}

/** Without the data to hand: the first of these that is not x nor one of its own counts. */
const SCATTER_Y = ['行政应诉案件数', '培训人次', '行政复议审结件数', '行政复议受理件数'];

export function fallbackScatterY(indicators: ReadonlyMap<string, Indicator>, x: string): string {
  const xi = indicators.get(x) ?? { id: x, name: x, nameEn: '', unit: '', category: '', aliases: [] };
  return SCATTER_Y.find((id) => !related(xi, indicators.get(id) ?? { id, name: id, nameEn: '', unit: '', category: '', aliases: [] })) ?? x;
}
