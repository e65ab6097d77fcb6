import type { EChartsOption } from 'echarts';
import { axisStyle, baseOption, topMargin } from '../baseOption';
import { indicatorLabel, selectPoints, type ChartContext } from '../chartContext';
import { periodLabel } from '../../domain/parsePeriod';
import type { SpecBase } from '../chartSpecTypes';
import { tooltipText, valueText } from '../tooltipText';
import { subtitle } from './subtitle';

/** Regions down, periods across, the value written in each cell; empty cells stay empty. */
export function heatTable(spec: SpecBase, ctx: ChartContext): EChartsOption {
  const sel = selectPoints(spec, ctx, spec.indicator);
  const th = ctx.theme;
  const periodIdx = new Map(sel.periods.map((p, i) => [p, i]));
  const regionIdx = new Map(sel.regions.map((r, i) => [r, i]));
  const values = sel.points.map((p) => p.value);
  const min = values.length ? Math.min(...values) : 0;
  const max = values.length ? Math.max(...values) : 1;
  const dark = th.name === 'projector-dark';
  return {
    ...baseOption(ctx, spec.title || indicatorLabel(ctx, sel.indicator), subtitle(ctx, sel, sel.points)),
    grid: { left: 24, right: 24, top: topMargin(ctx), bottom: 70 },
    xAxis: { type: 'category', data: sel.periods.map(periodLabel), position: 'top', ...axisStyle(ctx), splitArea: { show: false } },
    yAxis: { type: 'category', data: sel.regions, inverse: true, ...axisStyle(ctx), splitArea: { show: false } },
    visualMap: {
      min,
      max: max === min ? min + 1 : max,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 8,
      textStyle: { color: th.text, fontSize: th.fontSize },
      inRange: { color: dark ? ['#1b2a41', '#4ea1ff'] : ['#eef4fc', '#1f5fbf'] },
    },
    series: [
      {
        type: 'heatmap',
        label: { show: true, fontSize: th.fontSize, color: th.text },
        itemStyle: { borderColor: th.background, borderWidth: 2 },
        data: sel.points.map((p) => ({
          value: [periodIdx.get(p.period)!, regionIdx.get(p.region)!, p.value],
          tip: () => tooltipText(ctx, p, sel.indicator),
          label: { formatter: valueText(ctx, p) + (p.small ? '*' : ''), color: p.value > (min + max) / 2 ? '#ffffff' : th.text },
        })),
      },
    ],
  };
}
