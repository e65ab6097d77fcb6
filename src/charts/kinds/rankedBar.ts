import type { EChartsOption } from 'echarts';
import { ratioOfSums } from '../../domain/indicatorValues';
import { axisStyle, baseOption, topMargin } from '../baseOption';
import { indicatorLabel, selectPoints, type ChartContext } from '../chartContext';
import { periodLabel } from '../../domain/parsePeriod';
import type { RankedBarSpec } from '../chartSpecTypes';
import { formatNumber, markText, tooltipText, valueText } from '../tooltipText';
import { faint } from './faint';
import { subtitle } from './subtitle';

const LARGE = 400;

/** One bar per region (or region-period), largest first; rates carry the ratio of sums as a line. */
export function rankedBar(spec: RankedBarSpec, ctx: ChartContext): EChartsOption {
  const sel = selectPoints(spec, ctx, spec.indicator);
  const th = ctx.theme;
  let points = sel.points;
  if (spec.period != null) points = points.filter((p) => p.period === spec.period);
  const periods = new Set(points.map((p) => p.period));
  const label = (p: (typeof points)[number]) => (periods.size > 1 ? `${p.region} ${periodLabel(p.period)}` : p.region);
  // Stable order: value, then region, then period.
  points = [...points].sort((a, b) => b.value - a.value || a.region.localeCompare(b.region, 'zh-CN') || a.period - b.period);
  const total = sel.indicator.numerator ? ratioOfSums(points) : null;
  // Past a few dozen bars, labels would overlap: the tooltip tells the value.
  const labelled = points.length <= 60;
  const large = points.length > LARGE;
  const base = baseOption(ctx, spec.title || indicatorLabel(ctx, sel.indicator), subtitle(ctx, sel, points));
  return {
    ...base,
    grid: { left: 24, right: 120, top: topMargin(ctx), bottom: 30 },
    xAxis: { type: 'value', ...axisStyle(ctx) },
    yAxis: { type: 'category', inverse: true, data: points.map(label), ...axisStyle(ctx), splitLine: { show: false } },
    series: [
      {
        type: 'bar',
        barMaxWidth: th.name === 'screen' ? 28 : 56,
        // Hundreds of bars: ECharts' large mode draws them in one batch, in one colour.
        ...(large
          ? {
              large: true,
              largeThreshold: LARGE,
              itemStyle: { color: th.palette[0] },
              tooltip: { formatter: (p: unknown) => tooltipText(ctx, points[(p as { dataIndex: number }).dataIndex], sel.indicator) },
              data: points.map((p) => p.value),
            }
          : {
              data: points.map((p) => ({
                value: p.value,
                name: label(p),
                tip: () => tooltipText(ctx, p, sel.indicator),
                itemStyle: p.small || p.origin === 'stated' ? faint(sel.colors.get(p.region)!) : { color: sel.colors.get(p.region) },
                ...(labelled ? { label: { show: true, position: 'right' as const, color: th.text, fontSize: th.fontSize, formatter: `${valueText(ctx, p)} ${markText(ctx, p)}`.trim() } } : {}),
              })),
            }),
        ...(total
          ? {
              markLine: {
                symbol: 'none',
                silent: true,
                lineStyle: { color: th.muted, type: 'dashed' as const, width: th.name === 'screen' ? 1 : 3 },
                label: { position: 'start' as const, formatter: ctx.t('chart.total', { value: formatNumber(ctx, total.value) }), color: th.muted, fontSize: th.fontSize },
                data: [{ xAxis: total.value }],
              },
            }
          : {}),
      },
    ],
  };
}
