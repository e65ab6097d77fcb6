import type { EChartsOption } from 'echarts';
import { pointKey } from '../../domain/indicatorValues';
import { axisStyle, baseOption, topMargin } from '../baseOption';
import { indicatorLabel, selectPoints, type ChartContext } from '../chartContext';
import { periodLabel } from '../../domain/parsePeriod';
import type { ScatterSpec } from '../chartSpecTypes';
import { tooltipText } from '../tooltipText';
import { subtitle } from './subtitle';

/** Two indicators, one point per region and period where both exist. */
export function scatter(spec: ScatterSpec, ctx: ChartContext): EChartsOption {
  const x = selectPoints(spec, ctx, spec.indicator);
  const y = selectPoints(spec, ctx, spec.indicator2);
  const th = ctx.theme;
  const yBy = new Map(y.points.map((p) => [pointKey(p.region, p.period), p]));
  const pairs = x.points.flatMap((px) => {
    const py = yBy.get(pointKey(px.region, px.period));
    return py ? [{ px, py }] : [];
  });
  const title = spec.title || `${indicatorLabel(ctx, x.indicator)} × ${indicatorLabel(ctx, y.indicator)}`;
  return {
    ...baseOption(ctx, title, subtitle(ctx, x, pairs.map((p) => p.px))),
    grid: { left: 40 + th.fontSize * 2, right: 40, top: topMargin(ctx), bottom: 40 + th.fontSize * 2 },
    xAxis: { type: 'value', name: indicatorLabel(ctx, x.indicator), nameLocation: 'middle', nameGap: 16 + th.fontSize * 1.5, scale: true, ...axisStyle(ctx) },
    yAxis: { type: 'value', name: indicatorLabel(ctx, y.indicator), nameLocation: 'middle', nameGap: 36 + th.fontSize, scale: true, ...axisStyle(ctx) },
    series: [
      {
        type: 'scatter',
        symbolSize: th.symbolSize * 2,
        data: pairs.map(({ px, py }) => ({
          value: [px.value, py.value],
          tip: () => `${tooltipText(ctx, px, x.indicator)}<hr/>${tooltipText(ctx, py, y.indicator)}`,
          itemStyle: { color: x.colors.get(px.region) },
          label: { show: th.directLabels, position: 'right' as const, formatter: `${px.region} ${periodLabel(px.period)}`, color: th.text, fontSize: th.fontSize },
        })),
      },
    ],
  };
}
