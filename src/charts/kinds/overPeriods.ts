import type { EChartsOption } from 'echarts';
import { pointKey, type ValuePoint } from '../../domain/indicatorValues';
import { axisStyle, baseOption, topMargin } from '../baseOption';
import { indicatorLabel, selectPoints, type ChartContext } from '../chartContext';
import { periodLabel } from '../../domain/parsePeriod';
import type { SpecBase } from '../chartSpecTypes';
import { markText, tooltipText, valueText } from '../tooltipText';
import { faint } from './faint';
import { subtitle } from './subtitle';

/**
 * Periods across, one series per region in its own colour: grouped bars or lines.
 * A missing value is a gap (null), never a zero.
 */
export function overPeriods(spec: SpecBase, ctx: ChartContext, type: 'bar' | 'line'): EChartsOption {
  const sel = selectPoints(spec, ctx, spec.indicator);
  const th = ctx.theme;
  const byKey = new Map(sel.points.map((p) => [pointKey(p.region, p.period), p]));
  const item = (p: ValuePoint | undefined, color: string) =>
    p
      ? {
          value: p.value,
          tip: () => tooltipText(ctx, p, sel.indicator),
          ...(p.small || p.origin === 'stated' ? { itemStyle: faint(color) } : {}),
          label: { formatter: `${valueText(ctx, p)} ${markText(ctx, p)}`.trim() },
        }
      : null;
  const few = sel.regions.length * sel.periods.length <= 40;
  return {
    ...baseOption(ctx, spec.title || indicatorLabel(ctx, sel.indicator), subtitle(ctx, sel, sel.points)),
    legend: { top: topMargin(ctx) - 6, left: 16, textStyle: { color: th.text, fontSize: th.fontSize }, data: sel.regions },
    grid: { left: 24, right: type === 'line' ? 110 : 24, top: topMargin(ctx) + th.fontSize * 2 + 16, bottom: 30 },
    xAxis: { type: 'category', data: sel.periods.map(periodLabel), ...axisStyle(ctx), splitLine: { show: false } },
    yAxis: { type: 'value', ...axisStyle(ctx) },
    series: sel.regions.map((region) => ({
      type,
      name: region,
      color: sel.colors.get(region),
      connectNulls: false,
      ...(type === 'line'
        ? {
            lineStyle: { width: th.lineWidth },
            symbolSize: th.symbolSize,
            endLabel: { show: th.directLabels, formatter: region, color: th.text, fontSize: th.fontSize },
          }
        : { barMaxWidth: th.name === 'screen' ? 32 : 64 }),
      label: { show: few, position: 'top' as const, color: th.text, fontSize: Math.round(th.fontSize * 0.9) },
      data: sel.periods.map((period) => item(byKey.get(pointKey(region, period)), sel.colors.get(region)!)),
    })),
  };
}
