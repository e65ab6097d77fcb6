import type { EChartsOption } from 'echarts';
import { axisStyle, baseOption, valueAxis } from '../baseOption';
import { selectPoints, type ChartContext } from '../chartContext';
import type { ShownValues } from '../chartKindDef';
import { chartNumbers } from '../chartNumbers';
import { periodLabel } from '../../domain/parsePeriod';
import type { SmallMultiplesSpec } from '../chartSpecTypes';
import { regionPaint } from '../emphasis';
import { referenceLines, referenceMarkLine } from '../referenceLines';

export function smallMultiplesShown(spec: SmallMultiplesSpec, ctx: ChartContext): ShownValues {
  const points = selectPoints(spec, ctx, spec.indicator).points;
  return {
    points,
    sums: !!ctx.indicators.get(spec.indicator)?.numerator && spec.average === true && points.length > 1,
    subtitle: spec.sharedAxis ? [] : [ctx.t('chart.ownAxes')],
  };
}

/** One small line chart per region; with sharedAxis (the default) every panel has the same y scale. */
export function smallMultiples(spec: SmallMultiplesSpec, ctx: ChartContext): EChartsOption {
  const sel = selectPoints(spec, ctx, spec.indicator);
  const th = ctx.theme;
  const nums = chartNumbers(spec, ctx, sel.indicator, sel.points);
  const paint = regionPaint(spec, ctx, sel.regions);
  const n = Math.max(1, sel.regions.length);
  const cols = Math.ceil(Math.sqrt(n * 1.6));
  const rows = Math.ceil(n / cols);
  const max = sel.points.reduce((m, p) => Math.max(m, p.value), spec.target?.value ?? 0);
  // Panels in percent of the chart, below a band kept for the title and above one for the foot lines.
  const band = th.name === 'screen' ? 16 : 22;
  const cellW = 100 / cols;
  const cellH = (100 - band - 10) / rows;
  const panel = (i: number) => ({
    left: (i % cols) * cellW + 5,
    top: band + Math.floor(i / cols) * cellH + 5,
    width: cellW - 8,
    height: cellH - 12,
  });
  const lines = referenceMarkLine(referenceLines(spec, ctx, sel.points, sel.indicator, nums), ctx, 'yAxis');
  const pct = (x: number) => `${x.toFixed(2)}%`;
  const base = baseOption(ctx);
  return {
    ...base,
    title: [
      base.title as object,
      ...sel.regions.map((region, i) => ({
        text: region,
        left: pct(panel(i).left),
        top: pct(panel(i).top - 4.5),
        textStyle: { fontSize: th.fontSize, color: paint.get(region), fontWeight: 'bold' as const },
      })),
    ],
    grid: sel.regions.map((_, i) => {
      const p = panel(i);
      return { left: pct(p.left), top: pct(p.top), width: pct(p.width), height: pct(p.height) };
    }),
    xAxis: sel.regions.map((_, i) => ({ type: 'category' as const, gridIndex: i, data: sel.periods.map(periodLabel), ...axisStyle(ctx), splitLine: { show: false } })),
    yAxis: sel.regions.map((_, i) => ({ ...valueAxis(ctx, nums), gridIndex: i, splitNumber: 3, ...(spec.sharedAxis ? { min: 0, max: max || undefined } : {}) })),
    series: sel.regions.map((region, i) => {
      const byPeriod = new Map(sel.points.filter((p) => p.region === region).map((p) => [p.period, p]));
      return {
        type: 'line' as const,
        name: region,
        xAxisIndex: i,
        yAxisIndex: i,
        color: paint.get(region),
        lineStyle: { width: th.lineWidth },
        symbolSize: th.symbolSize,
        connectNulls: false,
        data: sel.periods.map((period) => {
          const p = byPeriod.get(period);
          return p ? { value: p.value, tip: () => nums.tip(p, sel.indicator) } : null;
        }),
        ...(lines ? { markLine: lines } : {}),
      };
    }),
  };
}
