import type { EChartsOption } from 'echarts';
import type { ChartContext } from './chartContext';
import type { ChartNumbers } from './chartNumbers';

/**
 * What every chart kind shares: background, type, title, tooltip wiring, no animation.
 * buildChartOption puts the chart's words (chartWords) in the title; a kind need not pass any.
 */
export function baseOption(ctx: ChartContext, title = '', subtext = ''): EChartsOption {
  const th = ctx.theme;
  return {
    backgroundColor: th.background,
    animation: false,
    textStyle: { fontFamily: "'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif", fontSize: th.fontSize, color: th.text },
    title: {
      text: title,
      subtext,
      left: 16,
      top: 10,
      textStyle: { fontSize: th.titleSize, color: th.text, fontWeight: 'bold' },
      subtextStyle: { fontSize: Math.round(th.fontSize * 0.95), color: th.muted },
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      // Each data item carries `tip`, a function giving its escaped tooltip HTML on hover:
      // thousands of bars cost nothing until one is pointed at.
      formatter: (p: unknown) => (p as { data?: { tip?: () => string } }).data?.tip?.() ?? '',
    },
    color: [...th.palette],
  };
}

/** A value axis in the chart's one number format (with % on a rate axis). */
export function valueAxis(ctx: ChartContext, nums: ChartNumbers) {
  const style = axisStyle(ctx);
  return { type: 'value' as const, ...style, minInterval: nums.axis.minInterval, axisLabel: { ...style.axisLabel, formatter: nums.axis.axisLabel.formatter } };
}

export function axisStyle(ctx: ChartContext) {
  const th = ctx.theme;
  return {
    axisLabel: { color: th.text, fontSize: th.fontSize },
    axisLine: { lineStyle: { color: th.muted, width: th.name === 'screen' ? 1 : 2 } },
    splitLine: { lineStyle: { color: th.grid } },
    nameTextStyle: { color: th.muted, fontSize: th.fontSize },
  };
}

/** Room at the top for the title and subtitle, scaled to the theme's type. */
export function topMargin(ctx: ChartContext): number {
  return Math.round(ctx.theme.titleSize + ctx.theme.fontSize * 2 + 40);
}

/** Bars up to which a ranking names every one; past it the labels would overlap anyway. */
const EVERY_LABEL = 60;

/**
 * The category axis of a ranking (largest first, top to bottom): every label shown, or for
 * hundreds of regions as many as fit (ECharts measures a sample; laying out 3,000 overlapping
 * labels cost most of the chart's time).
 */
export function rankAxis(ctx: ChartContext, labels: string[]) {
  const style = axisStyle(ctx);
  return { type: 'category' as const, inverse: true, data: labels, ...style, axisLabel: { ...style.axisLabel, interval: labels.length <= EVERY_LABEL ? 0 : ('auto' as const) }, splitLine: { show: false } };
}

/** Bars thick enough to read on a projector, never slabs. */
export const barMaxWidth = (ctx: ChartContext): number => (ctx.theme.name === 'screen' ? 28 : 56);
