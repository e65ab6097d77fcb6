import type { EChartsOption } from 'echarts';
import type { ChartContext } from './chartContext';
import { buildKind } from './chartKinds';
import type { ChartSpec } from './chartSpec';

/** Spec + data → ECharts option, by the spec's kind (chartKinds.ts). Pure: no DOM, no storage, same input → same output. */
export function buildChartOption(spec: ChartSpec, ctx: ChartContext): EChartsOption {
  const option = buildKind(spec, ctx);
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
