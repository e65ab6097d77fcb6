import type { EChartsOption } from 'echarts';
import { axisStyle, baseOption, topMargin } from '../baseOption';
import { selectPoints, type ChartContext } from '../chartContext';
import { chartNumbers } from '../chartNumbers';
import { periodLabel } from '../../domain/parsePeriod';
import type { SpecBase } from '../chartSpecTypes';
import { hasHighlight, isDimmed } from '../emphasis';

/**
 * Regions down, periods across, the value written in each cell; empty cells stay empty.
 * The colour scale below is labelled with its ends (numbers and unit).
 */
export function heatTable(spec: SpecBase, ctx: ChartContext): EChartsOption {
  const sel = selectPoints(spec, ctx, spec.indicator);
  const th = ctx.theme;
  const nums = chartNumbers(spec, ctx, sel.indicator, sel.points);
  const periodIdx = new Map(sel.periods.map((p, i) => [p, i]));
  const regionIdx = new Map(sel.regions.map((r, i) => [r, i]));
  const values = sel.points.map((p) => p.value);
  const min = values.length ? Math.min(...values) : 0;
  const max = values.length ? Math.max(...values) : 1;
  const dark = th.name === 'projector-dark';
  const unit = nums.rate ? '' : sel.indicator.unit;
  const scaleText = (v: number) => `${nums.text(v)}${unit}`;
  // A highlighted region's row name in the accent colour, the others muted.
  const rowLabel = hasHighlight(spec)
    ? { formatter: (name: string) => (isDimmed(spec, name) ? `{dim|${name}}` : `{lit|${name}}`), rich: { dim: { color: th.muted, fontSize: th.fontSize }, lit: { color: th.accent, fontSize: th.fontSize, fontWeight: 'bold' as const } } }
    : {};
  return {
    ...baseOption(ctx),
    grid: { left: 24, right: 24, top: topMargin(ctx) + th.fontSize, bottom: 60 + th.fontSize * 2 },
    xAxis: { type: 'category', data: sel.periods.map(periodLabel), position: 'top', ...axisStyle(ctx), axisLabel: { ...axisStyle(ctx).axisLabel, interval: 0 }, splitArea: { show: false } },
    yAxis: { type: 'category', data: sel.regions, inverse: true, ...axisStyle(ctx), axisLabel: { ...axisStyle(ctx).axisLabel, interval: 0, ...rowLabel }, splitArea: { show: false } },
    visualMap: {
      type: 'continuous',
      min,
      max: max === min ? min + 1 : max,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 8,
      itemWidth: th.fontSize,
      itemHeight: th.name === 'screen' ? 240 : 420,
      // The scale's ends as numbers with the unit: 「292人次」 … 「15,872人次」.
      text: [scaleText(max === min ? min + 1 : max), scaleText(min)],
      formatter: (v: unknown) => scaleText(Number(v)),
      textGap: 12,
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
          tip: () => nums.tip(p, sel.indicator),
          ...(isDimmed(spec, p.region) ? { itemStyle: { opacity: 0.45 } } : {}),
          label: { formatter: nums.value(p) + (p.small ? '*' : ''), color: p.value > (min + max) / 2 ? '#ffffff' : th.text },
        })),
      },
    ],
  };
}
