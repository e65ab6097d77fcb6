import type { EChartsOption } from 'echarts';
import type { ChartContext } from './chartContext';
import type { ChartKind, ChartSpec } from './chartSpec';
import { heatTable } from './kinds/heatTable';
import { indicatorsSideBySide } from './kinds/indicatorsSideBySide';
import { overPeriods } from './kinds/overPeriods';
import { rankedBar } from './kinds/rankedBar';
import { scatter } from './kinds/scatter';
import { smallMultiples } from './kinds/smallMultiples';

/** The registry of chart kinds: what differs between kinds lives here, as data. */
export const CHART_REGISTRY: Record<ChartKind, { build: (spec: ChartSpec, ctx: ChartContext) => EChartsOption; secondIndicator: boolean }> = {
  'ranked-bar': { build: rankedBar, secondIndicator: false },
  'grouped-bar': { build: (s, c) => (s.also?.length ? indicatorsSideBySide(s, c) : overPeriods(s, c, 'bar')), secondIndicator: false },
  line: { build: (s, c) => overPeriods(s, c, 'line'), secondIndicator: false },
  'small-multiples': { build: smallMultiples, secondIndicator: false },
  'heat-table': { build: heatTable, secondIndicator: false },
  scatter: { build: scatter, secondIndicator: true },
};

/** Spec + data → ECharts option. Pure: no DOM, no storage, same input → same output. */
export function buildChartOption(spec: ChartSpec, ctx: ChartContext): EChartsOption {
  const option = CHART_REGISTRY[spec.kind].build(spec, ctx);
  return ctx.footnote ? withFootnote(option, ctx, ctx.footnote) : option;
}

/** Adds the foot line and lifts a single grid's bottom edge to make room for it. */
function withFootnote(option: EChartsOption, ctx: ChartContext, text: string): EChartsOption {
  const size = Math.round(ctx.theme.fontSize * 0.85);
  const grid = option.grid && !Array.isArray(option.grid) ? { ...option.grid, bottom: Number(option.grid.bottom ?? 30) + size * 2 } : option.grid;
  return {
    ...option,
    grid,
    graphic: [{ type: 'text', left: 16, bottom: 8, silent: true, style: { text, fill: ctx.theme.muted, fontSize: size } }],
  };
}
