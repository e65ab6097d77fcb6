import type { EChartsOption } from 'echarts';
import { ratioOfSums, type ValuePoint } from '../../domain/indicatorValues';
import { baseOption, topMargin, valueAxis, rankAxis, barMaxWidth } from '../baseOption';
import { selectPoints, type ChartContext, type Selection } from '../chartContext';
import type { ShownValues } from '../chartKindDef';
import { chartNumbers } from '../chartNumbers';
import { periodLabel } from '../../domain/parsePeriod';
import type { RankedBarSpec } from '../chartSpecTypes';
import { labelColor, regionPaint } from '../emphasis';
import { latestPerRegion } from '../latestPerRegion';
import { referenceLines, referenceMarkLine, type ReferenceLine } from '../referenceLines';
import { faint } from './faint';
import { compareZh } from '../../domain/compareZh';

const LARGE = 400;

interface Ranked {
  sel: Selection;
  /** One per region, largest first. */
  points: ValuePoint[];
  /** Every bar is of the same period (then the labels need no year). */
  samePeriod: boolean;
  /** The ratio of sums of a rate over the regions shown: only where all bars are of one period. */
  total: number | null;
}

/** The bars: each region's value of the chosen period, or (period null) of its own latest period. */
function ranked(spec: RankedBarSpec, ctx: ChartContext): Ranked {
  const sel = selectPoints(spec, ctx, spec.indicator);
  const chosen = spec.period != null ? sel.points : latestPerRegion(sel.points);
  // Stable order: value, then region.
  const points = [...chosen].sort((a, b) => b.value - a.value || compareZh(a.region, b.region));
  const samePeriod = new Set(points.map((p) => p.period)).size <= 1;
  // A total mixing periods means nothing; with an average asked for, the average line is that total.
  const sum = sel.indicator.numerator && samePeriod && points.length > 1 && !spec.average ? ratioOfSums(points) : null;
  return { sel, points, samePeriod, total: sum && sum.count === points.length ? sum.value : null };
}

/** What the bars show, for the chart's words. */
export function rankedShown(spec: RankedBarSpec, ctx: ChartContext): ShownValues {
  const r = ranked(spec, ctx);
  const rate = !!r.sel.indicator.numerator;
  return { points: r.points, latestPerRegion: spec.period == null, sums: rate && (r.total !== null || (spec.average === true && r.points.length > 1)) };
}

/** One bar per region, largest first; where the regions' periods differ, each label carries its year. */
export function rankedBar(spec: RankedBarSpec, ctx: ChartContext): EChartsOption {
  const { sel, points, samePeriod, total } = ranked(spec, ctx);
  const th = ctx.theme;
  const nums = chartNumbers(spec, ctx, sel.indicator, points);
  const name = (p: ValuePoint) => (samePeriod ? p.region : `${p.region} ${periodLabel(p.period)}`);
  const paint = regionPaint(spec, ctx, sel.regions);
  // Past a few dozen bars, labels would overlap: the tooltip tells the value.
  const labelled = points.length <= 60;
  const large = points.length > LARGE;
  const lines: ReferenceLine[] = referenceLines(spec, ctx, points, sel.indicator, nums);
  if (total !== null) lines.push({ value: total, kind: 'total', label: ctx.t('chart.total', { value: nums.text(total).replace(/%$/, '') }) });
  return {
    ...baseOption(ctx),
    grid: { left: 24, right: 140, top: topMargin(ctx) + lines.length * Math.round(th.fontSize * 1.4), bottom: 30 },
    xAxis: valueAxis(ctx, nums),
    yAxis: rankAxis(ctx, points.map(name)),
    series: [
      {
        type: 'bar',
        barMaxWidth: barMaxWidth(ctx),
        // Hundreds of bars: ECharts' large mode draws them in one batch, in one colour.
        ...(large
          ? {
              large: true,
              largeThreshold: LARGE,
              itemStyle: { color: th.palette[0] },
              tooltip: { formatter: (p: unknown) => nums.tip(points[(p as { dataIndex: number }).dataIndex], sel.indicator) },
              data: points.map((p) => p.value),
            }
          : {
              data: points.map((p) => ({
                value: p.value,
                name: name(p),
                tip: () => nums.tip(p, sel.indicator),
                itemStyle: p.small || p.origin === 'stated' ? faint(paint.get(p.region)!) : { color: paint.get(p.region) },
                ...(labelled ? { label: { show: true, position: 'right' as const, color: labelColor(spec, ctx, p.region), fontSize: th.fontSize, formatter: nums.label(p) } } : {}),
              })),
            }),
        ...(lines.length ? { markLine: referenceMarkLine(lines, ctx, 'xAxis') } : {}),
      },
    ],
  };
}
