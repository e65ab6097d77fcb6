import type { EChartsOption } from 'echarts';
import { axisStyle, baseOption } from '../baseOption';
import { indicatorLabel, selectPoints, type ChartContext } from '../chartContext';
import { periodLabel } from '../../domain/parsePeriod';
import type { SmallMultiplesSpec } from '../chartSpecTypes';
import { tooltipText } from '../tooltipText';
import { subtitle } from './subtitle';

/** One small line chart per region; with sharedAxis every panel has the same y scale. */
export function smallMultiples(spec: SmallMultiplesSpec, ctx: ChartContext): EChartsOption {
  const sel = selectPoints(spec, ctx, spec.indicator);
  const th = ctx.theme;
  const n = Math.max(1, sel.regions.length);
  const cols = Math.ceil(Math.sqrt(n * 1.6));
  const rows = Math.ceil(n / cols);
  const max = sel.points.reduce((m, p) => Math.max(m, p.value), 0);
  // Panels in percent of the chart, below a band kept for the title.
  const band = th.name === 'screen' ? 16 : 22;
  const cellW = 100 / cols;
  const cellH = (100 - band - (ctx.footnote ? 6 : 2)) / rows;
  const panel = (i: number) => ({
    left: (i % cols) * cellW + 5,
    top: band + Math.floor(i / cols) * cellH + 5,
    width: cellW - 8,
    height: cellH - 12,
  });
  const base = baseOption(ctx, spec.title || indicatorLabel(ctx, sel.indicator), subtitle(ctx, sel, sel.points) + (spec.sharedAxis ? '' : ctx.t('chart.ownAxes')));
  const pct = (x: number) => `${x.toFixed(2)}%`;
  return {
    ...base,
    title: [
      base.title as object,
      ...sel.regions.map((region, i) => ({
        text: region,
        left: pct(panel(i).left),
        top: pct(panel(i).top - 4.5),
        textStyle: { fontSize: th.fontSize, color: sel.colors.get(region), fontWeight: 'bold' as const },
      })),
    ],
    grid: sel.regions.map((_, i) => {
      const p = panel(i);
      return { left: pct(p.left), top: pct(p.top), width: pct(p.width), height: pct(p.height) };
    }),
    xAxis: sel.regions.map((_, i) => ({ type: 'category' as const, gridIndex: i, data: sel.periods.map(periodLabel), ...axisStyle(ctx), splitLine: { show: false } })),
    yAxis: sel.regions.map((_, i) => ({ type: 'value' as const, gridIndex: i, splitNumber: 3, ...(spec.sharedAxis ? { min: 0, max: max || undefined } : {}), ...axisStyle(ctx) })),
    series: sel.regions.map((region, i) => {
      const byPeriod = new Map(sel.points.filter((p) => p.region === region).map((p) => [p.period, p]));
      return {
        type: 'line' as const,
        name: region,
        xAxisIndex: i,
        yAxisIndex: i,
        color: sel.colors.get(region),
        lineStyle: { width: th.lineWidth },
        symbolSize: th.symbolSize,
        connectNulls: false,
        data: sel.periods.map((period) => {
          const p = byPeriod.get(period);
          return p ? { value: p.value, tip: () => tooltipText(ctx, p, sel.indicator) } : null;
        }),
      };
    }),
  };
}
