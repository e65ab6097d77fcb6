import type { EChartsOption } from 'echarts';
import { pointKey, type ValuePoint } from '../../domain/indicatorValues';
import { axisStyle, baseOption, topMargin, valueAxis } from '../baseOption';
import { selectPoints, type ChartContext } from '../chartContext';
import { chartNumbers } from '../chartNumbers';
import { periodLabel } from '../../domain/parsePeriod';
import type { SpecBase } from '../chartSpecTypes';
import { isDimmed, labelColor, regionPaint } from '../emphasis';
import { referenceLines, referenceMarkLine } from '../referenceLines';
import { faint } from './faint';

/**
 * Periods across, one series per region in its own colour: grouped bars or lines.
 * A missing value is a gap (null), never a zero.
 */
export function overPeriods(spec: SpecBase, ctx: ChartContext, type: 'bar' | 'line'): EChartsOption {
  const sel = selectPoints(spec, ctx, spec.indicator);
  const th = ctx.theme;
  const nums = chartNumbers(spec, ctx, sel.indicator, sel.points);
  const paint = regionPaint(spec, ctx, sel.regions);
  const byKey = new Map(sel.points.map((p) => [pointKey(p.region, p.period), p]));
  const item = (p: ValuePoint | undefined, color: string) =>
    p
      ? {
          value: p.value,
          tip: () => nums.tip(p, sel.indicator),
          ...(p.small || p.origin === 'stated' ? { itemStyle: faint(color) } : {}),
          label: { formatter: nums.label(p) },
        }
      : null;
  // Value labels only where they stay readable: few points, and for lines few regions (end labels name the rest).
  const few = sel.regions.length * sel.periods.length <= 40 && (type === 'bar' || sel.regions.length <= 4);
  const lines = referenceMarkLine(referenceLines(spec, ctx, sel.points, sel.indicator, nums), ctx, 'yAxis');
  // The longest region name decides the room kept right of the lines for their end labels.
  const longest = Math.max(0, ...sel.regions.map((r) => r.length));
  return {
    ...baseOption(ctx),
    legend: { top: topMargin(ctx) - 6, left: 16, textStyle: { color: th.text, fontSize: th.fontSize }, data: sel.regions },
    grid: { left: 24, right: type === 'line' ? Math.min(260, 24 + longest * th.fontSize) : 24, top: topMargin(ctx) + th.fontSize * 2 + 16, bottom: 30 },
    xAxis: { type: 'category', data: sel.periods.map(periodLabel), ...axisStyle(ctx), axisLabel: { ...axisStyle(ctx).axisLabel, interval: 0, hideOverlap: true }, splitLine: { show: false } },
    yAxis: valueAxis(ctx, nums),
    series: sel.regions.map((region, k) => {
      const color = paint.get(region)!;
      const dim = isDimmed(spec, region);
      return {
        type,
        name: region,
        color,
        connectNulls: false,
        ...(dim ? { z: 1 } : { z: 3 }),
        ...(type === 'line'
          ? {
              lineStyle: { width: dim ? Math.max(1, th.lineWidth / 2) : th.lineWidth },
              symbolSize: th.symbolSize,
              endLabel: { show: th.directLabels, formatter: region, color: labelColor(spec, ctx, region), fontSize: th.fontSize },
              // End labels (and value labels) of lines ending close together move apart instead of overlapping.
              labelLayout: { moveOverlap: 'shiftY' as const },
            }
          : { barMaxWidth: th.name === 'screen' ? 32 : 64 }),
        label: { show: few, position: 'top' as const, color: th.text, fontSize: Math.round(th.fontSize * 0.9) },
        data: sel.periods.map((period) => item(byKey.get(pointKey(region, period)), color)),
        // Reference lines hang on the first series: drawn once.
        ...(k === 0 && lines ? { markLine: lines } : {}),
      };
    }),
  };
}
