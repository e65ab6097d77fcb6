import type { MarkLineComponentOption } from 'echarts';
import { ratioOfSums, type ValuePoint } from '../domain/indicatorValues';
import type { Indicator } from '../domain/model';
import type { ChartContext } from './chartContext';
import type { ChartNumbers } from './chartNumbers';
import type { SpecBase } from './chartSpecTypes';

/** The average of the values shown: for a rate, the ratio of the sums of its counts (never the mean of rates). */
export function shownAverage(points: readonly ValuePoint[], ind: Indicator): number | null {
  if (!points.length) return null;
  if (ind.numerator) {
    const r = ratioOfSums(points);
    if (r && r.count === points.length) return r.value;
  }
  return points.reduce((s, p) => s + p.value, 0) / points.length;
}

/** One reference line: where, its words, and how it is drawn. */
export interface ReferenceLine {
  value: number;
  label: string;
  kind: 'target' | 'average' | 'total';
}

/** The spec's reference lines over the values shown: 考核目标 (target) and 平均 (average). */
export function referenceLines(spec: Pick<SpecBase, 'target' | 'average'>, ctx: ChartContext, points: readonly ValuePoint[], ind: Indicator, nums: ChartNumbers): ReferenceLine[] {
  const out: ReferenceLine[] = [];
  if (spec.target) {
    const value = nums.text(spec.target.value);
    out.push({ value: spec.target.value, kind: 'target', label: spec.target.label ? `${spec.target.label} ${value}` : ctx.t('chart.target', { value }) });
  }
  const avg = spec.average ? shownAverage(points, ind) : null;
  if (avg !== null) out.push({ value: avg, kind: 'average', label: ctx.t('chart.average', { value: nums.text(avg) }) });
  return out;
}

/**
 * Reference lines as an ECharts markLine across the value axis (`xAxis` for horizontal bars,
 * `yAxis` otherwise), each labelled; target solid in the accent colour, the others dashed.
 * Undefined when there are none.
 */
export function referenceMarkLine(lines: readonly ReferenceLine[], ctx: ChartContext, valueAxis: 'xAxis' | 'yAxis'): MarkLineComponentOption | undefined {
  if (!lines.length) return undefined;
  const th = ctx.theme;
  const width = th.name === 'screen' ? 1.5 : 3;
  return {
    symbol: 'none',
    silent: true,
    data: lines.map((l, i) => {
      const color = l.kind === 'target' ? th.accent : th.muted;
      // Over horizontal bars (their category axis runs top down: the line starts at the top) every label sits above the plot, each a line higher than the one before
      // (two lines close together keep both labels readable); across lines, at alternate ends.
      const position = valueAxis === 'xAxis' ? 'start' : i % 2 ? 'insideStartTop' : 'insideEndTop';
      const offset = valueAxis === 'xAxis' ? [0, -Math.round(th.fontSize * 1.4) * i] : [0, 0];
      return {
        ...(valueAxis === 'xAxis' ? { xAxis: l.value } : { yAxis: l.value }),
        name: l.label,
        lineStyle: { color, width, type: l.kind === 'target' ? ('solid' as const) : ('dashed' as const) },
        label: { show: true, formatter: l.label, position: position as 'end', offset, color: l.kind === 'target' ? th.accent : th.text, fontSize: th.fontSize, fontWeight: 'bold' as const },
      };
    }),
  };
}
